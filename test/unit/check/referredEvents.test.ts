// Rounds 172-176: an event a sentence only points back at is not its date's. "For as long as the
// boat strikes continue" after a source's date is another, ongoing event; a brief's "talks … a week
// before the record high of 24 July" dates the high, not the talks; "followed up their Washington
// meetings with a videoconference on 23 July" dates the call, not the meetings; "the commission's
// vote on June 10" dates the vote; "the same day" is counted from the brief's own date, not checked.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('clauses: a state held "for as long as" another event lasts', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'exporters.txt': [
      'Flower growers brace for tariffs',
      'Published: 2025-11-14',
      'The order came days after the president, on Tuesday, Nov. 11, told the security forces to stop sharing intelligence with US agencies for as long as the boat strikes in the Caribbean continue.',
    ],
  });

  test('US boat strikes said to begin in early September get no warning from the order of 11 November', () => {
    assert.deepStrictEqual(corpus.warnings('US forces began striking boats in the Caribbean in early September 2025.'), []);
  });

  test('the order to stop sharing intelligence put on 12 November is still flagged', () => {
    assert.deepStrictEqual(corpus.warnings('On 12 November 2025 the president told the security forces to stop sharing intelligence with US agencies.'), ['date-conflict 12 November 2025 -> 2025-11-11']);
  });
});

suite('check: what a brief only points back at, or follows up', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'timeline.md': ['# Copper: the summer', '', '| Day | Step |', '|---|---|', '| 16–17 Jul 2025 | Chilean officials hold talks in Washington with Commerce and USTR |', '| 24 Jul 2025 | COMEX copper reaches a record high |'],
  });

  test('talks "a week before the record high of 24 July" get no warning: the date is the high’s', () => {
    assert.deepStrictEqual(corpus.warnings('Chilean officials held talks in Washington with Commerce and USTR a week before the record high of 24 July 2025.'), []);
  });

  test('"followed up their Washington meetings with a videoconference on Wednesday, 23 July" gets none', () => {
    assert.deepStrictEqual(corpus.warnings('Chilean and US officials followed up their Washington talks with a videoconference on Wednesday, 23 July 2025.'), []);
  });

  test('the Washington talks put on 23 July are still flagged', () => {
    assert.deepStrictEqual(corpus.warnings('Chilean officials held talks in Washington with Commerce and USTR on 23 July 2025.'), ['date-conflict 23 July 2025 -> 2025-07-16']);
  });
});

suite('check: a noun’s own date, a day counted from another', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'itc.txt': ['Trade panel backs solar duties', 'Published: 2025-06-11', 'The commission’s vote on June 10 was unanimous, covering all four countries and both types of duty.'],
    'timeline.md': ['# Planes: the autumn', '', '- **8 October 2025** – Airbus reports 73 September deliveries.'],
  });

  test('duty orders covering all four countries put on 16 June get no warning from the vote of 10 June', () => {
    assert.deepStrictEqual(corpus.warnings('Duty orders covering all four countries appeared on Monday, June 16, 2025.'), []);
  });

  test('the vote put on 11 June is still flagged', () => {
    assert.deepStrictEqual(corpus.warnings('The commission’s vote covering all four countries came on 11 June 2025.'), ['date-conflict 11 June 2025 -> 2025-06-10']);
  });

  test('"the same day Airbus reported" is no date of its own to check', () => {
    assert.deepStrictEqual(corpus.warnings('Boeing took a $4.9 billion charge on Wednesday, October 29, 2025, the same day Airbus reported.'), []);
  });
});
