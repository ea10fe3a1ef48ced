// Rounds 1801–1804 (held out, measured first; two false warnings, two wrong suggestions). " and
// halved the duty, with both changes effective from the next day" keeps "halved" with the clause
// before it, so the day of the decision is the decision's; a place set right before a source's date is
// where it happened ("the December session … in St Petersburg, which the union's leaders, meeting in
// Minsk on 27 June, identified"), and "St Petersburg" is a city and "the St Petersburg economic forum"
// a venue; the day a limit was moved to is not the day it was moved ("then stretched that window to 29
// February"); and a first day named as such ("pushed back the ministry's original start of 1 January
// 2025") is not set against the day of the move. Round 1814 (a false warning): a ship that "berthed
// at Chittagong on 13 November" arrived; a brief's "sailed from Karachi … on 3 November" is its
// departure.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { extractEntities } from '../../../src/core/entities/extract';
import { clausesFor } from '../../../src/core/text/clauses';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a predicate joined on, and a venue right before the day', () => {
  const r1801 = roundCorpus('../probe-rounds/r1801');
  const r1802 = roundCorpus('../probe-rounds/r1802');
  const r1803 = roundCorpus('../probe-rounds/r1803');
  const r1804 = roundCorpus('../probe-rounds/r1804');
  const r1814 = roundCorpus('../probe-rounds/r1814');

  test('" and halved the duty" stays with the clause before it', () => {
    const text = 'On Friday, 13 September 2024, the government scrapped the price and halved the duty, with both changes effective from the next day.';
    const dates = extractDates(text, { referenceDate: '2025-06-01' });
    const words = clausesFor(text, { start: 0, end: text.length }, dates, true).map((c) => text.slice(c.start, c.end));
    assert.deepStrictEqual(words, ['On Friday, 13 September 2024, the government scrapped the price and halved the duty', ', with both changes effective from the next day.']);
  });

  test('the decision day is not warned against the day it took effect', () => {
    assert.deepStrictEqual(r1802.warnings('- On Friday, 13 September 2024, the MEP was abolished and the duty halved to 20%.'), []);
  });

  test('"St Petersburg" is a place', () => {
    assert.deepStrictEqual(extractEntities('They met at the St Petersburg economic forum.').map((m) => `${m.kind}:${m.canonical}`), ['place:St Petersburg']);
  });

  test('a meeting in Minsk is not a forum in St Petersburg', () => {
    assert.deepStrictEqual(r1804.warnings('- Egyptian and Eurasian business groups met on the sidelines of the St Petersburg economic forum on June 19.'), []);
  });

  test('the day a window was stretched to is not the day it was stretched', () => {
    assert.deepStrictEqual(r1801.suggested('- The ministry granted those exporters extra time on 25 January 2024, citing berth congestion at Kuantan.'), []);
  });

  test('"the ministry\'s original start of 1 January 2025" is not the day cabinet pushed it back', () => {
    assert.deepStrictEqual(r1803.suggested('- Cabinet agreed on 12 December 2024 to push the start date back by six months.'), []);
  });

  test('a ship that berthed is no ship that sailed from port', () => {
    assert.deepStrictEqual(r1814.warnings('- The feeder *Yuan Xiang Fa Zhan* sailed from Karachi with the first direct cargo on 3 November 2024.'), []);
  });
});

suite('check: a fronted date, and a grace period’s end', () => {
  const r1818 = roundCorpus('../probe-rounds/r1818');
  const r1822 = roundCorpus('../probe-rounds/r1822');

  // Rounds 1818 and 1822 (two false warnings): a date that opens its sentence before a comma ("In
  // January 2025, SLPA officials were still pointing to an opening in March") dates the main clause
  // after it, and the later date keeps only its own end; a day a "when" gives to a period's end
  // ("since October 4, when the Court of Justice's twelve-month grace period ran out") is not the day
  // of the act the brief says set that period going.
  test('"In January 2025, …" dates the clause after its comma', () => {
    const text = 'In January 2025, SLPA officials were still pointing to an opening in March.';
    const dates = extractDates(text, { referenceDate: '2025-06-01' });
    const words = clausesFor(text, { start: 0, end: text.length }, dates, true).map((c) => text.slice(c.start, c.end));
    assert.deepStrictEqual(words, ['In January 2025, SLPA officials were still', ' pointing to an opening in March.']);
  });

  test('the fronted date bears out a brief of the same saying', () => {
    assert.deepStrictEqual(r1822.warnings('- As late as January 2025, the ports authority was still standing by its earlier opening target.'), []);
  });

  test("a grace period's end is not the ruling that granted it", () => {
    assert.deepStrictEqual(r1818.warnings("- On Friday, 4 October 2024, the Court of Justice dismissed the Council's and the Commission's appeals, while keeping the trade decision alive for a twelve-month grace period."), []);
  });
});

