// An undated article's scan for its own date is handed to its facts once, for that very text only.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { scanUndated, takeUndatedScan } from '../../../src/core/dates/undatedScan';

suite('dates: the scan of an undated article is read once', () => {
  const body = 'Talks resumed on 3 March 2025 and ended two days later, before the summer.';

  test('the kept scan is the scan with no reference date', () => {
    const scanned = scanUndated(body);
    assert.deepStrictEqual(scanned, extractDates(body, { referenceDate: null }));
    assert.strictEqual(takeUndatedScan(body), scanned);
  });

  test('it is handed over once', () => {
    scanUndated(body);
    assert.ok(takeUndatedScan(body));
    assert.strictEqual(takeUndatedScan(body), undefined);
  });

  test('another text gets nothing, and the kept scan is dropped', () => {
    scanUndated(body);
    assert.strictEqual(takeUndatedScan(`${body} `), undefined);
    assert.strictEqual(takeUndatedScan(body), undefined);
  });
});
