// Found while fixing the rounds after 1228 (round 966's source): "On 6 July 2025, a Sunday, China's
// Ministry of Finance announced its countermeasure" read "a Sunday" as the Sunday before the page's
// date, two weeks later. A weekday set beside a date as what day it was is that date.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2025-07-21' }).map((m) => `${m.text}=${m.value}`);

suite('dates: a weekday in apposition to its date', () => {
  test('", a Sunday," after a full date is that date', () => {
    assert.deepStrictEqual(values("On 6 July 2025, a Sunday, China's Ministry of Finance announced its countermeasure."), ['6 July 2025=2025-07-06', 'Sunday=2025-07-06']);
  });

  test('", which was a Friday," too', () => {
    assert.deepStrictEqual(values('The vote on 9 May 2025, which was a Friday, passed.'), ['9 May 2025=2025-05-09', 'Friday=2025-05-09']);
  });

  test('a weekday that is not the date\'s stays with the date, to be checked', () => {
    const m = extractDates('The vote on 9 May 2025, a Thursday, passed.', { referenceDate: '2025-07-21' });
    assert.deepStrictEqual(m.map((x) => `${x.text}=${x.value}`), ['9 May 2025=2025-05-09']);
    assert.strictEqual(m[0].weekday, 4);
  });
});
