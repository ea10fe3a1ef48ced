// A timeline entry ("- **Nov. 1** — A duty on trucks begins.") is dated by the date at its head, and
// its first verb tells which moment that date is: a start, an end, or an act such as a signing.
import * as assert from 'assert';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: timeline entries and their moments', () => {
  const corpus = tempCorpus({
    'timeline.md': [
      '# Tariff timeline',
      '*Compiled 3 December 2025*',
      '- **Sept. 12** — Premier Dana Holt says Norway will drop most of its counter-duties from Oct. 1.',
      '- **June 4** — The levy on steel wire is doubled to 24%.',
      '- **Nov. 1** — A 25% duty on fishing trawlers and 10% on ferries begins.',
      '- **Oct. 30** — Duty-free treatment of small parcels ends for every country.',
      '- **May 6** — Norway exempts goods that meet the accord’s origin rules; the exemption applies from May 7.',
    ],
    'column.txt': ['The exemption for goods that meet the accord’s origin rules, granted on May 6, was welcome relief.'],
    'monitor.txt': ['Trade Monitor | October 2025 | Page 4', 'Oslo announced on 11 September that it would lift most of its counter-duties on Icelandic goods as of 1 October 2025.'],
    'ports.txt': PORT_NEWS,
  });

  test('the head date dates the entry, not the later date it mentions', () => {
    assert.deepStrictEqual(corpus.warnings('- **12 September** — Premier Holt announces the end of most counter-duties.'), []);
  });

  test('where two sources disagree on a day, a brief that follows either is not warned', () => {
    assert.deepStrictEqual(corpus.warnings('- Oslo had already scrapped most counter-duties from Oct. 1, a step Holt announced on Sept. 12, 2025.'), []);
  });

  test('a table’s column says which moment its dates are', () => {
    // The "In force" cell is wrong; the "Announced" one is not for a start to contradict.
    const table = ['| Measure | Announced | In force |', '|---|---|---|', '| Levy on steel wire doubled to 24% | 3 Jun 2025 | 11 Jun 2025 |'].join('\n');
    assert.deepStrictEqual(corpus.warnings(table).filter((w) => w.includes('3 Jun')), []);
  });

  test('an announcement or order is not contradicted by the start or end of what it set', () => {
    assert.deepStrictEqual(corpus.warnings('The 25% duty on fishing trawlers was announced on Oct. 17, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The end of duty-free treatment of small parcels was ordered on July 30, 2025.'), []);
  });

  test('a start is answered by the start, not the grant beside it', () => {
    assert.deepStrictEqual(corpus.warnings('The origin-rules exemption applied from May 7, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The origin-rules exemption took effect on 7 May 2025.'), []);
  });

  test('an entry’s own moment still contradicts a wrong date of that moment', () => {
    assert.deepStrictEqual(corpus.warnings('The 25% duty on fishing trawlers began on November 3, 2025.'), ['date-conflict November 3, 2025 -> 2025-11-01']);
  });
});

suite('check: a saved page’s timeline', () => {
  const corpus = tempCorpus({
    'timeline.html': [
      '<p class="updated">Updated Nov. 12, 2025 9:40 a.m. ET</p>',
      '<ul>',
      "<li><b>Feb. 1</b> — President Donald Trump signs an order placing a 10% levy on all Ruritanian imports, citing a failure to curb precursor exports. The duty applies from Feb. 4.</li>",
      '<li><b>April 11</b> — Ruritania lifts its tariff on US goods to 125%, saying it will ignore further US increases. The rate applies from April 12.</li>',
      '</ul>',
    ],
    'ports.txt': PORT_NEWS,
  });

  test('an entry between tags is an entry: its yearless head is history, not next year', () => {
    assert.deepStrictEqual(corpus.warnings('The precursor levy order was signed by Trump on 1 February 2025.'), []);
  });

  test('what an entry reports as ahead ("saying it will …") does not move its head date', () => {
    assert.deepStrictEqual(corpus.warnings('Ruritania lifted its tariff on US goods to 125% on April 11, 2025.'), []);
  });
});
