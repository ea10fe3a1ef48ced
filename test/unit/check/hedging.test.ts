// A source that hedges ("may", "could", "expected") never raises a conflict; the month May is not a hedge.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

suite('check: hedged sources', () => {
  const corpus = tempCorpus({
    'envoy.txt': [
      'Envoy row deepens',
      'OSLO, June 3, 2025 -',
      'On May 30 the Norwegian envoy Ingrid Dahl accused the fisheries ministry of breaking the salmon accord.',
      'The fisheries minister may visit Rome on July 3 to discuss quotas.',
    ],
  });

  test('a firm source dated in May still settles a claim', () => {
    assert.deepStrictEqual(corpus.warnings('Ingrid Dahl accused the fisheries ministry of breaking the salmon accord on June 1, 2025.'), ['date-conflict June 1, 2025 -> 2025-05-30']);
  });

  test('a brief that itself denies the date is not told it is wrong', () => {
    assert.deepStrictEqual(corpus.warnings('Ingrid Dahl did not accuse the fisheries ministry of breaking the salmon accord on June 1, 2025, but earlier.'), []);
    assert.deepStrictEqual(corpus.warnings('Contrary to reports of June 1, 2025, Ingrid Dahl accused the fisheries ministry of breaking the salmon accord earlier.'), []);
  });

  test('a bound ("before June 4", "after May 28", "by June 2") agrees with any day on its side', () => {
    for (const brief of [
      'Before June 4, 2025, Ingrid Dahl accused the fisheries ministry of breaking the salmon accord.',
      'After May 28, 2025, Ingrid Dahl accused the fisheries ministry of breaking the salmon accord.',
      'By June 2, 2025, Ingrid Dahl had accused the fisheries ministry of breaking the salmon accord.',
    ])
      assert.deepStrictEqual(corpus.warnings(brief), [], brief);
  });

  test('"around June 1" allows a few days either way, not a week', () => {
    assert.deepStrictEqual(corpus.warnings('Around June 1, 2025, Ingrid Dahl accused the fisheries ministry of breaking the salmon accord.'), []);
    assert.deepStrictEqual(corpus.warnings('Around June 6, 2025, Ingrid Dahl accused the fisheries ministry of breaking the salmon accord.'), ['date-conflict June 6, 2025 -> 2025-05-30']);
  });

  test('a source that says something may happen does not contradict the brief', () => {
    assert.deepStrictEqual(corpus.warnings('The fisheries minister visited Rome on July 5, 2025 to discuss quotas.'), []);
  });
});
