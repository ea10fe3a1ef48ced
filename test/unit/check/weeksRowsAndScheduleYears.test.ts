// Rounds 167-181: "the following week" holds a firm day that contradicts the brief and so does not
// speak for it; a row that also gives the brief's day, in the part that tells the brief's event, does
// not contradict it with its head date; "set the start for 1 August" is a start; a year set ahead
// ("from 1 January 2026") does not lend itself to the brief's later weekdays; "2025-07-31
// (Wednesday)" is checked as "Wednesday, 2025-07-31" is; a row's "(total 50%)" names no rate of the
// extra tariff it tells of; a brief row's own verb ("applies") is its moment (round 180); the day
// that heads a source row is that row's day, whatever its later parts schedule (round 181).
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a week that holds a contradicting day does not support the claim', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'timeline.md': ['# Beef: the month in dates', '', '| Day | Step |', '|---|---|', '| Fri 14 November 2025 | Order removes tariffs on beef and coffee |', '| Tue 18 November 2025 | Customs issues refund guidance for importers |'],
    'explainer.md': ['# Why refunds took a week', '', 'Published 24 November 2025', '', 'The order applied to goods already on the water, so customs officials had to issue refund guidance for importers in the week of November 17.'],
  });

  test('refund guidance put on 19 November is flagged against the row’s 18th', () => {
    assert.deepStrictEqual(corpus.warnings('Customs refund guidance for importers followed on 19 November 2025.'), ['date-conflict 19 November 2025 -> 2025-11-18']);
  });

  test('on the 18th it gets no warning', () => {
    assert.deepStrictEqual(corpus.warnings('Customs refund guidance for importers followed on 18 November 2025.'), []);
  });
});

suite('check: a row that gives the claim’s day where it tells the claim’s event', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'timeline.md': ['# Seoul and Washington: the summer', '', '| Day | Step |', '|---|---|', '| 24 July 2025 | Industry Minister Kim Jung-kwan meets Commerce Secretary Lutnick in New York; "2+2" set for 25 July called off |', '| 30 July 2025 | Trump announces the deal |'],
    'wire.txt': ['Deal done', 'SEOUL, July 31, 2025 -', 'Minister Kim kept the channel open, flying to New York last week to see Lutnick after the "2+2" ministerial talks were called off.'],
  });

  test('the talks set for Friday, July 25 and called off, with Kim chasing Lutnick, get no warning', () => {
    const brief = 'The "2+2" meeting set for Friday, July 25, 2025 was called off at a few hours’ notice, and Industry Minister Kim Jung-kwan instead chased Commerce Secretary Lutnick from New York to Scotland.';
    assert.deepStrictEqual(corpus.warnings(brief), []);
  });

  test('Kim meeting Lutnick in New York on the 25th is still flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Industry Minister Kim Jung-kwan met Commerce Secretary Lutnick in New York on 25 July 2025.'), ['date-conflict 25 July 2025 -> 2025-07-24']);
  });
});

suite('check: a start that a post set', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'timeline.md': ['# Copper: how the tariff came', '', '| Day | Step |', '|---|---|', '| 8 Jul 2025 | At a cabinet meeting, Trump says the copper tariff will be 50% |', '| 9 Jul 2025 | In a Truth Social post, Trump says the tariff will take effect on 1 August |'],
  });

  test('"a follow-up post set the start for 1 August" gets no warning', () => {
    assert.deepStrictEqual(corpus.warnings('Trump floated a 50% copper tariff on 8 July 2025. A follow-up Truth Social post set the start for 1 August.'), []);
  });
});

