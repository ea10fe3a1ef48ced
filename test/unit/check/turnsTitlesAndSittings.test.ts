// Rounds 307-314, false warnings each mended by a general rule: a start is not the stop of the same
// thing; words of someone's title name the person, not what was done; an order for a hearing is not
// the hearing; a date's words stop at a semicolon; "made public" names no act; "the lower house" is
// a chamber, not "lower rates"; a count of things tells one batch from another (round 320).
import * as assert from 'assert';
import { RATE_NEWS, rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a start is not the stop of the same thing', () => {
  const corpus = tempCorpus({
    'analysis.md': [
      '# What the truce changed',
      'Published November 20, 2025',
      '',
      'The two governments have stopped charging the special port fees they started collecting from each other’s ships in mid-October, a quarrel that had begun to move freight rates.',
    ],
    ...RATE_NEWS,
  });

  test('the day the fees stopped is not dated by the day they started', () => {
    assert.deepStrictEqual(corpus.warnings('Both governments stopped collecting their port fees on 10 November 2025.'), []);
  });

  test('the day they started is still checked against it', () => {
    assert.deepStrictEqual(corpus.warnings('The two governments started collecting the special port fees in mid-December 2025.'), ['date-conflict mid-December 2025 -> 2025-10']);
  });
});

suite('check: a title names the person, not the act', () => {
  const corpus = tempCorpus({
    'wire.md': ['Secretary visits plant', 'DETROIT, October 3, 2025 -', 'Commerce Secretary Howard Lutnick toured the battery plant on Oct. 2 with union leaders.'],
    'release.md': [
      'Attorney general on the tariff case',
      'SALEM, September 9, 2025 -',
      'Oregon Attorney General Dan Rayfield said today that the Supreme Court had agreed to decide whether the tariffs are lawful.',
    ],
    'visit.md': [
      'Minister in Washington',
      'NEW YORK, September 24, 2025 -',
      'On Monday, Sept. 22, the minister met the trade representative; he also saw Sergio Gor, the nominee for ambassador to India, and a group of business leaders.',
    ],
    ...RATE_NEWS,
  });

  test('"Commerce Secretary" in the source shares nothing with "the commerce committee"', () => {
    assert.deepStrictEqual(corpus.warnings('Lutnick testified to the Senate commerce committee on 6 October 2025.'), []);
  });

  test('"Attorney General" is a title, not a person of its own', () => {
    const names = corpus.engine().snapshot().entities.filter((e) => e.kind === 'person').map((e) => e.name);
    assert.ok(names.includes('Dan Rayfield') && !names.some((n) => /Attorney/.test(n)), names.join(', '));
    assert.deepStrictEqual(corpus.warnings('Oregon’s attorney general met state trade officials on 24 September 2025 to plan the argument.'), []);
  });

  test('nor a title set off after the name', () => {
    assert.deepStrictEqual(corpus.warnings('The new ambassador, Sergio Gor, is set to present his credentials in New Delhi on 3 November 2025.'), []);
  });

  test('the act itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('Lutnick toured the battery plant on 4 October 2025.'), ['date-conflict 4 October 2025 -> 2025-10-02']);
  });
});

suite('check: an order for a hearing is not the hearing', () => {
  const corpus = tempCorpus({
    'timeline.md': [
      '# The appeal, step by step',
      'Updated 5 November 2025',
      '',
      '| Date | Step |',
      '|---|---|',
      '| 10 Jun 2025 | Appeals court grants a stay and orders an en banc hearing |',
      '| 31 Jul 2025 | En banc argument before eleven judges |',
    ],
    ...RATE_NEWS,
  });

  test('the day the hearing took place is not the day it was ordered', () => {
    assert.deepStrictEqual(corpus.warnings('The appeals court’s en banc hearing took place on 30 July 2025.'), []);
  });

  test('the order is still checked against its own day', () => {
    assert.deepStrictEqual(corpus.warnings('| 12 Jun 2025 | Appeals court grants a stay and orders an en banc hearing |'), ['date-conflict 12 Jun 2025 -> 2025-06-10']);
  });
});

suite('check: a date’s words stop at a semicolon', () => {
  const corpus = tempCorpus({
    'wire.md': [
      'Court takes up tariff case',
      'WASHINGTON, September 10, 2025 -',
      'The justices agreed on Sept. 9 to hear the dispute on a fast track, six days after the administration asked them to step in.',
    ],
    ...RATE_NEWS,
  });

  test('the petition’s day is not held to the day the justices agreed to hear the case', () => {
    assert.deepStrictEqual(corpus.warnings('The government petitioned on 4 September 2025; the justices agreed to hear the dispute a few days later.'), []);
  });

  test('the other half is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('The government petitioned in August; the justices agreed to hear the case on 11 September 2025.'), ['date-conflict 11 September 2025 -> 2025-09-09']);
  });
});

suite('check: words every act shares, and a chamber’s name', () => {
  const corpus = tempCorpus({
    'release.md': ['Minister suspends order', 'THE HAGUE, 19 November 2025 -', 'The minister signed the order on 30 September. The order was made public on 12 October.'],
    'timeline.md': [
      '# The bill, step by step',
      'Updated 12 December 2025',
      '',
      '| Date | Step | Body |',
      '|---|---|---|',
      '| 9 Dec 2025 | Economy committee approves a revised bill with lower rates on most lines | Chamber of Deputies |',
      '| 10 Dec 2025 | Chamber of Deputies passes the bill with 149 abstentions | Chamber of Deputies |',
    ],
    ...RATE_NEWS,
  });

  test('"was made public" alone does not make the court’s decision the minister’s order', () => {
    assert.deepStrictEqual(corpus.warnings('The court’s complete decision was made public on 14 October 2025.'), []);
  });

  test('"the lower house approved it" is not "approves … lower rates"', () => {
    assert.deepStrictEqual(corpus.warnings('The lower house approved the bill on 10 December 2025.'), []);
  });

  test('the committee’s approval is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('The economy committee approved the revised bill with lower rates on 8 December 2025.'), ['date-conflict 8 December 2025 -> 2025-12-09']);
  });
});

suite('check: a count tells batches apart', () => {
  const corpus = tempCorpus({
    'roundup.md': [
      'Sanctions round-up',
      '',
      'The US moved on Oct. 22 against the two oil majors. London had already moved on Oct. 15, listing the same two companies together with dozens of shadow fleet tankers and two refineries.',
    ],
    ...rateNews(30),
  });

  test('"the 117 extra tankers were listed on 23 October" is not the listing of "dozens of" tankers', () => {
    assert.deepStrictEqual(corpus.warnings('The 117 extra shadow-fleet tankers were listed on Thursday, 23 October 2025.'), []);
  });

  test('the listing of dozens is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('Dozens of shadow fleet tankers were listed by London on 17 October 2025.'), ['date-conflict 17 October 2025 -> 2025-10-15']);
  });
});
