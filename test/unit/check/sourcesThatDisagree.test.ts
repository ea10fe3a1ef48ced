// Where the sources themselves are unsure or disagree, or a page's links and a reporter's "last
// Tuesday" give dates of other things, a brief is not warned; and a brief's own rules hold.
import * as assert from 'assert';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: sources that disagree, page links and a brief’s own year', () => {
  const corpus = tempCorpus({
    'summit.txt': ['Leaders meet in Oslo', 'Published: 8:00pm, 24 Jul 2025', 'Oslo on June 19 shut Icelandic suppliers out of large public tenders for fishing gear, and Reykjavik answered in kind on July 6.'],
    'analysis.md': ['# Tenders become a battleground', '', 'Oslo fired the first shot on June 20, when the trade ministry adopted its first measure under the new tender law, shutting Icelandic firms out of tenders for fishing gear worth more than 5 million crowns.'],
    'wire.txt': [
      'Chamber presses Oslo',
      'OSLO, July 24, 2025 (Wire) - The Icelandic Chamber of Commerce in Norway said in June that several member firms had halted packing lines while waiting for permits.',
    ],
    'deal.txt': ['Deal with Seoul', 'Published: 1 August 2025', 'The two countries first struck the trade deal on July 30, when Washington agreed to set a 15 percent tariff on most Korean goods.'],
    'visa.txt': [
      'Talks regain momentum',
      'Published: 22 September 2025',
      'The president signed a proclamation on Friday requiring a new fee for work visas. The fee applied from Sunday.',
      'Also read: Envoys arrive for talks on fishing quotas (Sep 15, 2025)',
      ...Array.from({ length: 6 }, (_, i) => `Officials in both capitals said the fee would be reviewed within a year, paragraph ${i + 1} of the analysis of its effect on firms that hire abroad.`),
      'TRENDING NOW',
      '- Shares in staffing firms tumble on visa fee shock (Sep 22, 2025)',
    ],
    'week.txt': ['Envoys meet', 'WELLINGTON, Sept. 17, 2025 (Wire) - Trade envoys of both countries met last Tuesday in Wellington to restart the fisheries talks.'],
    'ports.txt': PORT_NEWS,
  });

  const rates = tempCorpus({
    'podcast.txt': ["TRADE WINDS - Episode 41", "Published Oct 27, 2025", "", "[00:00:22] MAYA IYER (host): Let's rewind to the summer. On July 31 Trump posted that India would pay 25 per cent plus a penalty.", "[00:47:15] MAYA IYER: Next episode drops November 10."],
    'wire.txt': ["By ANIKA RAO", "Updated 7:52 AM GMT+5:30, September 17, 2025", "", "NEW DELHI (AP) — That marked a sharp turn from August. Trump first announced a 25% tariff on India on July 30, and a separate executive order signed Aug. 6 imposed an extra 25% as a penalty for India's purchases of Russian oil. That penalty took effect on Aug. 27, pushing the total to one of the highest rates faced by any U.S. trading partner. India's foreign ministry called the move unfair and unreasonable on the day it was announced."],
  });

  test('where two sources disagree on a day, a brief that follows either is not warned', () => {
    assert.deepStrictEqual(corpus.warnings('Oslo shut Icelandic suppliers out of large fishing-gear tenders on June 20, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('Oslo shut Icelandic suppliers out of large fishing-gear tenders on June 19, 2025.'), []);
  });

  test('a source giving the same rate on the cited day is a disagreement, whatever its words', () => {
    assert.deepStrictEqual(rates.warnings('Trump first announced the 25% rate for India on 31 July 2025.'), []);
    assert.deepStrictEqual(rates.warnings('Trump first announced the 25% rate for India on 2 August 2025.'), ['date-conflict 2 August 2025 -> 2025-07-30']);
  });

  test('a report of what had happened dates the report', () => {
    assert.deepStrictEqual(corpus.warnings('Icelandic member firms halted packing lines in May 2025 while waiting for permits.'), []);
  });

  test('a deal between other parties says nothing of this one', () => {
    assert.deepStrictEqual(corpus.warnings('The EU–US trade deal was struck on July 27, 2025.'), []);
  });

  test('dates in a page’s links and trending list date nothing', () => {
    const facts = corpus.engine().snapshot().facts.filter((f) => f.file.endsWith('visa.txt')).map((f) => f.date.value);
    assert.ok(!facts.includes('2025-09-15') && !facts.includes('2025-09-22'), facts.join(', '));
    assert.deepStrictEqual(corpus.warnings('The work-visa fee applied from Sunday, September 21, 2025.'), []);
  });

  test('"last Tuesday" in a story of Wednesday may be the week before: not evidence', () => {
    assert.deepStrictEqual(corpus.warnings('Trade envoys met in Wellington on Tuesday, September 9, 2025 to restart the fisheries talks.'), []);
  });

  test('a brief’s declared year is the year of its yearless dates', () => {
    const brief = 'Dates below fall in 2024 unless another year is given.\n\n- The visa fee applied from September 21, 2025.\n- Envoys met in Wellington on Friday, October 4.';
    assert.deepStrictEqual(corpus.warnings(brief), []);
  });
});