suite('brief dates: a year set ahead lends itself to no later weekday', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'timeline.md': ['# Beef: the month in dates', '', '| Day | Step |', '|---|---|', '| Thu 13 November 2025 | Framework with Argentina announced |', '| Mon 17 November 2025 | Ranchers’ group condemns the quota |'],
  });

  test('"Tuesday, November 17" below "from 1 January 2026" is flagged as the Monday it was in 2025', () => {
    const brief = [
      'Trump first floated buying beef abroad on Monday, October 20, 2025.',
      '',
      '- The 13 November framework raises the beef quota from 1 January 2026.',
      '- The order signed Friday, November 14 removed tariffs on beef, with effect for goods entered since November 12.',
      '- The ranchers’ group condemned the quota on Tuesday, November 17, and cattle futures fell on 17 Nov.',
      '',
      'Exporters expect the first shipments under the bigger quota in early 2026, and lawmakers want a briefing before early February 2026.',
    ].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief), ['weekday-mismatch Tuesday -> Monday']);
  });
});

suite('brief dates: a weekday in brackets after the date', () => {
  const corpus = tempCorpus({ ...rateNews(6) });

  test('"2025-07-31 (Wednesday)" is flagged: 31 July 2025 was a Thursday', () => {
    assert.deepStrictEqual(corpus.warnings('- 2025-07-31 (Wednesday): the deal is announced, with joint work on oil reserves.'), ['weekday-mismatch Wednesday -> Thursday']);
  });

  test('"2025-07-31 (Thursday)" is not', () => {
    assert.deepStrictEqual(corpus.warnings('- 2025-07-31 (Thursday): the deal is announced, with joint work on oil reserves.'), []);
  });
});

suite('check: a row that names only the total rate', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'timeline.md': ['# India and the price cap', '', '| Day | Step |', '|---|---|', '| 7 Aug 2025 | Reciprocal US tariff on India takes effect (25%) |', '| 27 Aug 2025 | Extra US tariff on India takes effect (total 50%) |'],
  });

  test('the extra 25% tariff put on 6 August is flagged against the row that gives its total', () => {
    assert.deepStrictEqual(corpus.warnings('- 2025-08-06: the extra 25% US tariff on Indian goods takes effect.'), ['date-conflict 2025-08-06 -> 2025-08-27']);
  });
});

suite('check: a brief row’s own verb is its moment', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'timeline.md': [
      '# Japan: the car tariff',
      '',
      '| Day | Step |',
      '|---|---|',
      '| 7 August 2025 | New rates take effect; Japanese goods hit by stacking |',
      '| 4 September 2025 | Order implementing the deal signed |',
      '| 12 September 2025 | Commerce notice on car tariff made public |',
      '| 16 September 2025 | 15% tariff on Japanese cars takes effect |',
    ],
  });

  test('"| 2025-09-16 | 15% car tariff applies to new entries |" is not contradicted by the notice made public on the 12th', () => {
    assert.deepStrictEqual(corpus.warnings(['| Date | Step |', '|---|---|', '| 2025-09-16 | 15% car tariff applies to new entries |'].join('\n')), []);
  });

  test('the notice made public on the 16th is still flagged', () => {
    assert.deepStrictEqual(corpus.warnings(['| Date | Step |', '|---|---|', '| 2025-09-16 | Commerce notice on car tariff made public |'].join('\n')), ['date-conflict 2025-09-16 -> 2025-09-12']);
  });
});

suite('check: the day that heads a source row is that row’s day', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'timeline.md': [
      '# Rare earths: the year',
      '',
      '| Day | Step |',
      '|---|---|',
      '| Fri 4 Apr 2025 | Licences required for seven medium and heavy rare earths |',
      '| Thu 9 Oct 2025 | The commerce ministry adds five more rare earths plus equipment from 8 Nov; extraterritorial "0.1% rule" from 1 Dec. |',
      '| Fri 7 Nov 2025 | October measures suspended for a year |',
    ],
  });

  test('"| Thursday, 9 October 2025 | Expansion … and extraterritorial rules |" is not contradicted by the row’s "from 1 Dec."', () => {
    assert.deepStrictEqual(corpus.warnings(['| Date | Step |', '|---|---|', '| Thursday, 9 October 2025 | Expansion to five more elements and extraterritorial rules |'].join('\n')), []);
  });
});
