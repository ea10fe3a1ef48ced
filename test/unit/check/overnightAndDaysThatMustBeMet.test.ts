// Rounds 1154 and 1158 (held out, measured first; one false warning). "the gap … left some contracts
// in limbo overnight" was a fact of 25 October 2023 at night, against a brief's "the first cargoes
// … left Kakinada in early November": "overnight" tells how long, not a day anything happened. And an
// undated analysis whose latest full date is a limit ("Any new measure has to be approved by
// Parliament … before 1 July 2026") was dated on that limit, so its "will publish its response … in
// the spring" went to 2027: a day that must be met is ahead of the page.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: overnight, and days that must be met', () => {
  const rice = roundCorpus('../probe-rounds/r1158');
  const steel = roundCorpus('../probe-rounds/r1154');

  test('"overnight" dates nothing', () => {
    assert.deepStrictEqual(rice.warnings('- Exporters said the first cargoes at the lower prices left Kakinada in early November.'), []);
  });

  test('a limit the page says must be met is ahead of it', () => {
    assert.strictEqual(steel.dateOf('quota-exhaustion-analysis.txt'), '2026-02-04');
  });
});
