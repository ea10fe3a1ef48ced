// Round 480. A yearless wire whose year the corpus chose, and whose lead's weekday denies it, had
// been put in whichever year named in its text fits that weekday: "SYDNEY, Aug 4 - … said on
// Friday" went to 2017, the year of a sales figure, though the text tells of a barrier "put up in
// May 2020". A wire is filed after the past it tells, so the years from that past on are
// candidates, and 2023 is the one where August 4 was a Friday. And "CANBERRA, May 18 - … said on
// Monday" had kept the corpus's 2021 (a Tuesday: "on Monday" read as the day before, a story filed
// overnight), though 2020, beside it and after the probe "launched in November 2018", puts Monday
// on May 18 itself. Round 483: "MEXICO CITY, April 15 - … said on Tuesday" over "pulled out on May
// 7, 2019" and duties that "would start to apply on July 14, 2025" had been put in 2020 (April 14 a
// Tuesday: an overnight filing); 2025, between that past and that schedule, puts Tuesday on the day.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (text: string, corpusNear: string) => {
  const doc = parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8'), corpusNear).doc!;
  return doc.date;
};

const lifted = (past: string) =>
  [
    'Beijing to drop its grain duties on Australian barley',
    '',
    `SYDNEY, Aug 4 (Wire) - China will end its duties on Australian barley from Saturday, its commerce ministry said on Friday, removing a barrier ${past}.`,
    '',
    'The duties had been set to run until 2025. Sales to China were worth about A$1.5 billion in 2017, before the dispute.',
  ].join('\n');

const imposed = (history: string) =>
  [
    'China puts steep duties on Australian barley',
    '',
    'CANBERRA/BEIJING, May 18 (Wire) - China will charge duties of more than 80% on Australian barley from Tuesday, its commerce ministry said on Monday.',
    '',
    `The ruling ends an inquiry ${history}. Australia sold about A$600 million of barley to China in 2019.`,
  ].join('\n');

suite('corpus: a wire is filed after the past it tells', () => {
  test('"put up in May 2020" moves "Aug 4 … on Friday" from 2017 to 2023', () => {
    assert.strictEqual(dated(lifted('it put up in May 2020'), '2021-03-26'), '2023-08-04');
  });

  test('without that past, the year named in the text that fits the weekday stays', () => {
    assert.strictEqual(dated(lifted('it put up during a row with Canberra'), '2021-03-26'), '2017-08-04');
  });

  test('"launched in November 2018" takes "May 18 … on Monday" to 2020, not the corpus\'s 2021', () => {
    assert.strictEqual(dated(imposed('that Beijing launched in November 2018'), '2021-03-26'), '2020-05-18');
  });

  test('with no past to bound it, the corpus\'s year and an overnight filing stand', () => {
    assert.strictEqual(dated(imposed('that began after a complaint by Chinese maltsters'), '2021-03-26'), '2021-05-18');
  });

  const quits = (schedule: string) =>
    [
      'Mexican growers vow to fight as Washington quits tomato pact',
      '',
      'MEXICO CITY, April 15 (Wire) - Mexican tomato growers said on Tuesday they would defend their share of the U.S. market.',
      '',
      `Washington gave 90 days' notice of its exit from the suspension agreement, ${schedule}. Commerce pulled out of the previous deal on May 7, 2019.`,
    ].join('\n');

  test('between "May 7, 2019" and duties from "July 14, 2025", "April 15 … on Tuesday" is 2025', () => {
    assert.strictEqual(dated(quits('so duties would start to apply on July 14, 2025'), '2020-02-01'), '2025-04-15');
  });

  test('with no schedule, the corpus\'s year and an overnight filing stand', () => {
    assert.strictEqual(dated(quits('so duties would follow in the summer'), '2020-02-01'), '2020-04-15');
  });
});
