// Round 475. "ABU DHABI, March 2 (Wire) - … wrapped up … in the early hours of Saturday" over a text
// whose one full date is a schedule ("until … March 31, 2026") had been put in 2026, where March 2 is
// a Monday: "the early hours of Saturday" names the lead's day as "on Saturday" does, and the wire
// comes after the past it tells ("the previous ministerial in Geneva in June 2022"), so of the years
// between that past and the schedule, 2024 is the one where March 2 was a Saturday (2019 was too,
// but before the past the text tells).
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (text: string) => {
  const doc = parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8')).doc!;
  return [doc.date, doc.dateSource];
};

const wire = (lead: string) =>
  [
    'Trade ministers end their meeting with a truce on digital duties',
    '',
    `ABU DHABI, March 2 (Wire) - Trade ministers closed their two-yearly conference ${lead}, keeping a pause on duties for downloads but leaving fish subsidies unsettled.`,
    '',
    'The pause will hold until the next conference or March 31, 2026, whichever is first.',
    '',
    'Talks were to build on the first fisheries deal, struck at the previous conference in Geneva in June 2022. Appeals have been frozen since December 2019.',
  ].join('\n');

suite('corpus: a wire between the past it tells and its schedule', () => {
  test('"in the early hours of Saturday" puts "March 2" in 2024', () => {
    assert.deepStrictEqual(dated(wire('in the early hours of Saturday')), ['2024-03-02', 'dateline']);
  });

  test('"late Saturday" does too', () => {
    assert.deepStrictEqual(dated(wire('late Saturday')), ['2024-03-02', 'dateline']);
  });

  test('a lead with no weekday is not put in a year by one', () => {
    assert.notStrictEqual(dated(wire('after a long night'))[0], '2024-03-02');
  });
});
