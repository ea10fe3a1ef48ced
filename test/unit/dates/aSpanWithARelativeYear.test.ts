// Round 655 (held out, measured first). "India held its general election in seven phases between
// April 19 and June 1 last year", in a wire of July 2025, was read as April 19 to June 1, 2025, and
// "last year" as a year of its own: a span takes the year named after it, as a single day does
// ("June 1 last year").
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const found = (text: string) => extractDates(text, { referenceDate: '2025-07-23' }).map((m) => `${m.text}=${m.value}${m.to ? `/${m.to}` : ''}`);

suite('dates: a span with a year named after it', () => {
  test('"between April 19 and June 1 last year" is last year’s span', () => {
    assert.deepStrictEqual(found('India voted in seven phases between April 19 and June 1 last year.'), ['April 19 and June 1 last year=2024-04-19/2024-06-01']);
  });

  test('"from 3 to 5 March last year" too', () => {
    assert.deepStrictEqual(found('The talks ran from 3 to 5 March last year.'), ['3 to 5 March last year=2024-03-03/2024-03-05']);
  });
});
