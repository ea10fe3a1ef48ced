// Round 714. "WARSAW, Nov 6 - … The protest has been registered with local authorities until Jan. 3"
// put Jan. 3 in 2023, ten months back: the "-ed" of a present passive was read as a past verb, as in
// "Talks ran until Wednesday". A state that holds now ("is registered", "has been registered") runs
// on to the day after "until", which is ahead.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const valueOf = (text: string) => extractDates(text, { referenceDate: '2023-11-06' }).find((m) => m.text === 'Jan. 3')?.value;

suite('dates: a state that holds until a day', () => {
  test('a present passive runs on to the day ahead', () => {
    assert.strictEqual(valueOf('The protest has been registered with local authorities until Jan. 3, the organisers said.'), '2024-01-03');
    assert.strictEqual(valueOf('The protest is registered until Jan. 3.'), '2024-01-03');
  });

  // Round 1691 (held out, measured first; a false warning): "The commune of Dorohusk has authorised the
  // protest until January 3" put January 3 in 2023. A time granted up to a day runs on to it.
  test('a time granted up to the day runs on to it', () => {
    assert.strictEqual(valueOf('The commune has authorised the protest until Jan. 3, the organiser said.'), '2024-01-03');
    assert.strictEqual(valueOf('The town permitted the blockade until Jan. 3.'), '2024-01-03');
  });

  test('a past verb still ends before the page', () => {
    assert.strictEqual(valueOf('The ban was in place until Jan. 3.'), '2023-01-03');
    assert.strictEqual(valueOf('Talks ran until Jan. 3.'), '2023-01-03');
  });

  // Round 1287: "the steel safeguard, which … cannot be kept in place beyond June 30, 2026" was read
  // as past (the sentence's "first imposed in 2018"), and a yearless wire was put after it, in 2027.
  test('"beyond" a day is a limit ahead, unless the clause ran past it', () => {
    assert.strictEqual(valueOf('The safeguard, first imposed in 2018, cannot be kept in place beyond Jan. 3.'), '2024-01-03');
    assert.strictEqual(valueOf('Talks dragged on beyond Jan. 3.'), '2023-01-03');
  });
});
