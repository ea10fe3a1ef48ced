// Round 420: a wire of 1 August 2025 wrote "Most goods will move from the 10% baseline, in place
// since April 5, to 15%", and "April 5" was read as the coming one (2026) because the sentence
// looks ahead. A state in place since a day began before the text, whatever comes next.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2025-08-01' }).map((m) => `${m.text}=${m.value}`);

suite('dates: "since" looks back', () => {
  test('"will move from the baseline, in place since April 5" is the April before', () => {
    assert.deepStrictEqual(values('Most goods will move from the 10% baseline, in place since April 5, to 15%.'), ['April 5=2025-04-05']);
  });

  test('"have been paying since March" is the March before', () => {
    assert.deepStrictEqual(values('Exporters will keep paying the duty they have paid since March.'), ['March=2025-03']);
  });

  test('a start ahead is still ahead: "will apply from April 5"', () => {
    assert.deepStrictEqual(values('The new rate will apply from April 5.'), ['April 5=2026-04-05']);
  });
});
