// Round 671 (held out, measured first): "The 25% duties started to bite on Tuesday, March 4, 2025"
// (right) was flagged against "The duties were due to start on 4 February", a plan the next sentence
// says was paused. A day a source gives as the plan, in the past, does not say the thing happened.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const EXPLAINER = [
  'How the Mexico tariffs unfolded',
  '',
  'On 1 February 2025 the president signed orders putting a 25% tariff on goods from Mexico and Canada over migration and fentanyl.',
  '',
  'The duties were due to start on 4 February. A day earlier, Claudia Sheinbaum won a one-month pause in a phone call.',
  '',
  'The pause ran out and the tariffs took effect on 4 March 2025, with no retaliation from Mexico City.',
];

suite('check: a plan told in the past', () => {
  const corpus = tempCorpus({ 'explainer.txt': EXPLAINER, ...RATE_NEWS });

  test('the day the duties started is not held to the day they were due', () => {
    assert.deepStrictEqual(corpus.warnings('The 25% duties on Mexican goods started to bite on March 4, 2025.'), []);
  });

  test('a brief that gives the plan is still checked against it', () => {
    assert.deepStrictEqual(corpus.warnings('The 25% duties on Mexican goods were due to start on 5 February 2025.'), ['date-conflict 5 February 2025 -> 2025-02-04']);
  });
});

// Round 670 (held out, measured first): "The EU suspended export licences … in August 2013" was
// flagged against "the army's removal of President Mohamed Morsi in July 2013, after which the EU
// briefly suspended export licences": the date is the removal's; what came after it is undated.
suite('check: a clause opened by "after which"', () => {
  const corpus = tempCorpus({
    ...RATE_NEWS,
    'treaty.txt': ['Twenty years of the EU-Egypt treaty', '', 'The treaty outlasted the unrest of 2011 and the removal of President Mohamed Morsi by the army in July 2013, after which the EU briefly suspended export licences for equipment usable for repression.'],
  });

  test('the suspension is not dated by the removal', () => {
    assert.deepStrictEqual(corpus.warnings('The EU suspended export licences for equipment usable for repression in Egypt in August 2013.'), []);
  });

  test('the removal is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('The army removed President Mohamed Morsi in June 2013.'), ['date-conflict June 2013 -> 2013-07']);
  });
});
