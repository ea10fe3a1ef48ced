// "The next day", "three days later": counted from the day the story last named. Counted from the
// article's own date they put facts days off and contradicted briefs that had them right.
import * as assert from 'assert';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: dates counted from the story', () => {
  const corpus = tempCorpus({
    'permits.txt': [
      'Ministry replies',
      'BEIJING, June 13, 2025 -',
      'Negotiators ended two days of talks in London on June 10. The next day, the commerce ministry said permits for rare earths would be approved.',
      'Washington accused Beijing of violating the Geneva truce on May 30. Three days later, the ministry rejected the accusation.',
      'Both delegations left Geneva on May 12. The following Monday, the customs agency cut the duty on soybeans.',
    ],
    'tariffs.txt': ['Tariff notice', 'WASHINGTON, July 2, 2025 -', 'The next day, customs officials began collecting the levy on steel imports.'],
    'ports.txt': PORT_NEWS,
  });

  test('a brief with the story’s days is left alone', () => {
    assert.deepStrictEqual(corpus.warnings('The commerce ministry said on June 11, 2025 that permits for rare earths would be approved.'), []);
    assert.deepStrictEqual(corpus.warnings('The ministry rejected the accusation of violating the truce on June 2, 2025.'), []);
  });

  test('"the following Monday" is the Monday after the story’s day, not the one before the article', () => {
    assert.deepStrictEqual(corpus.warnings('The customs agency cut the duty on soybeans on May 19, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The customs agency cut the duty on soybeans on May 26, 2025.'), ['date-conflict May 26, 2025 -> 2025-05-19']);
  });

  test('a brief a day off is told the story’s day', () => {
    assert.deepStrictEqual(corpus.warnings('The commerce ministry said on June 12, 2025 that permits for rare earths would be approved.'), ['date-conflict June 12, 2025 -> 2025-06-11']);
    assert.deepStrictEqual(corpus.warnings('The ministry rejected the accusation of violating the truce on June 3, 2025.'), ['date-conflict June 3, 2025 -> 2025-06-02']);
  });

  test('with no day named before it, "the next day" dates nothing', () => {
    const facts = corpus.engine().snapshot().facts.filter((f) => f.file.endsWith('tariffs.txt'));
    assert.ok(facts.every((f) => !f.date.value.startsWith('2025-07-03')), facts.map((f) => f.date.value).join());
  });

});

suite('check: story dates chained, and in articles without a year', () => {
  const corpus = tempCorpus({
    'reply.txt': ['Ministry replies', 'BEIJING, June 13, 2025 -', 'Washington accused Beijing of breaking the export pact on May 30. Three days later, the commerce ministry rejected the accusation. The next day, the commerce ministry published a list of approved permits.'],
    'yearless.txt': ['Beijing rejects accusation', 'SHANGHAI, July 3 (Reuters) - Trump accused China of violating the London framework on June 26. Three days later, the customs administration rejected the accusation.'],
    'ports.txt': PORT_NEWS,
  });

  test('one story date counts from the one before it: "three days later … the next day"', () => {
    assert.deepStrictEqual(corpus.warnings('The commerce ministry published a list of approved permits on June 3, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The commerce ministry published a list of approved permits on June 5, 2025.'), ['date-conflict June 5, 2025 -> 2025-06-03']);
  });

  test('in an article that never gives its year, "three days later" is still the story’s day', () => {
    assert.deepStrictEqual(corpus.warnings('The customs administration rejected the accusation on June 29, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The customs administration rejected the accusation on July 1, 2025.'), ['date-conflict July 1, 2025 -> 2025-06-29']);
  });
});
