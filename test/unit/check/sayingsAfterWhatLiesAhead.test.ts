// Rounds 555 and 556 (held out when measured; their sources kept in test/fixtures/rounds).
// - "The United States will cut its tariff on cars … once the EU formally proposes removing its own
//   duties …, the two sides said in a joint statement on Thursday": the day of the statement is firm
//   (what was said may lie ahead, not the saying), so "The joint statement … was released on
//   14 August 2025" warns; and it is no day of the EU's proposal, which it tells as still to come.
// - "Importers that paid the higher rate on cars entered since Aug. 1 should be able to claim back the
//   difference" dates the cars' entry, not refunds paid out.
// Rounds 558 and 560 (held out as well):
// - "Deutsche Post … will stop accepting parcels … from Saturday, the German logistics group said on
//   Friday": the saying's words are what it said before it too, so "Deutsche Post announced on
//   August 21 that it would refuse U.S.-bound business parcels" is answered by the Friday.
// - A ministerial, a conference, a forum or a plenary is an occasion: "at the Buenos Aires meeting in
//   December 2018" is answered by "at the Buenos Aires ministerial in December 2017".
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

const round = (name: string) => roundCorpus(name).warnings;

suite('check: sayings and what they tell, goods moved on a day, occasions (rounds 555-560)', () => {
  const r555 = round('r555');
  const r556 = round('r556');

  test('a statement’s day told after what it said is firm', () => {
    assert.deepStrictEqual(r555('- The joint statement fixing the EU car concession in writing was released on 14 August 2025.'), ['date-conflict 14 August 2025']);
  });

  test('what the statement told as still to come is not dated by it', () => {
    assert.deepStrictEqual(r555('- The European Commission tabled the legislation scrapping its duties on US industrial goods on August 28, 2025.'), []);
  });

  const r558 = round('r558');
  const r560 = round('r560');

  test('a saying is dated by its own day, its words told before it', () => {
    assert.deepStrictEqual(r558('- Deutsche Post announced on August 21, 2025 that it would refuse U.S.-bound business parcels.'), ['date-conflict August 21, 2025']);
  });

  test('a ministerial is an occasion', () => {
    assert.deepStrictEqual(r560('Ministers had already let a fish-subsidy deadline slip at the Buenos Aires meeting in December 2018.'), ['date-conflict December 2018']);
  });

  test('refunds are not dated by the day the refunded goods entered', () => {
    assert.deepStrictEqual(r556('US customs began paying out refunds of the excess car duties to importers in October 2025.'), []);
  });
});

// Round 552: "retaliatory duties on … bourbon whiskey, jeans and motorcycles, which took effect on
// June 22": a relative clause that tells only when the thing before it started is that thing's date.
suite('check: a relative clause of a start (round 552)', () => {
  const r552 = round('r552');

  test('the duties’ start is dated by "which took effect on June 22"', () => {
    assert.deepStrictEqual(r552('The EU\'s rebalancing tariffs on US goods such as bourbon and motorcycles entered into force on June 1, 2018.'), ['date-conflict June 1, 2018']);
  });
});

// Rounds 563 and 567 (held out when measured):
// - "The three North American governments announced the end of the metal tariffs … jointly on May 17,
//   2018" is a claim of a telling: the day of "the three governments said in a joint statement on
//   Friday" (May 17, 2019) answers it, though what they said lay ahead.
// - "Trade Minister Yoji Muto calling the move extremely regrettable" is a reaction as "said … regrettable"
//   is, so "Muto publicly denounced the levy as deeply regrettable on April 4" warns.
suite('check: claims of a telling, and reactions told by "calling" (rounds 563, 567)', () => {
  const r563 = round('r563');
  const r567 = round('r567');

  test('a joint announcement is dated by the joint statement', () => {
    assert.deepStrictEqual(r567('The three North American governments announced the end of the metal tariffs and the counter-tariffs jointly on May 17, 2018.'), ['date-conflict May 17, 2018']);
  });

  test('a reaction "calling" the move regrettable answers a denunciation', () => {
    assert.deepStrictEqual(r563('- Tokyo\'s trade minister Yoji Muto publicly denounced the levy as deeply regrettable on April 4, 2025.'), ['date-conflict April 4, 2025']);
  });
});
