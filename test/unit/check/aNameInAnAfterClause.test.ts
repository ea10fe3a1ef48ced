// Round 527. "The agreement took legal effect on Wednesday, 31 May 2023" was flagged against "The
// agreements took effect weeks after the UK concluded negotiations to join the Comprehensive and
// Progressive Agreement for Trans-Pacific Partnership on 31 March": the date is the "after" clause's,
// and that clause was taken to speak of an agreement because the title of the pact it names has the
// word. A title's words are no act of the clause; a person's name still is ("who replaced Jacob Zuma").
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: the words of a title in a clause of its own', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'in-force.txt': [
      'UK trade deals with Australia and New Zealand take effect',
      '',
      'Published: 2023-05-31 06:05',
      '',
      'The agreements took effect weeks after the UK concluded negotiations to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership on 31 March.',
    ],
    'summit.txt': [
      'South Africa signs the pact',
      '',
      'NOUAKCHOTT, July 1, 2018 (Wire) - Ramaphosa, who replaced Jacob Zuma as president in February, signed the free trade pact on Sunday.',
    ],
  });

  test('an agreement taking effect is not dated by the talks on another pact a clause names', () => {
    assert.deepStrictEqual(corpus.warnings('The agreement took legal effect on Wednesday, 31 May 2023.'), []);
  });

  test('who a clause says was replaced still makes it the clause of that act', () => {
    assert.deepStrictEqual(corpus.warnings('Ramaphosa, who had taken over from Zuma in January 2018, signed the pact in Nouakchott.'), ['date-conflict January 2018 -> 2018-02']);
  });
});
