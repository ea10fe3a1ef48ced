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
      '- **Nov. 1** — A 25% duty on fishing trawlers and 10% on ferries begins.',
      '- **Oct. 30** — Duty-free treatment of small parcels ends for every country.',
      '- **May 6** — Norway exempts goods that meet the accord’s origin rules; the exemption applies from May 7.',
    ],
    'column.txt': ['The exemption for goods that meet the accord’s origin rules, granted on May 6, was welcome relief.'],
    'ports.txt': PORT_NEWS,
  });

  test('the head date dates the entry, not the later date it mentions', () => {
    assert.deepStrictEqual(corpus.warnings('- **12 September** — Premier Holt announces the end of most counter-duties.'), []);
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
