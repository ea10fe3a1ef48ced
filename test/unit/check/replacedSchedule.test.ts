// Round 461: "Large and medium operators: application moves to 30 December 2026" was flagged against
// a page of January 2025 that gave "30 December 2025" (the date before the second delay), though a
// later wire said "will have to comply from Dec. 30, 2026, instead of Dec. 30, 2025". A source that
// gives the brief's day for what replaced the contradicting day says that day was put aside; and a
// year any source gives for the day, however loosely it matches the brief's words, is no slip.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

const EXPLAINER = [
  '# Explainer: the EU forest law, its first delay and the road ahead',
  '',
  '*Analysis | January 2025*',
  '',
  'The EU rules against deforestation were meant to bite at the end of 2024. Instead the last quarter of that year went on agreeing a twelve-month postponement, while the substance of the law stayed as it was.',
  '',
  '## How the delay came about',
  '',
  'By mid-2024 trading partners, industry groups and several EU capitals warned that guidance and the information system were not ready. The European Commission gave way on 2 October, proposing to push the application dates back by a year while leaving the text unchanged.',
  '',
  'Member states agreed within two weeks. Parliament added amendments in a plenary vote in November, which forced talks with the Council; a deal on 3 December kept the delay and dropped the amendments.',
  '',
  '## What comes next',
  '',
  '- **By 30 June 2025** – the Commission is due to classify countries by risk.',
  '- **30 December 2025** – obligations apply to large and medium-sized operators and traders.',
  '- **30 June 2026** – obligations apply to micro and small enterprises.',
  '',
  'Firms that had prepared for a December 2024 start now face another year of pilot systems. Large cocoa and coffee traders said they would keep filing test statements in the information system, which opened for registrations in November.',
];

suite('check: a schedule, against a brief that gives its old year', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'explainer.md': EXPLAINER,
  });

  test('a brief that gives the old year wrongly is still flagged', () => {
    assert.deepStrictEqual(corpus.warnings('- Obligations apply to large and medium-sized operators and traders from 30 December 2024.'), ['date-conflict 30 December 2024 -> 2025-12-30']);
  });
});

suite('check: a schedule another source says was put aside', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'explainer.md': EXPLAINER,
    'deal.txt': ['EU agrees second delay to forest law', '', 'BRUSSELS, Dec 4, 2025 (Wire) - EU negotiators agreed on Thursday to delay the deforestation law again.', '', 'Under the deal, large and medium-sized companies will have to comply from Dec. 30, 2026, instead of Dec. 30, 2025.'],
  });

  test('"obligations apply to large and medium-sized operators from 30 December 2026" is not flagged', () => {
    assert.deepStrictEqual(corpus.warnings('- Obligations apply to large and medium-sized operators and traders from 30 December 2026.'), []);
  });
});
