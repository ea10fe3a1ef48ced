// Round 667 (held out, measured first): "Washington declared victory late on January 27, when the
// White House said Colombia had accepted every one of its conditions" (wrong: Sunday, January 26)
// was let pass. The "when" clause after the date tells what happened on it and who acted, though
// the claim's clause ends at its comma; and a date whose sentence shares only names with the claim
// ("exporters said on Monday they were relieved") does not speak for it.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

const WIRE = [
  'Colombian exporters relieved as tariff threat lifted',
  '',
  'MEDELLIN, Colombia, Jan 27, 2025 (Wire) - Colombian flower growers and coffee exporters said on Monday they were relieved that the dispute had ended within hours.',
  '',
  'The White House said late on Sunday that Colombia had agreed to accept deportation flights, including on military aircraft, and that the tariff order would be held in reserve.',
];

suite('check: a "when" clause right after the date', () => {
  const corpus = tempCorpus({ 'wire.txt': WIRE, ...rateNews(20) });

  test('the day the White House claimed the deal is checked', () => {
    assert.deepStrictEqual(corpus.warnings('Washington declared victory late on January 27, 2025, when the White House said Colombia had accepted every one of its conditions.'), ['date-conflict January 27, 2025 -> 2025-01-26']);
  });

  test('the right day passes', () => {
    assert.deepStrictEqual(corpus.warnings('Washington declared victory late on January 26, 2025, when the White House said Colombia had accepted every one of its conditions.'), []);
  });
});
