// Rounds 1733 and 1734 (held out, measured first). "Chancay handled its 100,000th container in
// February 2025" was warned against the day the first ship left the port: a count reached, told by its
// ordinal, is another event than anything a sentence that gives no such count tells. And "ratified the
// agreement on 9 February 2024" was left alone because the law's publication "in the Official Gazette
// of the Republic of Serbia - International Treaties, No. 2/2024, of 9 February" seemed to give the
// brief's day: the gazette's name and issue stand between "published in" and the date.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a count reached and a gazette issue', () => {
  const r1733 = roundCorpus('../probe-rounds/r1733');
  const r1734 = roundCorpus('../probe-rounds/r1734');

  test('"handled its 100,000th container" is not the first departure', () => {
    assert.deepStrictEqual(r1734.warnings('- Chancay handled its 100,000th container in February 2025, according to the operator.'), []);
  });

  test('the departure itself is still dated by it', () => {
    assert.deepStrictEqual(r1734.suggested('- The first direct service to Shanghai, the COSCO Ancon, sailed from Chancay on 26 December 2024.'), ['date-conflict 26 December 2024 -> 2024-12-27']);
  });

  test('a publication in a named gazette issue is not the ratification vote', () => {
    assert.deepStrictEqual(r1733.suggested('- The National Assembly ratified the agreement on 9 February 2024 with 141 votes in favour.'), ['date-conflict 9 February 2024 -> 2024-02-02']);
  });

  test('"amendments to the … Law published in June 2024" do not bear out the vote', () => {
    assert.deepStrictEqual(r1734.suggested('- Congress voted on 10 June 2024 to amend the port law so that private terminals of public use can keep exclusive service rights.'), ['date-conflict 10 June 2024 -> 2024-05-23']);
  });
});
