// Wire copy writes "on Monday (June 2)": the bracketed date is the weekday's, in a source and in a brief.
import * as assert from 'assert';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a weekday with its date in brackets', () => {
  const corpus = tempCorpus({
    'reply.txt': [
      'Ministry rejects charge',
      'BEIJING, June 13, 2025 -',
      "China's commerce ministry rejected the charge of breaching the Geneva deal on Monday (June 2), saying it had kept its side.",
    ],
    'ports.txt': PORT_NEWS,
  });

  test('the source dates the reply to the bracketed day, not the Monday of its own week', () => {
    const days = corpus.engine().snapshot().facts.map((f) => f.date.value);
    assert.ok(days.includes('2025-06-02'), days.join());
    assert.ok(!days.includes('2025-06-09'), days.join());
  });

  test('a brief naming the wrong weekday beside the date is told which it is', () => {
    const ws = corpus.engine().check('In 2025, the commerce ministry rejected the charge on Tuesday (June 2).\n');
    assert.deepStrictEqual(ws.map((d) => [d.code, d.cited, d.replacement]), [['weekday-mismatch', 'Tuesday', 'Monday']]);
    assert.deepStrictEqual(corpus.warnings('In 2025, the commerce ministry rejected the charge on Monday (June 2).'), []);
  });
});
