// Rounds 1148-1153 (held out, measured first). "It extended the first sweeping US controls on
// advanced chips for China, imposed on 7 October 2023" dates the imposing, which the sources put in
// 2022: the extension in the main clause does not make it another event. "The Commerce Department
// formally opened the probe on 10 March 2024" was left to "a written submission … during the public
// comment period in the spring" (2025): a season gives way to a day of it that can be compared, and
// a case initiated is a case opened. "Lima ratified the protocol by supreme decree published in El
// Peruano on 4 April 2024" names the gazette the source names ("published in the official gazette
// El Peruano on 4 April 2025"): the brief tells that publication.
import * as assert from 'assert';
import { contentTerms } from '../../../src/core/text/terms';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: participles, seasons and gazettes', () => {
  const chips = roundCorpus('../probe-rounds/r1149');
  const lumber = roundCorpus('../probe-rounds/r1153');
  const peru = roundCorpus('../probe-rounds/r1148');

  test('a participle after a comma dates its own act, not the extension before it', () => {
    assert.deepStrictEqual(chips.warnings('- It extended the first sweeping US controls on advanced chips for China, imposed on 7 October 2023.'), ['date-conflict 7 October 2023']);
    assert.deepStrictEqual(chips.warnings('- It extended the first sweeping US controls on advanced chips for China, imposed on 7 October 2022.'), []);
  });

  test('a season gives way to a day of it, and initiated is opened', () => {
    assert.deepStrictEqual(contentTerms('initiated initiation'), contentTerms('opened opened'));
    assert.deepStrictEqual(lumber.warnings('- The Commerce Department formally opened the probe on 10 March 2024 and invited public comment.'), ['date-conflict 10 March 2024']);
    assert.deepStrictEqual(lumber.warnings('- The Commerce Department formally opened the probe on 10 March 2025 and invited public comment.'), []);
  });

  test('a gazette the brief names tells its publication', () => {
    assert.deepStrictEqual(peru.warnings('- Lima ratified the protocol by supreme decree published in El Peruano on 4 April 2024.'), ['date-conflict 4 April 2024']);
  });
});
