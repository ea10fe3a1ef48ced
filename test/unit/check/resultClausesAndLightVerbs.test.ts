// Rounds 131-134: a participle of what came of an act, right after its date (", tying the car tariff
// cut to …"), is not what the date tells; "put" says what was done only with its particle ("put
// forward" is a proposal), so it no longer ties a claim to another act.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

const FILLER = rateNews(8);

suite('check: a result clause after the date is not the dated act', () => {
  const corpus = tempCorpus({
    'explainer.md': ['# The EU-US framework, explained', '', 'Updated 30 September 2025', '', 'The joint statement was the paperwork that the Turnberry deal had lacked.', '', 'Likewise, the car tariff cut was published on 25 September yet reaches back to 1 August.'],
    ...FILLER,
  });

  test('"The written framework followed on 21 August 2025, tying the car tariff cut to …" is not the car tariff cut of 25 September', () => {
    assert.deepStrictEqual(corpus.warnings('The written framework followed on Thursday, 21 August 2025, tying the car tariff cut to the tabling of EU legislation.'), []);
  });

  test('the car tariff cut itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('The car tariff cut was published on 24 September 2025.'), ['date-conflict 24 September 2025 -> 2025-09-25']);
  });
});

suite('check: a light verb ties no claim to another act', () => {
  const corpus = tempCorpus({
    'proposal.txt': ['Commission proposes tariff cuts', '', 'BRUSSELS, Aug 28, 2025 (Wire) - The European Commission on Thursday put forward two draft regulations that would remove EU import duties on American industrial goods.'],
    'timeline.md': ['# Countermeasures timeline', '', 'Updated 1 September 2025', '', '| Date | Event |', '|---|---|', '| Tue 5 Aug 2025 | Commission suspends €93bn of countermeasures for six months |'],
    // Countermeasures are in many sources, so the word weighs little; "put" is in one.
    ...Object.fromEntries([1, 2, 3].map((i) => [`review-${i}.txt`, [`Countermeasures ${i}`, '', `BRUSSELS, Sept ${i}, 2025 (Wire) - The Commission said on Monday the countermeasures package stays suspended while the Commission reviews the countermeasures list.`]])),
    ...FILLER,
  });

  test('"put its €93bn package of countermeasures on ice on Tuesday, Aug. 5, 2025" is not the proposal "put forward" on 28 August', () => {
    assert.deepStrictEqual(corpus.warnings('The Commission put its €93bn package of countermeasures on ice on Tuesday, Aug. 5, 2025.'), []);
  });
});
