// Two guards against warning on a claim the source does not speak against: the source names the
// claim's own date for the same thing too, or tells of somebody else acting.
import * as assert from 'assert';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: the source speaks of another act', () => {
  const corpus = tempCorpus({
    'exports.txt': [
      'Exports slump',
      'BEIJING, Aug. 7, 2025 -',
      "China's exports to the United States fell for a fourth straight month in July, customs data showed.",
      'Shipments to the United States dropped 21.7% last month, after a 16.1% decline in June, while overall exports rose.',
      'The United States had raised tariffs on Chinese goods to as high as 145% in April before the Geneva deal cut them.',
    ],
    'reply.txt': [
      'Ministry replies',
      'BEIJING, June 13, 2025 -',
      'Washington accused Beijing of violating the Geneva truce on May 30.',
      'Three days later, the commerce ministry rejected the accusation, saying it had kept its side of the deal.',
    ],
    'ports.txt': PORT_NEWS,
  });

  test('"exports fell in June" stands when the same source reports a decline in June', () => {
    assert.deepStrictEqual(corpus.warnings("China's exports to the United States fell in June 2025."), []);
  });

  test('"China raised tariffs" is not contradicted by the United States raising them', () => {
    assert.deepStrictEqual(corpus.warnings('China raised tariffs on goods from the United States in June 2025.'), []);
  });

  test('"the commerce ministry rejected the accusation" is not dated by Washington accusing', () => {
    const ws = corpus.warnings('The commerce ministry rejected the accusation of violating the Geneva truce on June 4, 2025.');
    assert.ok(!ws.some((w) => w.endsWith('2025-05-30')), ws.join('; '));
    assert.deepStrictEqual(corpus.warnings('The commerce ministry rejected the accusation of violating the Geneva truce on June 2, 2025.'), []);
  });

  test('the same actor a month off is still a conflict', () => {
    assert.deepStrictEqual(corpus.warnings('The United States raised tariffs on Chinese goods to as high as 145% in March 2025.'), ['date-conflict March 2025 -> 2025-04']);
  });
});
