// Hovering a date: the sources that name that very day come before those that only put it in a week.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

suite('hover: a date', () => {
  const corpus = tempCorpus({
    'week.txt': ['Call expected', 'Published: 2025-06-03 20:54', 'Officials said the two leaders would likely talk by phone this week.'],
    'day.txt': ['Ministry responds', 'Published: 2025-06-05', 'On June 4 the ministry rejected the charge that it had broken the truce.'],
  });

  test('the day itself first, then the week around it', () => {
    // The week (from Monday 2 June) starts before the day (Wednesday 4 June), yet comes second.
    const text = 'The ministry answered on June 4, 2025.';
    const card = corpus.engine().hoverAt(text, text.indexOf('June 4') + 1);
    assert.ok(card, 'no hover card');
    assert.deepStrictEqual(card.timeline?.map((t) => t.value), ['2025-06-04', '2025-W23']);
  });
});
