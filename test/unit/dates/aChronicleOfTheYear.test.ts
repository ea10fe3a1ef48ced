// Round 828 (held out, measured first). An undated feature opens on "April 4, 2025" and then tells,
// in order, "May 10 and 11", "May 12", "June 9 and 10" and "October 9", all in the past. Only days
// within three months of the full date used to date the page, so it was dated April 4 and "June 9"
// read back as 2024. Days told later and later after the full date are a chronicle of its year.
import * as assert from 'assert';
import { inferDocumentDate } from '../../../src/core/dates/documentDate';
import { extractDates } from '../../../src/core/dates/extract';

const inferred = (text: string) => inferDocumentDate(extractDates(text, { referenceDate: null }), text)?.date;

suite('dates: a chronicle of the year of a page’s full date', () => {
  const chronicle = [
    'Beijing put seven rare earths under licensing on April 4, 2025.',
    '',
    'The joint statement issued on May 12 paused most tariffs. Negotiators met in London on June 9.',
    '',
    'On October 9, Beijing announced a broader package.',
  ];

  test('days told in order after the full date, far into its year, date the page', () => {
    assert.strictEqual(inferred(chronicle.join('\n')), '2025-10-09');
  });

  test('and a yearless day of the chronicle reads in that year', () => {
    const text = chronicle.join('\n');
    const ref = inferred(text)!;
    const june = extractDates(text, { referenceDate: ref }).find((m) => m.text === 'June 9');
    assert.strictEqual(june?.value, '2025-06-09');
  });

  // (Round 839: a day told out of turn, a few days back.)
  test('a step back of a few days leaves it a chronicle', () => {
    const text = [
      'On 12 March 2025, US tariffs on steel took effect.',
      '',
      'Negotiators met on 23 May. The deal announced on 1 June had been struck on 25 May.',
      '',
      'The framework was fleshed out in a joint statement published on 21 August.',
    ].join('\n');
    assert.strictEqual(inferred(text), '2025-08-21');
  });

  test('days told out of order are no chronicle', () => {
    const text = ['Beijing put seven rare earths under licensing on April 4, 2025.', '', 'On October 9, Beijing announced a broader package.', '', 'Negotiators had met in London on June 9.'].join('\n');
    assert.strictEqual(inferred(text), '2025-04-04');
  });

  // (Round 930: "On 7 April 2025, the association warned … By then Hun Manet had already written to
  // Trump on April 4", then "July 7", "August 1", "August 7" and "October 26", all past; and a plan for
  // "January 2026", which is no later year of history.)
  test('a step back of days from the full date itself, and a later year only planned, leave it a chronicle', () => {
    const text = [
      'Factories braced for the 49% duty. On 7 April 2025, the garment association warned of closures. By then the prime minister had already written to Trump on April 4.',
      '',
      "Trump's letter of July 7 set a 36% rate. The 19% rate was announced on August 1 and took effect on August 7.",
      '',
      'The agreement signed on October 26 keeps the rate. Exporters expect Phnom Penh to start cutting its duties from January 2026.',
    ].join('\n');
    assert.strictEqual(inferred(text), '2025-10-26');
  });
});
