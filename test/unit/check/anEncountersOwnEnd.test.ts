// Round 734 (held out, measured first): "The fifth round closed in New Delhi on 22 July 2022" was not
// held to "By the time the fifth round ended on 29 July 2022, negotiators had exchanged draft text":
// "closed in New Delhi on" is an end (a place between the verb and its date, as "started in … on"
// is a start), and a round's own end answers a brief about that end, though a meeting's day does
// not date the start or end of what it agreed.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: the end of a round of talks, told with where it closed', () => {
  const corpus = tempCorpus({
    ...RATE_NEWS,
    'road.txt': ['The long road to a pact', '', 'By the time the fifth round ended on 29 July 2022, negotiators had exchanged draft text on nearly every chapter.'],
    'busan.txt': ['Leaders meet', '', 'BUSAN, Oct 31, 2025 (Wire) - The tariff cut was agreed at the leaders’ meeting in Busan on October 30, officials said.'],
  });

  test('a round’s end answers a brief about that end', () => {
    assert.deepStrictEqual(corpus.warnings('- The fifth round closed in New Delhi on 22 July 2022, with draft text exchanged on almost every chapter.'), ['date-conflict 22 July 2022 -> 2022-07-29']);
  });

  test('the right day stays silent', () => {
    assert.deepStrictEqual(corpus.warnings('- The fifth round closed in New Delhi on 29 July 2022, with draft text exchanged on almost every chapter.'), []);
  });

  test('a meeting’s day still dates no start of what it agreed', () => {
    assert.deepStrictEqual(corpus.warnings('- The tariff cut agreed in Busan took effect on 10 November 2025.'), []);
  });
});
