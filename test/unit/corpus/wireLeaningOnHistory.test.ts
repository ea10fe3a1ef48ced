// Round 369: "BRUSSELS, Sept 29 (Tradewire) - European Union governments on Monday gave final
// approval …" over a story whose one past full date was history, "began on Oct. 1, 2023", was filed
// in 2023 as a digest issued days after its lead would be, though every other source of the corpus
// was dated near the day in 2025. A year the text gives by a full date just after the wire's day is
// kept unless the corpus is dated near the day in one other year; that year is as sure as a
// dateline's when the lead's weekday ("on Monday") falls on the wire's day in it.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

const WIRE = [
  'EU governments sign off on lighter carbon border rules',
  '',
  'BRUSSELS, Sept 29 (Tradewire) - European Union governments on Monday gave final approval to changes that spare most small importers the carbon border levy.',
  '',
  'The levy’s transitional phase began on Oct. 1, 2023, and runs until the end of this year.',
];

const dateOf = (engine: { snapshot(): { documents: Array<{ path: string; date: string | null; dateSource: string }> } }, name: string) => {
  const doc = engine.snapshot().documents.find((d) => d.path.endsWith(name))!;
  return [doc.date, doc.dateSource];
};

suite('corpus: a wire that leans on a date of history', () => {
  const corpus = tempCorpus({
    'wire.txt': WIRE,
    'wire-friday.txt': WIRE.map((line) => line.replace('on Monday', 'on Friday')),
    'wire-wednesday.txt': WIRE.map((line) => line.replace('on Monday', 'on Wednesday')),
    'parliament.txt': ['Parliament backs simpler levy', 'STRASBOURG, September 10, 2025 -', 'Lawmakers approved the changes to the carbon border levy on Sept. 10 by a wide margin.'],
    'commission.txt': ['Rules published', 'BRUSSELS, October 17, 2025 -', 'The Commission welcomed the publication of the amended levy rules on Oct. 17.'],
  });

  test('is put in the year the corpus is dated in near its day, as firmly as by a dateline when its lead’s weekday falls on it there', () => {
    assert.deepStrictEqual(dateOf(corpus.engine(), 'wire.txt'), ['2025-09-29', 'dateline']);
  });

  // (Sept 29 was a Friday in 2023, the year of the text's own full date: two signals against the
  // corpus's one.)
  test('but when the lead’s weekday falls on it only in the year of the text’s full date, that year', () => {
    assert.deepStrictEqual(dateOf(corpus.engine(), 'wire-friday.txt'), ['2023-09-29', 'dateline']);
  });

  test('and only as a guess when the lead’s weekday falls on it in no year near', () => {
    assert.deepStrictEqual(dateOf(corpus.engine(), 'wire-wednesday.txt'), ['2025-09-29', 'inferred']);
  });
});

// (Alone, it had kept the year of the full date just after its day, 2023, where Sept 29 is a
// Friday. The wire is filed after the past it tells, "began on Oct. 1, 2023", and of the next few
// years only 2025 puts Sept 29 on the Monday its lead names: round 488.)
suite('corpus: the same wire alone', () => {
  const corpus = tempCorpus({ 'wire.txt': WIRE });

  test('is put in the first year after the past it tells where its lead’s weekday falls on its day', () => {
    assert.deepStrictEqual(dateOf(corpus.engine(), 'wire.txt'), ['2025-09-29', 'dateline']);
  });
});

suite('corpus: the same wire alone, its lead naming no weekday', () => {
  const corpus = tempCorpus({ 'wire.txt': WIRE.map((line) => line.replace(' on Monday', '')) });

  test('keeps the year of the full date just after its day', () => {
    assert.deepStrictEqual(dateOf(corpus.engine(), 'wire.txt'), ['2023-09-29', 'dateline']);
  });
});
