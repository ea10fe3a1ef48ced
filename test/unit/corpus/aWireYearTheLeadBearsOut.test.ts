// A yearless wire whose year its history only bounds ("BRUSSELS, May 10 - … on Wednesday" over a deal
// of Dec. 13, 2022, months before) was dated in the first year after that history as a guess, its
// "on Wednesday" and the rest read as weakly as a guess: a brief's "May 11, 2023" for the signing met
// nothing firm. Where the lead's weekday falls on the wire's day in that year, the year is borne out,
// as it is when the corpus gives it. (Thirteen wires of the probe rounds; twelve are right, and the one
// that is not, "MONTEVIDEO, Dec 6 - … on Friday" of 2024 read in 2019, fits both years.)
import * as assert from 'assert';
import { pageDate } from '../helpers/pageDate';

const WIRE = [
  'EU signs carbon border levy into law',
  '',
  'BRUSSELS, May 10 (Newswire) - European Union lawmakers and governments signed the carbon border levy into law on Wednesday, completing a process that began nearly two years earlier.',
  '',
  'Negotiators from the Parliament and the member states struck a provisional deal on Dec. 13, 2022, after talks that ran through the night.',
].join('\n');

suite('page dates: a wire year its lead bears out', () => {
  test('the lead’s weekday falls on the day in the year after the history: a dateline', () => {
    assert.deepStrictEqual(pageDate(WIRE), ['2023-05-10', 'dateline']);
  });

  test('a lead whose weekday does not fall there leaves it a guess', () => {
    assert.deepStrictEqual(pageDate(WIRE.replace('on Wednesday', 'on Tuesday')), ['2023-05-10', 'inferred']);
  });
});
