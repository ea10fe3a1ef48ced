// Round 658 (held out, measured first), and round 612. "SEOUL, Sept. 11 (Yonhap) - South Korea said
// Wednesday …" in a corpus stamped July 4, 2019 and March 16, 2023 went to 2024: no source stands within
// weeks of Sept. 11 in any year, and the tie went to the year nearest the corpus's middle source
// (2023, whose Sept. 11 is a Monday; its weekdays then chose 2024). The year whose sources stand
// nearest the day, 2019, is the plainer guess.
import * as assert from 'assert';
import { wireDayByCorpus } from '../../../src/core/dates/corpusYears';

const days = (...dates: string[]) => dates.map((d) => Date.parse(d)).sort((a, b) => a - b);

suite('dates: a wire’s year by the corpus, with no source near its day', () => {
  test('the year whose sources stand nearest the day', () => {
    assert.strictEqual(wireDayByCorpus(9, 11, days('2019-07-04', '2023-03-16')), '2019-09-11');
  });

  test('sources within weeks of the day still decide', () => {
    assert.strictEqual(wireDayByCorpus(9, 11, days('2019-07-04', '2023-09-01', '2023-09-20')), '2023-09-11');
  });
});
