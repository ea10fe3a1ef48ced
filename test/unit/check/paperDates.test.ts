// A date that dates a paper ("a letter dated July 12", "our memo of 3 June") belongs to the paper,
// not to the act the sentence tells of: it was contradicting briefs about the deal the letter threatened.
import * as assert from 'assert';
import { paperDated } from '../../../src/core/check/sameOccurrence';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: dates of papers', () => {
  const corpus = tempCorpus({
    'framework.txt': [
      'Ottawa and Canberra publish minerals text',
      'OTTAWA, Sept 14 (Wire) - Canada and Australia on Sunday published the text of the minerals framework that Prime Minister Mark Carney and Prime Minister Anthony Albanese agreed last week in Ottawa.',
      'The handshake framework of Friday, September 12, becomes a list of written commitments.',
      'Carney had warned, in a letter to Anthony Albanese dated August 20, that he would impose a 20% duty on Australian beef if no deal was reached.',
    ],
    'ports.txt': PORT_NEWS,
  });

  test('a letter’s date does not contradict the deal it spoke of', () => {
    assert.deepStrictEqual(corpus.warnings('On September 12, 2025, Anthony Albanese and Mark Carney agreed a minerals framework.'), []);
  });

  test('a brief that names the letter is checked against its date', () => {
    assert.deepStrictEqual(corpus.warnings('Carney warned Albanese in a letter dated August 22, 2025 that he would impose a 20% duty on Australian beef.'), ['date-conflict August 22, 2025 -> 2025-08-20']);
  });

  test('the brief’s own memo is dated by no source', () => {
    assert.deepStrictEqual(corpus.warnings('Our memo of 24 August 2025 discussed the 20% duty Carney threatened on Australian beef.'), []);
  });

  test('which dates date a paper', () => {
    const at = (text: string, date: string) => paperDated(text, text.indexOf(date), text.indexOf(date) + date.length);
    assert.strictEqual(at('in a letter to the premier dated July 12, he warned', 'July 12'), 'letter');
    assert.strictEqual(at('under the executive order of July 31, rates rose', 'July 31'), 'order');
    assert.strictEqual(at('its July 12 statement said', 'July 12'), 'statement');
    assert.strictEqual(at('said in a statement on July 12 that', 'July 12'), undefined);
    assert.strictEqual(at('on July 12 letters were sent', 'July 12'), undefined);
  });
});
