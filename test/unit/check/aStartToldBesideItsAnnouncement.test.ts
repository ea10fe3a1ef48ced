// Rounds 1302 and 1308 (held out, measured first). Round 1302. "The 10% US baseline duty on Colombian coffee and flowers took
// effect on 2 April 2025" was borne out by "Colombian green coffee had paid a 10% duty … since 5 April
// 2025, when the baseline tariff announced three days earlier took effect": the announcement's day
// (three days before 5 April) agreed with the brief, though the sentence dates the start on 5 April.
// A "when" that tells the start dates the state's first day, however far back it is told, and a
// match's own sentence that gives the claim's moment on another day answers it, however it scores.
// Round 1306: "announced … on 2 April 2025 and in force since 5 April 2025" was read as a count of
// events since the day ("2025 and … since", like "five rounds since"), so not as a firm start.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a start told beside its announcement', () => {
  const r1302 = roundCorpus('../probe-rounds/r1302');
  const r1306 = roundCorpus('../probe-rounds/r1306');

  test('the start of the "when" clause answers a start on the announcement’s day', () => {
    assert.deepStrictEqual(r1302.suggested('- The 10% US baseline duty on Colombian coffee and flowers took effect on 2 April 2025.'), ['date-conflict 2 April 2025 -> 2025-04-05']);
  });

  test('the announcement’s day still bears out the announcement', () => {
    assert.deepStrictEqual(r1302.warnings('- Washington announced the 10% baseline duty on 2 April 2025.'), []);
  });

  test('a year before "and … since" is no count of events', () => {
    assert.deepStrictEqual(r1306.suggested('- The 10% duty took effect on 2 April 2025, ending duty-free entry for Peruvian blueberries under the TPA.'), ['date-conflict 2 April 2025 -> 2025-04-05']);
  });

  // Round 1308: "On 8 September 2025, Ishiba announced he would step down, taking responsibility for the
  // upper house defeat" was best matched by the July of the source's participle clause (another
  // event), and the sentence's own Sept. 7 scored too low to answer in its place.
  const r1308 = roundCorpus('../probe-rounds/r1308');
  test('when the best match tells another event, its own sentence’s date of the claim’s event answers', () => {
    assert.deepStrictEqual(r1308.suggested('- On 8 September 2025, Ishiba announced he would step down, taking responsibility for the upper house defeat.'), ['date-conflict 8 September 2025 -> 2025-09-07']);
  });

  // Round 1310: "have paid a 10 percent baseline duty in place since April 5" was read as a count of
  // events since the day ("10 percent … since", like "five rounds since").
  const r1310 = roundCorpus('../probe-rounds/r1310');
  test('a rate before "… since" is no count of events', () => {
    assert.deepStrictEqual(r1310.suggested('- The 10% baseline duty has applied to Bangladeshi shipments since 2 April 2025.'), ['date-conflict 2 April 2025 -> 2025-04-05']);
  });
});
