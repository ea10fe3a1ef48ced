// Rounds 216 and 218. A yearless wire dateline over a story whose one full date is history ("in force
// since January 1, 2004") but which names its own year ("its 2025 U.S. sales") was filed in that
// year, not in 2004. A tracker's row that looks ahead ("| 2026-06-30 | Commerce due to update the
// president |"), a list item "- **April 2026.** Trump is expected in Beijing" and a date "with effect
// from July 1, 2027" are on the schedule, not the page's day.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (text: string) => {
  const doc = parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8')).doc!;
  return [doc.date, doc.dateSource];
};

suite('corpus: wire years named in the text and rows on a schedule', () => {
  test('"SANTIAGO, July 31" over a story naming "its 2025 sales" and a 2004 treaty is of 31 July 2025', () => {
    const text = [
      'Chile welcomes copper relief',
      '',
      "SANTIAGO, July 31 (Reuters) - Chile's government on Thursday welcomed the U.S. decision to leave copper cathodes out of the new tariff.",
      '',
      'The two countries have had a free trade agreement in force since January 1, 2004.',
      '',
      'The state miner shipped part of its 2025 U.S. sales early in the year to take advantage of the premium.',
    ].join('\n');
    assert.deepStrictEqual(dated(text), ['2025-07-31', 'inferred']);
  });

  test('a tracker’s latest row, due ahead, does not date the page', () => {
    const text = [
      '# Copper tariff tracker',
      '',
      '| Date | What happened |',
      '|------|---------------|',
      '| 2025-02-25 | Order opening the investigation signed |',
      '| 2025-07-30 | Proclamation signed: 50% on semi-finished products |',
      '| 2026-06-30 | Commerce due to update the president on the copper market |',
    ].join('\n');
    assert.deepStrictEqual(dated(text), ['2025-07-30', 'inferred']);
  });

  test('a list item’s "April 2026. Trump is expected in Beijing" does not carry the page into 2026 or later', () => {
    const text = [
      '# Rare earths: the leverage',
      '',
      'Its export control law entered into force on December 1, 2020. On July 3, 2023, the ministry announced licensing for gallium.',
      '',
      'The package published on October 9 went further, with licences required from December 1. Beijing suspended it on November 7.',
      '',
      '## What to watch',
      '',
      '- **April 2026.** Trump is expected in Beijing, giving both sides a deadline.',
    ].join('\n');
    const [date] = dated(text);
    assert.ok(date !== null && String(date) < '2026', `dated ${date}`);
  });

  test('a repeal "with effect from July 1, 2027" is ahead of the page, not its day', () => {
    const text = ['Parcels and the law', '', 'Congress signed the budget bill into law on July 4, 2025. It repealed the provision with effect from July 1, 2027.'].join('\n');
    assert.deepStrictEqual(dated(text), ['2025-07-04', 'inferred']);
  });
});
