// Round 248. "OTTAWA, June 29" over a story whose one full date is the law's passage ("passed on June
// 20, 2024") was read as June 2024; but its text says the first payments were due on "Monday, June
// 30", which is 2025 (June 30, 2024 was a Sunday). The weekdays a text writes beside its yearless
// days move the wire's year on when every one of them fits the later year and none fits the first.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (text: string) => {
  const doc = parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8')).doc!;
  return [doc.date, doc.dateSource];
};

const wire = (due: string) =>
  [
    'Canada drops its digital tax hours before the first payments',
    '',
    'OTTAWA, June 29 (Wire) - Canada said late on Sunday it would scrap its digital services tax, two days after Washington broke off trade talks over it.',
    '',
    `Collection stops at once, less than a day before the first payments were to arrive on ${due}.`,
    '',
    'The tax was passed into law on June 20, 2024, and reached back to revenue earned since the start of 2022.',
  ].join('\n');

suite('corpus: a wire year told by the weekdays its text writes', () => {
  test('"Monday, June 30" puts "OTTAWA, June 29" in 2025, not 2024', () => {
    assert.deepStrictEqual(dated(wire('Monday, June 30')), ['2025-06-29', 'dateline']);
  });

  test('with no weekday beside a day the year stays the one after the law', () => {
    assert.deepStrictEqual(dated(wire('June 30')), ['2024-06-29', 'dateline']);
  });

  test('a weekday that fits the first year keeps it', () => {
    assert.deepStrictEqual(dated(wire('Sunday, June 30')), ['2024-06-29', 'dateline']);
  });
});
