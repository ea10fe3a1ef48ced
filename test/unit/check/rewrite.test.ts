import * as assert from 'assert';
import { describeTarget, rewriteInStyle } from '../../../src/core/check/rewrite';

suite('writing a corrected date in the brief\'s own style', () => {
  test('month-first without a year', () => assert.strictEqual(rewriteInStyle('June 4', { year: 2025, month: 6, day: 2 }), 'June 2'));
  test('month-first with a year', () => assert.strictEqual(rewriteInStyle('July 9, 2025', { year: 2025, month: 7, day: 8 }), 'July 8, 2025'));
  test('day-first with a year', () => assert.strictEqual(rewriteInStyle('4 June 2025', { year: 2025, month: 6, day: 2 }), '2 June 2025'));
  test("a part of the month is the source's, capitalised as the citation was", () => {
    assert.strictEqual(rewriteInStyle('late May', { year: 2025, month: 5 }, 'START'), 'early May');
    assert.strictEqual(rewriteInStyle('Late May 2025', { year: 2025, month: 5 }, 'MID'), 'Mid-May 2025');
    assert.strictEqual(rewriteInStyle('April 2025', { year: 2025, month: 5 }, 'START'), 'early May 2025');
    assert.strictEqual(rewriteInStyle('late May', { year: 2025, month: 5 }), 'May');
    assert.strictEqual(rewriteInStyle('late May', { year: 2025, month: 5, day: 12 }, 'START'), 'May 12');
  });
  test('a numeric date is rewritten in the order it was read', () => {
    assert.strictEqual(rewriteInStyle('04/06/2025', { year: 2025, month: 6, day: 2 }, undefined, true), '02/06/2025');
    assert.strictEqual(rewriteInStyle('06/04/2025', { year: 2025, month: 6, day: 2 }, undefined, false), '06/02/2025');
  });
  test('a range across months is described whole', () => {
    assert.strictEqual(describeTarget({ year: 2025, month: 5, day: 13, endMonth: 6, endDay: 11 }), '13 May – 11 June 2025');
  });
  test('a day-first range stays day-first', () => {
    assert.strictEqual(rewriteInStyle('26–27 February 2025', { year: 2025, month: 2, day: 27, endMonth: 2, endDay: 28 }), '27–28 February 2025');
    assert.strictEqual(rewriteInStyle('February 26–27, 2025', { year: 2025, month: 2, day: 27, endMonth: 2, endDay: 28 }), 'February 27–28, 2025');
  });
  test('"the 21st of June" keeps its "of"', () => {
    assert.strictEqual(rewriteInStyle('21st of June 2025', { year: 2025, month: 6, day: 19 }), '19th of June 2025');
    assert.strictEqual(rewriteInStyle('21 of Sept. 2025', { year: 2025, month: 9, day: 19 }), '19 of Sept. 2025');
  });
  test('ISO', () => assert.strictEqual(rewriteInStyle('2025-06-04', { year: 2025, month: 6, day: 2 }), '2025-06-02'));
  test('AP abbreviations and ordinals are kept', () => {
    assert.strictEqual(rewriteInStyle('Dec. 1', { year: 2025, month: 11, day: 1 }), 'Nov. 1');
    assert.strictEqual(rewriteInStyle('June 29th', { year: 2025, month: 6, day: 19 }), 'June 19th');
  });
  test('a month', () => assert.strictEqual(rewriteInStyle('August 2025', { year: 2025, month: 9 }), 'September 2025'));
  test('a weekday in the citation follows the new date', () => assert.strictEqual(rewriteInStyle('Thursday, June 15, 2025', { year: 2025, month: 6, day: 13 }), 'Friday, June 13, 2025'));
});

suite('writing a corrected date: short and numeric styles', () => {
  test('a short month without a period stays short', () => {
    assert.strictEqual(rewriteInStyle('Jun 4, 2025', { year: 2025, month: 6, day: 2 }), 'Jun 2, 2025');
    assert.strictEqual(rewriteInStyle('29 Jun', { year: 2025, month: 6, day: 19 }), '19 Jun');
    assert.strictEqual(rewriteInStyle('Sept 9', { year: 2025, month: 9, day: 3 }), 'Sept 3');
  });
  test('numeric dates keep their order, separator and padding', () => {
    assert.strictEqual(rewriteInStyle('06/16/2025', { year: 2025, month: 6, day: 13 }), '06/13/2025');
    assert.strictEqual(rewriteInStyle('16.06.2025', { year: 2025, month: 6, day: 13 }), '13.06.2025');
    assert.strictEqual(rewriteInStyle('Tue, 6/16/2025', { year: 2025, month: 6, day: 13 }), 'Fri, 6/13/2025');
  });
});
