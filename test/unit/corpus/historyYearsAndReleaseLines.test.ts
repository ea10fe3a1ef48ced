// Round 183-186 pages: a fact sheet's "Release date: July 31, 2025" line is its date (its full dates
// of August and October are the schedule it sets); an explainer whose only full dates are 2018's
// history ("On March 8, 2018, he signed …") but which speaks of "the sequence of 2025 actions" and
// tells them without a year ("initiated on April 1", "on Aug. 13") is of 2025, not of 2018.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (text: string) => {
  const doc = parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8')).doc!;
  return [doc.date, doc.dateSource];
};

suite('corpus: release lines and pages whose full dates are history', () => {
  test('"Release date: July 31, 2025" under a fact sheet’s heading dates it', () => {
    const text = ['THE WHITE HOUSE', 'FACT SHEETS', '', 'Fact Sheet: New reciprocal rates', '', 'Release date: July 31, 2025', '', 'The rates apply to goods entered on or after August 7, 2025, and goods in transit entered before October 5, 2025 keep the old rates.'].join('\n');
    assert.deepStrictEqual(dated(text), ['2025-07-31', 'dateline']);
  });

  test('"Last updated: November 10, 2025." inside a long italic standfirst dates the page', () => {
    const text = [
      '# Timeline: Mexico and the United States on trade, 2025',
      '',
      '*A running log of tariff and trade-policy moves between Washington and Mexico City, kept by our North America desk from its bureau in the Mexican capital. Last updated: November 10, 2025. Entries are added as events happen; earlier entries are corrected if new information emerges.*',
      '',
      '| Date | Event |',
      '|---|---|',
      '| Jul 1, 2026 | The first joint review of the trade pact is due |',
    ].join('\n');
    assert.deepStrictEqual(dated(text), ['2025-11-10', 'dateline']);
  });

  test('a page naming 2025 and telling days without a year is of 2025, though its full dates are of 2018', () => {
    const text = [
      'ANALYSIS',
      '',
      'How an old clause became the main tool',
      '',
      'On March 8, 2018, the president signed proclamations on steel and aluminium that took effect on March 23, 2018.',
      '',
      'The sequence of 2025 actions shows how far the tool has come. Semiconductors were initiated on April 1. Trucks were launched on April 22, and wind turbines followed on Aug. 13.',
      '',
      'Deadlines for the newest cases fall well into 2026.',
    ].join('\n');
    assert.deepStrictEqual(dated(text), ['2025-08-13', 'inferred']);
  });

  test('of the years a page names, the latest it speaks of as past or present: "spring 2025", not 2004', () => {
    const text = [
      'Forty years of free trade',
      '',
      'The agreement was signed on April 22, 1985. It was renewed in 2004 and has been extended since.',
      '',
      'That is why the events of spring 2025 came as a shock. On April 2 the chart put the partner at 17%, and on July 7 its leader dined at the White House.',
    ].join('\n');
    assert.deepStrictEqual(dated(text), ['2025-07-07', 'inferred']);
  });

  test('a year only a year after the full dates, or one set ahead, leaves the page of its full dates', () => {
    const near = ['Steel review', '', 'On March 8, 2018, the proclamations were signed. In 2019 the review went on; talks resumed on April 1 and ended on May 2.'].join('\n');
    assert.deepStrictEqual(dated(near), ['2018-03-08', 'inferred']);
    const ahead = ['Steel review', '', 'On March 8, 2018, the proclamations were signed. The plan will be finished by 2030; talks resumed on April 1 and ended on May 2.'].join('\n');
    assert.deepStrictEqual(dated(ahead), ['2018-03-08', 'inferred']);
  });

  test('one day told without a year is too little to move the page', () => {
    const text = ['Steel review', '', 'On March 8, 2018, the proclamations were signed. The 2025 review began on April 1.'].join('\n');
    assert.deepStrictEqual(dated(text), ['2018-03-08', 'inferred']);
  });
});
