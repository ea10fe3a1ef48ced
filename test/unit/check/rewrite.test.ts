import * as assert from 'assert';
import { rewriteInStyle } from '../../../src/core/check/rewrite';

suite('writing a corrected date in the brief\'s own style', () => {
  test('month-first without a year', () => assert.strictEqual(rewriteInStyle('June 4', { year: 2025, month: 6, day: 2 }), 'June 2'));
  test('month-first with a year', () => assert.strictEqual(rewriteInStyle('July 9, 2025', { year: 2025, month: 7, day: 8 }), 'July 8, 2025'));
  test('day-first with a year', () => assert.strictEqual(rewriteInStyle('4 June 2025', { year: 2025, month: 6, day: 2 }), '2 June 2025'));
  test('ISO', () => assert.strictEqual(rewriteInStyle('2025-06-04', { year: 2025, month: 6, day: 2 }), '2025-06-02'));
  test('AP abbreviations and ordinals are kept', () => {
    assert.strictEqual(rewriteInStyle('Dec. 1', { year: 2025, month: 11, day: 1 }), 'Nov. 1');
    assert.strictEqual(rewriteInStyle('June 29th', { year: 2025, month: 6, day: 19 }), 'June 19th');
  });
  test('a month', () => assert.strictEqual(rewriteInStyle('August 2025', { year: 2025, month: 9 }), 'September 2025'));
  test('a weekday in the citation follows the new date', () => assert.strictEqual(rewriteInStyle('Thursday, June 15, 2025', { year: 2025, month: 6, day: 13 }), 'Friday, June 13, 2025'));
});
