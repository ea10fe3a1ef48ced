// A source's year and moments told by the text itself: a paragraph's story of another year, an
// announcement paired with its start in one sentence, an end against a bare date; and what is not
// the story at all (a list of linked headlines with their dates).
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { articleText } from '../../../src/core/corpus/article';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: what a source tells of itself', () => {
  const corpus = tempCorpus({
    'blog.md': [
      '# Two fights over one app',
      'In the first fight the administration had no statute to lean on. On August 6, 2020, the president signed an order barring deals with the app’s owner after 45 days. A week later, on August 14, he issued a separate order directing the owner to divest its US assets within 90 days.',
      '',
      'This time a law passed by Congress set the terms, and on September 25, 2025 the president signed an order approving a joint venture.',
    ],
    'farm.md': [
      'Published: 20 November 2025',
      'The farm duties being lifted were announced by Beijing on March 4 and took effect on March 10, days after Washington raised its own tariff.',
    ],
    'podcast.txt': [
      'Posted October 3, 2025 | 38 min',
      '[00:01:24] HOST: March 10th, China put ten percent on soybeans, fifteen percent on corn, wheat, chicken and cotton.',
      '[00:01:47] HOST: On Tuesday, the Treasury chief said there would be farm support. On Wednesday the President posted that he will meet Xi in four weeks and soybeans will be a major topic of discussion.',
    ],
    ...RATE_NEWS,
  });

  test('a yearless day soon after a full date of another year in its paragraph is in that year', () => {
    assert.strictEqual(extractDates('On August 6, 2020, he signed it. A week later, on August 14, he signed another.', { referenceDate: '2025-09-19' })[2].value, '2020-08-14');
    assert.strictEqual(extractDates('On August 6, 2020, he signed it.\n\nOn August 14 he signed another.', { referenceDate: '2025-09-19' })[1].value, '2025-08-14');
    assert.deepStrictEqual(corpus.warnings('The September 25 order asked for a divestiture report within 60 days.'), []);
  });

  test('a source sentence that pairs the announcement with the start answers a brief about the announcement', () => {
    assert.deepStrictEqual(corpus.warnings("Beijing's retaliation list was made public on Tuesday 4 March 2025, placing 10% on soybeans and 15% on corn, wheat, chicken and cotton."), []);
  });

  test('a day said after it is counted back from the story, whatever was said of the future', () => {
    assert.deepStrictEqual(corpus.warnings('The President’s post calling soybeans a major topic of discussion with Xi was published on 1 October 2025.'), []);
  });
});

/** A newsletter that dates the chipmaker order a day later than the minister's own statement. */
const WEEKLY = [
  'Dutch Economic Affairs Minister Anna Visser on Wednesday suspended the ministerial order that gave the state control over the chipmaker, calling it "a gesture of goodwill" after talks with Chinese officials. The order, dated Oct. 1 under the Goods Availability Act, had been in force for roughly seven weeks. The court-ordered suspension of the chief executive remains in place, because that was the Enterprise Chamber\'s decision, not the ministry\'s.',
  '| Jul. 14 | Nvidia says U.S. will grant H20 licenses |',
  '| Jul. 31 | CAC summons Nvidia over H20 "backdoor" risks |',
  '| Aug. 11 | Trump confirms 15% revenue-share deal |',
  '| Sep. 13 | MOFCOM opens analog anti-dumping probe |',
  '| Sep. 15 | SAMR: Nvidia violated Anti-Monopoly Law |',
  '*Silicon Borders Weekly is written by independent analysts. Nothing here is investment advice. © 2025.*',
];

suite('check: an end, and a day the sources give two ways', () => {
  const weekly = tempCorpus({ 'weekly.md': WEEKLY });
  const all = tempCorpus({
    'weekly.md': WEEKLY,
    'tv.html': ['<div class="meta">發佈日期: 2025-10-13 09:20</div>', '<p>The Dutch Ministry of Economic Affairs disclosed the intervention on Sunday, although the order itself was signed on Sept. 30.</p>'],
    'statement.txt': [
      'The Minister of Economic Affairs, Anna Visser, has decided to suspend the order he issued on 30 September 2025 under the Goods Availability Act concerning the chipmaker B.V.',
      '',
      'The order was made public on 12 October 2025.',
      '',
      'The Hague, 19 November 2025',
    ],
  });

  test('an end is not answered by a bare date of the measure', () => {
    assert.deepStrictEqual(weekly.warnings('The order stayed in force for about seven weeks, until mid-November.'), []);
  });

  test('sources that give one event two dates leave a brief that follows either alone', () => {
    assert.deepStrictEqual(all.warnings('The order was dated 30 Sept 2025 but disclosed twelve days later, on 12 October.'), []);
  });
});

suite('corpus: linked headlines are not the story', () => {
  test('a list of headlines with their dates is blanked; a dateline is kept', () => {
    const page = [
      '發佈日期: 2025-10-13 09:20',
      'The ministry disclosed the order on Sunday.',
      '相關新聞 Related news',
      '中國禁止出口 China bars exports from a chip unit 2025-10-05',
      '中國反傾銷調查 China opens anti-dumping probe into US analog chips 2025-09-14',
    ].join('\n');
    const text = articleText('page.txt', page);
    assert.strictEqual(text.length, page.length);
    assert.ok(text.includes('發佈日期: 2025-10-13 09:20'));
    assert.ok(!text.includes('2025-10-05') && !text.includes('2025-09-14'));
    // On a saved page, the links of a list.
    const html = '<p>Body.</p>\n<li><a href="/1">China bars exports from a chip unit</a> 2025-10-05</li>\n<li><a href="/2">China opens a probe into US chips</a> 2025-09-14</li>';
    assert.ok(!articleText('page.html', html).includes('2025-09-14'));
    // A "More live coverage:" line is a link, like "Also read:".
    assert.ok(!articleText('live.md', 'Body.\nMore live coverage: Busan summit preview: leaders to meet (23 Oct)\n').includes('23 Oct'));
    // An English timeline with dates at the ends of its lines is the story's own.
    const timeline = 'Title\n- Washington adds 10% on all Chinese imports 2025-02-04\n- Washington doubles the levy to 20% 2025-03-04\n';
    assert.strictEqual(articleText('timeline.md', timeline), timeline);
  });

  // Round 675 (held out, measured first): a "Related:" heading on a line of its own was taken for a
  // link line and blanked, so the list under it was read as the story's ("EU fishing fleet leaves
  // Moroccan waters as protocol expires (18/07/2023)" contradicted the protocol's end on 17 July).
  test('a "Related:" heading alone cuts the links under it', () => {
    const body = 'The court dismissed the appeals on Friday. '.repeat(12);
    const page = `${body}\n\nRelated:\n- Fishing fleet leaves the waters as the protocol expires (18/07/2023)\n- Spain backs the autonomy plan (18/03/2022)\n`;
    const text = articleText('page.txt', page);
    assert.ok(text.startsWith(body) && !text.includes('18/07/2023') && !text.includes('Related'), text.slice(-200));
    // A "Related: …" line is one link, blanked alone.
    assert.ok(!articleText('page.txt', `${body}\nRelated: Spain backs the autonomy plan (18/03/2022)\nMore text.`).includes('18/03/2022'));
  });
});
