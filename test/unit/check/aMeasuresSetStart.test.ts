// Round 643 (held out, measured first) and round 650. "Separate controls on … graphite anode items
// will apply from Nov. 8" was taken for a plan that may move, so "given a later start date of
// 8 December" went unflagged; so did "The revised limits will apply in full from the export period
// that starts on Oct. 1". A measure's set start is a schedule, as a tariff's is; a plan that hedges
// ("would", "may") or an act that is no measure's start still is not.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a measure’s set start is a schedule', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'controls.txt': [
      'China expands export controls',
      '',
      'BEIJING, Oct 9, 2025 (Wire) - China\'s Commerce Ministry on Thursday expanded its export controls on rare earth technologies. Separate controls on some high-end lithium battery and graphite anode items will apply from Nov. 8.',
      '',
      'The ministry said officials will visit Washington on Oct. 20 to discuss the rules.',
    ],
  });

  test('a later start than the one set is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Controls on lithium battery and graphite anode items were given a start date of 8 December 2025.'), ['date-conflict 8 December 2025 -> 2025-11-08']);
  });

  test('a planned visit is still a plan that may move', () => {
    assert.deepStrictEqual(corpus.warnings('Ministry officials visited Washington on October 22, 2025 to discuss the rules.'), []);
  });
});

// Round 753 (held out, measured first): "The cabinet and vanity rate is scheduled to rise to 50% on
// January 1, 2027" was not held to "The rates on furniture and cabinets are set to rise on Jan. 1,
// 2026": a set rise of a duty's rates is a schedule too, as a set start is.
suite('check: a set rise of a duty’s rates is a schedule', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'lumber.txt': [
      'Tariffs on timber and cabinets',
      '',
      'WASHINGTON, Sept 30, 2025 (Wire) - The president signed a proclamation on Monday imposing a 10 percent tariff on softwood lumber and 25 percent on kitchen cabinets and vanities.',
      '',
      'The rates on cabinets and vanities are set to rise on Jan. 1, 2026, to 50 percent.',
    ],
  });

  test('a rise a year off is flagged', () => {
    assert.deepStrictEqual(corpus.warnings('- The cabinet and vanity rate is scheduled to rise to 50% on January 1, 2027.'), ['date-conflict January 1, 2027 -> 2026-01-01']);
  });

  test('the set day is not', () => {
    assert.deepStrictEqual(corpus.warnings('- The cabinet and vanity rate is scheduled to rise to 50% on January 1, 2026.'), []);
  });
});
