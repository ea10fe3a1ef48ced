// A live blog's entries each carry their own stamp ("April 9, 12:01 a.m. ET"), and what an entry
// says of "midnight" or "Thursday" is counted from that stamp, not from the page's "Updated" line.
// And a brief's "the new tariff rates took effect" names no measure in particular: it is not the
// one an entry names by its rate.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: the entries of a live blog', () => {
  const corpus = tempCorpus({
    'live.html': [
      '<html><head><title>Live: tariff day - The Harbour Courier</title></head><body>',
      '<h1>Live: new duties land as markets swing</h1>',
      '<p class="byline">By Courier staff | Updated April 10, 2025, 9:30 a.m. ET</p>',
      '<div class="entry"><span class="ts">April 10, 9:30 a.m. ET</span>',
      '<p><b>Asian markets steady.</b> Regional shares recovered some ground after the overnight turmoil.</p></div>',
      '<div class="entry"><span class="ts">April 9, 8:10 a.m. ET</span>',
      '<p><b>Ottawa responds.</b> Canada said it would answer with its own duties, matching the US levy that took effect at midnight.</p></div>',
      '<div class="entry"><span class="ts">April 9, 12:02 a.m. ET</span>',
      '<p><b>Duties now in force.</b> Higher duties on goods from dozens of partners, including the 46% rate on Vietnam, took effect at midnight.</p></div>',
      '</body></html>',
    ],
    ...RATE_NEWS,
  });

  test('"midnight" in an entry is the night its stamp gives', () => {
    assert.deepStrictEqual(corpus.warnings('The 46% rate on Vietnam took effect on April 9, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The 46% rate on Vietnam took effect on April 10, 2025.'), ['date-conflict April 10, 2025 -> 2025-04-09']);
  });

  test('the entry stamp itself dates nothing', () => {
    const facts = corpus.engine().snapshot().facts.filter((f) => f.path.endsWith('live.html'));
    assert.ok(!facts.some((f) => /^April \d+, [\d:]+ [ap]\.m\. ET$/.test(f.date.text)), facts.map((f) => f.date.text).join(' | '));
  });

  test('"the new tariff rates took effect" is not the measure an entry names by its rate', () => {
    assert.deepStrictEqual(corpus.warnings('The new tariff rates on both sides took effect on May 14, 2025.'), []);
  });
});
