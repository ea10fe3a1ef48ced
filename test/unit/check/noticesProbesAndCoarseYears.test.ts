// Rounds 183-186: a probe "initiated" on one day is not contradicted by its notices "published" on
// another, nor one "begun on July 1" by the orders "signed on June 6" that led to it; "the two
// probes" of a source are not the brief's "truck probe"; "earlier this year" holds any day of the
// year and supports none; a name ("Trump", "Truth Social") shared with a page that never spells it
// out in full is still only a name.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a probe opened, its notices published, the orders before it', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'tracker.md': ['# Sector probes tracker', '', 'Last updated: 2025-11-03', '', '**July 16** — Drone and polysilicon notices published.', '', '**July 14** — Commerce discloses the drone and polysilicon investigations.'],
    'drones.txt': ['Drone probe opened', 'Published: 2025-07-15', 'The inquiry follows a pair of executive orders that Trump signed on June 6, which aimed to speed up domestic drone production.'],
  });

  test('"| Drone and polysilicon probes initiated | July 1, 2025 |" gets no warning from the notices of July 16', () => {
    assert.deepStrictEqual(corpus.warnings(['| Step | Date |', '|---|---|', '| Drone and polysilicon probes initiated | July 1, 2025 |'].join('\n')), []);
  });

  test('the notices put on July 18 are still flagged', () => {
    assert.deepStrictEqual(corpus.warnings(['| Step | Date |', '|---|---|', '| Drone and polysilicon notices published | July 18, 2025 |'].join('\n')), ['date-conflict July 18, 2025 -> 2025-07-16']);
  });

  test('"the drone investigation, begun on July 1" gets none from the orders signed on June 6', () => {
    assert.deepStrictEqual(corpus.warnings('The drone investigation, begun on July 1, 2025, follows the orders that aimed to speed up domestic drone production.'), []);
  });
});

suite('check: what a sentence points back at, and a year as a date', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'pharma.txt': ['Drug and chip probes', 'Published: 2025-10-01', 'Commerce opened its inquiry into pharmaceuticals on April 1, alongside a parallel probe into semiconductors. The public comment period for the two probes closed on May 7.'],
    'metals-wire.txt': ['Metals duty doubled', '', 'SYDNEY, June 4, 2025 (Wire) - Australian steel shipped to the United States began paying a 50% duty on Wednesday, after President Donald Trump doubled the metals duty he had restored earlier this year, a move Canberra called unjustified.'],
    'metals-history.txt': ['Steel duties restored', 'Published: 2025-03-12', 'On February 10, Trump signed proclamations restoring a 25% tariff on steel imports, raising the aluminium tariff to 25%, and ending country exemptions.'],
  });

  test('"Comments on the truck probe closed on 2025-05-16" gets no warning from "the two probes"', () => {
    assert.deepStrictEqual(corpus.warnings('Comments on the truck probe closed on 2025-05-16.'), []);
  });

  test('"earlier this year" does not speak for a day: the steel proclamations put on February 11 are flagged', () => {
    assert.deepStrictEqual(corpus.warnings('- That carve-out was cancelled when Trump signed the metals proclamations on February 11, 2025.'), ['date-conflict February 11, 2025 -> 2025-02-10']);
  });
});

suite('check: names shared with a page that never spells them out', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'profile.txt': ['Trade chief', 'Published: 2025-06-01', 'President Donald Trump has used tariffs as leverage with Canada.'],
    'timeline.md': ['# Canada talks', '', 'Last updated: 2025-10-30', '', 'Talks went on through the autumn. That ended on the evening of October 23, when Trump said on Truth Social that he was ending all negotiations over an advertisement.'],
  });

  test('"Trump’s Truth Social warning to countries with digital taxes went out on Monday, August 25" gets no warning', () => {
    assert.deepStrictEqual(corpus.warnings('Trump’s Truth Social warning to countries with digital taxes and digital rules went out on Monday, August 25, 2025.'), []);
  });
});

suite('check: a day a post named, and the post’s own week', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'weekly.txt': [
      'Compliance weekly',
      'Published: 2025-10-03',
      'The wood duties now start on Oct. 14. The start comes two weeks after the Oct. 1 date given in last week’s Truth Social post, and the opening rates are lower.',
    ],
  });

  test('"a Truth Social post had named Oct. 1 as the start" gets no warning from the post’s week', () => {
    assert.deepStrictEqual(corpus.warnings('Although a Truth Social post had named Oct. 1, 2025 as the start, the wood duties took effect on Oct. 14, 2025.'), []);
  });
});
