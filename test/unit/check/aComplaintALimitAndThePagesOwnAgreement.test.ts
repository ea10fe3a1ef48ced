// Rounds 1410, 1411 and 1414 (held out, measured first).
// (A false warning) "Zambia raised concerns about truck queues at Kasumbalesa with Kinshasa on 3
// October" was warned against the first convoy that "crossed the Kasumbalesa border post into Zambia
// on 27 October": raising concerns is a saying, which a crossing does not date. "MAPA gave exporters
// until 15 September to register …" was left alone against "register all shipments … in the system
// by 15 August": a limit answers an end. "The US–Uzbekistan agreement entered into force on 8 July
// 2025" was left alone against "the Agreement will enter into force on 1 October 2025" on a page whose
// headline names Uzbekistan: "the Agreement", capitalised and unnamed, is the page's own.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a complaint, a limit and the page’s own agreement', () => {
  const r1410 = roundCorpus('../probe-rounds/r1410');
  const r1411 = roundCorpus('../probe-rounds/r1411');
  const r1414 = roundCorpus('../probe-rounds/r1414');

  test('"raised concerns … on 3 October" is not dated by a convoy’s crossing', () => {
    assert.deepStrictEqual(r1411.warnings('- Zambia raised concerns about truck queues at Kasumbalesa with Kinshasa on 3 October.'), []);
  });

  test('"until 15 September" is answered by "by 15 August"', () => {
    assert.deepStrictEqual(r1410.suggested('- MAPA gave exporters until 15 September to register US-bound juice shipments in its monitoring system.'), ['date-conflict 15 September -> 2025-08-15']);
  });

  test('"the Agreement will enter into force on 1 October 2025" is the agreement its page’s headline names', () => {
    assert.deepStrictEqual(r1414.suggested('- The US–Uzbekistan agreement entered into force on 8 July 2025, giving the Joint Committee its mandate.'), ['date-conflict 8 July 2025 -> 2025-10-01']);
  });

  test('an agreement entering into force months away, on a page whose headline names another country, stays unanswered', () => {
    assert.deepStrictEqual(r1414.warnings('- The US–Kazakhstan agreement entered into force on 8 July 2025.'), []);
  });
});
