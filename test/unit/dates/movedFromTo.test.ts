// Round 369: "The deadline for the first annual declaration moves from May 31 to Sept. 30, 2027" was
// read as one span, May 31 to Sept. 30, 2027, which then dated the wire it stood in. A move's "from
// … to …" names the day left and the new day; a span's "from … to …" stays one span. And a day a
// thing is put off to ("is postponed to Feb. 1, 2027") lies ahead of the page that tells it.
import * as assert from 'assert';
import { inferDocumentDate } from '../../../src/core/dates/documentDate';
import { extractDates } from '../../../src/core/dates/extract';

const found = (text: string) => extractDates(text, { referenceDate: '2025-09-29' }).map((m) => `${m.text}=${m.value}`);
const inferred = (text: string) => inferDocumentDate(extractDates(text, { referenceDate: null }), text)?.date;

suite('dates: a move from one day to another', () => {
  test('"moves from May 31 to Sept. 30, 2027" is two days', () => {
    assert.deepStrictEqual(found('The deadline for the first declaration moves from May 31 to Sept. 30, 2027.'), ['May 31=2025-05-31', 'Sept. 30, 2027=2027-09-30']);
  });

  test('"postponed the vote from 3 October to 10 October 2025" is two days', () => {
    assert.deepStrictEqual(found('Parliament postponed the vote from 3 October to 10 October 2025.'), ['3 October=2025-10-03', '10 October 2025=2025-10-10']);
  });

  test('"talks run from Oct. 3 to Oct. 10, 2025" is still one span', () => {
    assert.deepStrictEqual(found('Talks run from Oct. 3 to Oct. 10, 2025.'), ['Oct. 3 to Oct. 10, 2025=2025-10-03']);
  });

  test('a day put off to is ahead of the page', () => {
    assert.strictEqual(inferred('Lawmakers backed the text on June 18, 2025. The first declaration was moved to Sept. 30, 2027.'), '2025-06-18');
    assert.strictEqual(inferred('Lawmakers backed the text on June 18, 2025. The deadline for the first declaration moves from May 31 to Sept. 30, 2027.'), '2025-06-18');
  });

  test('a day brought forward to is ahead of the page (round 649)', () => {
    assert.strictEqual(inferred('The EU filed its request on 22 November 2019. Indonesia decided in late August to bring forward a full ban on ore shipments by two years, to January 1, 2020.'), '2019-11-22');
  });

  test('a day reached in the past is still one the page reports', () => {
    const text = 'Lawmakers backed the text on June 18, 2025. The certificates went on sale on Feb. 1, 2026.';
    assert.strictEqual(inferred(text), '2026-02-01');
  });
});

// Round 369: an undated feature on a rule changed in 2025 said the sale of certificates was
// "originally due to begin in January 2026", and importers owe the levy "from the start of 2026";
// either was taken for the year the page names as its own, and its yearless days put in 2026.
suite('dates: a year a plan was set in is not the page’s', () => {
  const told = 'Leaders met in Budapest on Nov. 8, 2024. On Feb. 26 the Commission proposed the changes, and on Oct. 20 they took effect.';

  test('"originally due to begin in January 2026" names a plan’s year', () => {
    assert.ok(!inferred(`${told} The sale of certificates, originally due to begin in January 2026, was put back.`)?.startsWith('2026'));
  });

  test('"from the start of 2026" names a start’s year', () => {
    assert.ok(!inferred(`${told} Importers owe the levy from the start of 2026.`)?.startsWith('2026'));
  });

  test('a year named as the page’s own still dates its yearless days', () => {
    assert.strictEqual(inferred('Leaders met in Budapest on Nov. 8, 2022. The sequence of 2025 actions began on Feb. 26, and on Oct. 20 the rules took effect.'), '2025-10-20');
  });
});
