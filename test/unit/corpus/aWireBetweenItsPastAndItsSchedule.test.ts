// Round 475. "ABU DHABI, March 2 (Wire) - … wrapped up … in the early hours of Saturday" over a text
// whose one full date is a schedule ("until … March 31, 2026") had been put in 2026, where March 2 is
// a Monday: "the early hours of Saturday" names the lead's day as "on Saturday" does, and the wire
// comes after the past it tells ("the previous ministerial in Geneva in June 2022"), so of the years
// between that past and the schedule, 2024 is the one where March 2 was a Saturday (2019 was too,
// but before the past the text tells).
// Round 891: "WASHINGTON, Nov 2 - The White House on Saturday released …" over controls "imposed in
// April 2025" and a truce extended "until Nov. 10, 2026" went to 2024, the one year where Nov 2 is a
// Saturday, before the past it tells. No year between the two puts Saturday on Nov 2; 2025 puts it on
// the day before: a story filed overnight.
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

  test('where no year between them puts the lead\'s weekday on the day, the one that puts it on the day before', () => {
    const sheet = [
      'White House sets out its account of the deal',
      '',
      'WASHINGTON, Nov 2 (Wire) - The White House on Saturday published its own account of the deal the two leaders reached in Busan.',
      '',
      'It calls the licences an end to the controls Beijing imposed in April 2025, and says the truce now runs until Nov. 10, 2026.',
    ].join('\n');
    assert.deepStrictEqual(dated(sheet), ['2025-11-02', 'dateline']);
  });
});
