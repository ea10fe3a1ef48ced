// Round 1301 (held out, measured first; a false warning). "EU and US officials opened formal talks on a
// steel tariff-rate quota on 9 September 2025" was warned against "The United States widened its list
// of … derivative products … earlier this month, and EU officials said they would raise the matter in
// talks on a possible quota system": the date is the widening's, and the joined clause, with a subject
// of its own, says what was still to come. (Any joined clause cut off was tried and dropped: "in force
// since Oct. 15, 2024, and officials have said …" still tells its date's measure.)
import * as assert from 'assert';
import { dateClause } from '../helpers/dateClause';
import { roundCorpus } from '../helpers/roundCorpus';

const clauseOf = (text: string) => dateClause(text, '2025-08-29');

suite('check: a saying of what is to come, joined after the date', () => {
  test('the date’s clause stops before it', () => {
    assert.strictEqual(clauseOf('Washington widened the list on August 15, and EU officials said they would raise it in talks.'), 'Washington widened the list on August 15');
    assert.strictEqual(clauseOf('The surtax has been in force since August 15, and officials have said it will stay.'), 'The surtax has been in force since August 15, and officials have said it will stay.');
  });

  const round = roundCorpus('../probe-rounds/r1301');
  test('talks the saying looked ahead to are not dated by the widening', () => {
    assert.deepStrictEqual(round.warnings('- EU and US officials opened formal talks on a steel tariff-rate quota on 9 September 2025.'), []);
  });
});

// Round 1673 (held out, measured first; a false warning). "The agreement was tabled in the House of
// Commons on June 16" was warned against "A new trade minister took office this month, and officials
// have said they intend to table the agreement … once the new Parliament sits": the plan, said by
// others, is not the month's.
suite('check: a plan said by others, joined after the date', () => {
  test('the date’s clause stops before it', () => {
    assert.strictEqual(clauseOf('A new minister took office this month, and Canadian officials have said they intend to table the bill soon.'), 'A new minister took office this month');
  });

  const round = roundCorpus('../probe-rounds/r1673');
  test('the tabling is not dated by the minister taking office', () => {
    assert.deepStrictEqual(round.warnings('- In Ottawa, the agreement was tabled in the House of Commons on June 16.'), []);
  });
});
