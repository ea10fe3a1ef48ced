// Round 470: "The signing slipped by six days, from Wednesday, 11 July to Tuesday, 17 July 2018"
// took 2024 for its first day from a line above, and was flagged as a Thursday. The first end of a
// span takes the year written at its other end.
import * as assert from 'assert';
import { citedDates } from '../../../src/core/check/briefDates';

const years = (prose: string) => citedDates(prose, 2019).map((c) => `${c.mention.text}=${c.year}`);

suite('brief years: the two ends of a span', () => {
  test('"from Wednesday, 11 July to Tuesday, 17 July 2018" is of 2018 at both ends, below a date of 2024', () => {
    const prose = ['- The data protocol was signed on 31 January 2024 and entered into force on 1 July 2024.', '- The signing slipped from Wednesday, 11 July to Tuesday, 17 July 2018.'].join('\n');
    assert.deepStrictEqual(years(prose).slice(-2), ['Wednesday, 11 July=2018', 'Tuesday, 17 July 2018=2018']);
  });
});
