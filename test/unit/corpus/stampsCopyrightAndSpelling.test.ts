// A yearless "Updated Nov 3" stamp dates its page in the year its full dates tell; a page that
// claims "© 2025" is not of 1987, the year of a speech it quotes; an ambiguous "01/10/2025" is read
// day first on a page spelled the Commonwealth way.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';
import { extractDates } from '../../../src/core/dates/extract';

function dated(text: string): { date: string | null; source: string } {
  const doc = parseArticle('/corpus', '/corpus/a.md', Buffer.from(text, 'utf8')).doc!;
  return { date: doc.date, source: doc.dateSource };
}

suite('corpus: page dates from stamps, copyright lines and spelling', () => {
  test('"Updated Nov 3" under a timeline of 2025 dates the page 3 November 2025', () => {
    const text = ['# FACTBOX: key dates in the 2025 dispute', '', '*Graphics desk · Updated Nov 3 · Sources: agencies*', '', '| Date | Event |', '|---|---|', '| 2025-03-04 | Tariffs take effect |', '| 13 March 2025 | Counter-tariffs follow |', '| Aug. 1 | The rate rises to 35% |'].join('\n');
    assert.deepStrictEqual(dated(text), { date: '2025-11-03', source: 'inferred' });
  });

  test('a page claiming "© 2025" is not dated by the 1987 speech it quotes', () => {
    const text = ['Talks called off over an advert', '', 'The advert is built from a radio address the former president delivered on April 25, 1987.', 'On Thursday night the talks were called off.', '', '© 2025 Lakeshore Daily Media Inc.'].join('\n');
    assert.deepStrictEqual(dated(text), { date: null, source: 'unknown' });
  });

  test('"Updated: 01/10/2025" on a page that writes "programme" and "per cent" is 1 October', () => {
    const text = ['Exporters count the cost', '', 'Updated: 01/10/2025 14:05', '', 'The trade programme expired at midnight, and a 30 per cent tariff still applies.'].join('\n');
    assert.strictEqual(dated(text).date, '2025-10-01');
  });

  test('the same stamp on a page that writes "program" and "percent" is 10 January', () => {
    const text = ['Exporters count the cost', '', 'Updated: 01/10/2025 14:05', '', 'The trade program expired at midnight, and a 30 percent tariff still applies.'].join('\n');
    assert.strictEqual(dated(text).date, '2025-01-10');
  });

  test('a numeric date that can only be month first outweighs spelling', () => {
    const found = extractDates('The programme began on 6/29/2025 and the per cent rate on 4/9/2025.', { referenceDate: null }).map((m) => m.value);
    assert.deepStrictEqual(found, ['2025-06-29', '2025-04-09']);
  });
});

suite('dates: a page labelled in another language, and a day set ahead', () => {
  test('"Actualizado: 06/03/2025" is 6 March', () => {
    const text = ['Aranceles: exención para bienes del T-MEC', '', 'Actualizado: 06/03/2025 18:40', '', 'Goods that meet the rules of origin will be spared from Friday.'].join('\n');
    assert.strictEqual(dated(text).date, '2025-03-06');
  });

  test('"the event she had called for Sunday" is the Sunday ahead', () => {
    const found = extractDates('Sheinbaum said the public event she had called for Sunday would go ahead as a celebration.', { referenceDate: '2025-03-06' }).map((m) => `${m.text}=${m.value}`);
    assert.deepStrictEqual(found, ['Sunday=2025-03-09']);
  });

  test('a Sunday told in the past is still the one before', () => {
    const found = extractDates('She spoke to the crowd on Sunday.', { referenceDate: '2025-03-06' }).map((m) => `${m.text}=${m.value}`);
    assert.deepStrictEqual(found, ['Sunday=2025-03-02']);
  });
});
