// Found in our own set (asia-deals-chips) while fixing rounds 1217-1222. "Shares of Japanese
// carmakers rose in Tokyo trading on Friday", in a story filed "September 4, 2025 at 7:41 PM EDT" (a
// Thursday), was read as the Friday before; Tokyo's Friday had already begun when the story was
// filed. A day named of an Asian market in a story filed in the American evening is a guess.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('events: Asia after an American evening', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'evening.txt': ['Trump signs order on Japan deal', '', 'September 4, 2025 at 7:41 PM EDT', '', 'President Trump signed an order on Thursday to carry out the trade deal with Japan.', '', 'Shares of Japanese carmakers rose in Tokyo trading on Friday, with Toyota up as much as 2.6%.'],
    'morning.txt': ['Trump signs order on Japan deal', '', 'September 4, 2025 at 9:10 AM EDT', '', 'Shares of Japanese carmakers rose in Tokyo trading on Friday, with Toyota up as much as 1.1%.'],
  });
  const factIn = (file: string) => corpus.engine().snapshot().facts.find((f) => f.file.endsWith(file) && f.date.text === 'Friday');

  test('the Tokyo Friday of a story filed in the American evening is a guess', () => {
    assert.strictEqual(factIn('evening.txt')?.reliability, 'weak');
  });

  test('one filed in the morning is not', () => {
    const fact = factIn('morning.txt');
    assert.ok(fact, 'the morning story has a Friday');
    assert.notStrictEqual(fact.reliability, 'weak');
  });
});
