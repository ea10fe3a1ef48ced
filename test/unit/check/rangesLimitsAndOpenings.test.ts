// Round 992 (held out, measured first; three missed). "MC13 in Abu Dhabi closed on 2 March 2023"
// against "the Ministerial Conference in Abu Dhabi, which ran from Feb. 26 to March 2, 2024": a range
// holds the day it closed, and the fix is that last day, not the first. "Delegations must register
// by 13 March 2026" against "delegations have until Feb. 13 to register" in a wire datelined
// February 2026: a limit against a limit. "The first call for proposals opened on 3 November"
// against "has been open since Dec. 1": a state since a day is no count of events since it.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: ranges, limits and openings', () => {
  const round = roundCorpus('../probe-rounds/r992');

  test('a day given as the close of a range is checked against its last day', () => {
    assert.deepStrictEqual(round.warnings('- MC13 in Abu Dhabi closed on 2 March 2023 without a deal on the second wave of disciplines.'), ['date-conflict 2 March 2023']);
  });

  test('and the close itself agrees', () => {
    assert.deepStrictEqual(round.warnings('- MC13 in Abu Dhabi closed on 2 March 2024 without a deal on the second wave of disciplines.'), []);
  });

  test('a limit to register is answered by the source’s limit', () => {
    assert.deepStrictEqual(round.warnings('- Delegations must register by 13 March 2026.'), ['date-conflict 13 March 2026']);
    assert.deepStrictEqual(round.warnings('- Delegations must register by 13 February 2026.'), []);
  });

  test('an opening is answered by what has been open since', () => {
    assert.deepStrictEqual(round.warnings("- The Fish Fund's first call for proposals opened on 3 November 2025."), ['date-conflict 3 November 2025']);
    assert.deepStrictEqual(round.warnings("- The Fish Fund's first call for proposals opened on 1 December 2025."), []);
  });
});

suite('check: the fix for a range is the day the brief means', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'conference.txt': ['GENEVA, March 5, 2024 (Wire) - The 13th Ministerial Conference in Abu Dhabi, which ran from Feb. 26 to March 2, 2024, ended without a deal on fisheries subsidies.'],
  });
  const fixOf = (line: string) => corpus.engine().check(`# Brief\n\n${line}\n`).map((d) => `${d.replacement} | ${/ to .*?, not [^.]*/.exec(d.message)?.[0]}`);

  test('a close is fixed to the last day, and the message says so', () => {
    assert.deepStrictEqual(fixOf('- The 13th Ministerial Conference in Abu Dhabi closed on 2 March 2023 without a deal on fisheries subsidies.'), [
      '2 March 2024 |  to 2 March 2024, the last day of 26 February – 2 March 2024, not 2 March 2023',
    ]);
  });
});
