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

  test('where the corpus\'s year fits the weekday, it stays', () => {
    assert.deepStrictEqual(dated(launch.replace('on Wednesday', 'on Friday'), '2024-09-20'), ['2024-10-04', 'inferred']);
  });
});
