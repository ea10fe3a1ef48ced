// Round 316: "Canada's EV surtax has applied since 1 October 2024" (right) was held to "A 25 per
// cent surtax on certain steel and aluminum products from China has applied since October 22,
// 2024": "EV" named no goods, so the steel surtax passed for the same measure. EVs are vehicles.
// (This small corpus does not reproduce the round's scores: the tests guard both sides of the rule.)
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const RELEASE = ['Finance Canada', '', 'August 20, 2025', '', 'The 100 per cent surtax on Chinese-made electric vehicles was announced on August 26, 2024, and came into force on October 1, 2024. A 25 per cent surtax on certain steel and aluminum products from China has applied since October 22, 2024.'];

suite('check: EVs are vehicles', () => {
  const corpus = tempCorpus({ 'release.md': RELEASE, ...RATE_NEWS });

  test('the EV surtax is not dated by the steel surtax', () => {
    assert.deepStrictEqual(corpus.warnings("- Canada's EV surtax has applied since 1 October 2024."), []);
  });

  test('the steel surtax is still checked', () => {
    assert.deepStrictEqual(corpus.warnings("- Canada's steel and aluminum surtax has applied since 1 October 2024."), ['date-conflict 1 October 2024 -> 2024-10-22']);
  });
});
