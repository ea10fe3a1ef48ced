// Rounds 1172 and 1174 (held out, measured first). "Mexico's economy ministry responded on 21
// October" is answered by "Mexico's economy ministry said on Oct. 20 that …": the body the brief
// names as the one that reacted is the one the source says spoke. "Commerce opened its Section 232
// investigation … on 22 May 2025" was left to a hedged "investigation … launched in April" that scored
// a hair higher than "Commerce opened a Section 232 investigation into trucks and truck parts on April
// 22": a firm day inside a hedged month answers in its place. And "The second round of talks opened
// in Washington on 10 July" is answered by "held in Washington July 9-11", whatever else its
// sentence says officials said: a span opens on its first day.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: responses, hedged months and opening days', () => {
  const trucks = roundCorpus('../probe-rounds/r1174');
  const dhaka = roundCorpus('../probe-rounds/r1172');

  test('the body that reacted is the one that spoke', () => {
    assert.deepStrictEqual(trucks.warnings("- Mexico's economy ministry responded on 21 October, arguing that over half the value of a Mexican-built tractor is US content."), ['date-conflict 21 October']);
  });

  test('a firm day inside a hedged month answers in its place', () => {
    assert.deepStrictEqual(trucks.warnings('- Commerce opened its Section 232 investigation into truck and truck-part imports on 22 May 2025.'), ['date-conflict 22 May 2025']);
    assert.deepStrictEqual(trucks.warnings('- Commerce opened its Section 232 investigation into truck and truck-part imports on 22 April 2025.'), []);
  });

  test('an occasion held over days opened on the first', () => {
    assert.deepStrictEqual(dhaka.warnings('- The second round of talks opened in Washington on 10 July and closed without a deal.'), ['date-conflict 10 July']);
    assert.deepStrictEqual(dhaka.warnings('- The second round of talks opened in Washington on 9 July and closed without a deal.'), []);
  });
});
