// Round 362: "Nayara Energy … was hit by EU sanctions on 18 June 2025" was not held to "When the EU
// adopted its 18th package on July 18, … it sanctioned Nayara Energy": "hit" was not read as a
// passive verb, so the EU was not known as who acted. Round 363: "Emperor Naruhito received Trump"
// was not held to "Trump … was received that afternoon by Emperor Naruhito": the source's own
// passive, with words between the verb and its "by", names who acted too.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: who acted, after "by"', () => {
  const corpus = tempCorpus({
    'nayara.txt': ['EU lists Indian refiner', 'BRUSSELS, July 21, 2025 -', 'When the EU adopted its 18th sanctions package on July 18, it also listed Nayara Energy, the Indian refiner part-owned by Rosneft.'],
    'tokyo.txt': ['Trump in Tokyo', 'TOKYO, October 28, 2025 -', 'President Donald Trump flew into Tokyo on Monday from Kuala Lumpur and was greeted that evening by Emperor Naruhito at the Imperial Palace.'],
    ...RATE_NEWS,
  });

  test('"was hit by EU sanctions" is the EU acting', () => {
    assert.deepStrictEqual(corpus.warnings('- Nayara Energy was hit by EU sanctions on 18 June 2025.'), ['date-conflict 18 June 2025 -> 2025-07-18']);
  });

  test('sanctions by another government are not the EU’s', () => {
    assert.deepStrictEqual(corpus.warnings('- Nayara Energy was hit by US sanctions on 18 June 2025.'), []);
  });

  test('"was greeted that evening by Emperor Naruhito" tells the emperor’s act', () => {
    assert.deepStrictEqual(corpus.warnings('- Emperor Naruhito greeted Trump at the Imperial Palace on 28 October 2025.'), ['date-conflict 28 October 2025 -> 2025-10-27']);
  });
});
