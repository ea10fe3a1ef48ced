// Round 452. Two wires had their year wrong. "BEIJING, Jan 5" over a probe whose full dates all look
// ahead (the periods it examines, its deadline) had been put before the earliest, in 2018, though
// the text tells of brandy imported "in 2022" and shares that fell "in the first trading week of
// 2024": a later year told as past is the page's own. "BRUSSELS, Oct 4", whose text gives no full
// date, had taken the corpus's year (2024), though its lead "launched … on Wednesday" puts it in
// 2023, the year beside it where Oct 4 was a Wednesday.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (text: string, corpusNear?: string) => {
  const doc = parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8'), corpusNear).doc!;
  return [doc.date, doc.dateSource];
};

const probe = (after: string) =>
  [
    'China opens dumping probe into EU brandy',
    '',
    'BEIJING, Jan 5 (Wire) - China said on Friday it had opened an anti-dumping investigation into brandy from the European Union.',
    '',
    'The dumping investigation period runs from Oct. 1, 2022 to Sept. 30, 2023, and injury will be assessed over the period from Jan. 1, 2019. The probe should end by Jan. 5, 2025.',
    '',
    after,
  ].join('\n');

const launch = ['EU opens subsidy inquiry into Chinese electric cars', '', 'BRUSSELS, Oct 4 (Wire) - The European Commission formally launched its investigation on Wednesday, three weeks after it was announced.', '', 'Chinese brands took about 8% of EU electric car sales in 2023 so far, and could reach 15% in 2025.'].join('\n');

suite('corpus: a wire year the text belies', () => {
  test('"imported in 2022 … fell in the first trading week of 2024" puts "BEIJING, Jan 5" in 2024, not before its look-ahead dates', () => {
    assert.deepStrictEqual(dated(probe('China imported $1.7 billion of brandy in 2022, and cognac shares fell in the first trading week of 2024 after the news.')), ['2024-01-05', 'inferred']);
  });

  test('with no later year told as past, the wire stays before its schedule', () => {
    assert.notStrictEqual(dated(probe('Cognac makers said they would cooperate.'))[0], '2024-01-05');
  });

  test('"launched … on Wednesday" under "BRUSSELS, Oct 4" is 2023 beside a corpus of 2024', () => {
    assert.deepStrictEqual(dated(launch, '2024-09-20'), ['2023-10-04', 'dateline']);
  });

  // Round 457: of the years a text names, March 21 was a Wednesday in 2012 and in 2018.
  test('"signed on Wednesday" under "KIGALI, March 21", naming 2012, 2015 and 2018, is of 2018 beside a corpus of 2022', () => {
    const kigali = ['Leaders sign African free trade pact', '', 'KIGALI, March 21 (Wire) - Leaders from 44 African countries signed an agreement on Wednesday to create a continental free trade area.', '', 'The AU chair for 2018 called it a historic day. Talks were launched in June 2015, three years after leaders first endorsed the idea in January 2012.'].join('\n');
    assert.deepStrictEqual(dated(kigali, '2022-03-10'), ['2018-03-21', 'dateline']);
  });

  // Round 464: of "on Tuesday and Wednesday", the later day is the wire's.
  test('"held the meeting on Tuesday and Wednesday" under "BRUSSELS, March 12" is of 2025, where March 12 was a Wednesday', () => {
    const meeting = ['EU and New Zealand hold first trade committee', '', 'BRUSSELS, March 12 (Wire) - Officials of the two sides held the first meeting of the committee on Tuesday and Wednesday, months after it was first due.', '', 'It had been set for November in Wellington, and the commissioner took office in December.'].join('\n');
    assert.deepStrictEqual(dated(meeting, '2024-06-01'), ['2025-03-12', 'dateline']);
  });

  // (As firmly as a dateline: two signals agree. Round 491.)
  test('where the corpus\'s year fits the weekday, it stays', () => {
    assert.deepStrictEqual(dated(launch.replace('on Wednesday', 'on Friday'), '2024-09-20'), ['2024-10-04', 'dateline']);
  });

  test('and where the lead names no weekday, it stays as a guess', () => {
    assert.deepStrictEqual(dated(launch.replace(' on Wednesday', ''), '2024-09-20'), ['2024-10-04', 'inferred']);
  });
});
