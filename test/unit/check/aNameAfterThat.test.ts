// Round 663 (held out, measured first). "US officials argued retaliation was groundless because
// Washington state scrapped the Boeing tax incentive in April 2019" went unflagged against
// "Lighthizer's office has argued that Washington state ended the Boeing tax break in April" (2020):
// the source's sentence opens on Lighthizer's office, but the date is the act of the clause after
// "that", whose subject is Washington state, as the brief's is.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: the subject of a clause after "that" acted on its date', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'tariffs.txt': [
      'EU imposes tariffs on US goods',
      '',
      "BRUSSELS, Nov 9, 2020 (Wire) - The European Union will impose tariffs on about $4 billion of goods from the United States from Tuesday. Robert Lighthizer's office has argued that Washington state ended the Boeing tax break in April, removing any basis for retaliation.",
      '',
      'U.S. Trade Representative Robert Lighthizer said the EU tariffs were unjustified.',
    ],
  });

  test('the act of the "that" clause is dated', () => {
    assert.deepStrictEqual(corpus.warnings('US officials argued retaliation was groundless because Washington state scrapped the Boeing tax break in April 2019.'), ['date-conflict April 2019 -> 2020-04']);
  });
});
