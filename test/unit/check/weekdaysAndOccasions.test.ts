// A bare weekday the story has just given with its date is that day; a source sentence that tells of
// no occasion does not date one.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { splitSentences } from '../../../src/core/text/sentences';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('dates and check: weekdays named before, occasions untold', () => {
  test('"on Sunday evening" after "Sunday, 11 May" is that Sunday, not the last one before the text', () => {
    const text = 'Talks ran on Saturday, 10 May and Sunday, 11 May at a villa. Neither side said much as they left on Sunday evening.';
    const evening = extractDates(text, { referenceDate: '2025-06-13' }).find((m) => m.text === 'Sunday evening');
    assert.strictEqual(evening?.value, '2025-05-11TEV');
  });

  const corpus = tempCorpus({
    'live.html': [
      '<p>Live: trade talks in Harbour City</p>',
      '<p>Published 26 October 2025</p>',
      '<p>Topics: the Ruritanian port fees that began on 14 October, the cheese tariff, grain purchases, and the truce that is due to expire on 10 November.</p>',
    ],
    ...RATE_NEWS,
  });

  test('a topics line dates its topics, not the talks about them', () => {
    assert.deepStrictEqual(corpus.warnings('Day one of the Harbour City talks, on 25 October 2025, covered the Ruritanian port fees, the cheese tariff and grain.'), []);
  });
});

suite('check: an event its source sentence dates otherwise', () => {
  const corpus = tempCorpus({
    'live.md': [
      '**[Sept 12, 15:05 KST]** Foreign Minister Pak Jun, speaking at the ministry in Seoul, said the government would work with Washington on a new visa category so that technicians sent to build factories would not face a repeat of last week\'s raid.',
      '| People detained on Sept 4 | 475 |',
      '| Date of return to Incheon | Sept 12 (Friday) |',
      '*Related coverage:* Battery plant opening to slip by months (Sept 8)',
      'Dispatches to US sites halted (Sept 9)',
      'Explainer: what is the B-1 visa? (Sept 6)',
    ],
  });

  test('"last week\'s raid" in a statement stamped Sept 12 does not date the raid to Sept 12', () => {
    assert.deepStrictEqual(corpus.warnings('| ICE raid | 4 Sep 2025 | Visa risk for dispatched technicians |'), []);
  });
});

suite('check: an outage and a return', () => {
  const corpus = tempCorpus({
    'tech.html': [
      '<div class="byline">Posted Jan 21, 2025 at 9:15 AM ET</div>',
      '<p>Late on Saturday night, a little before the ban law kicked in, the Vesper app stopped working for U.S. users and showed a pop-up saying that "a law banning Vesper has been enacted in the U.S." By Sunday afternoon the service was coming back online, with a message thanking the president.</p>',
    ],
    ...RATE_NEWS,
  });

  test('a quotation closed after "U.S." ends its sentence', () => {
    assert.deepStrictEqual(splitSentences('It said "a ban was enacted in the U.S." By Sunday it was back.').length, 2);
  });

  test('the app working again is not dated by the night it stopped', () => {
    assert.deepStrictEqual(corpus.warnings('By the afternoon of Sunday, January 19, 2025, the Vesper app was working again for U.S. users.'), []);
  });
});
