// Round 406: "In June 2025 Beijing gave itself six more months on pork" (right) was held to
// "Beijing's anti-subsidy probe into EU dairy products was extended in August by six months": pork
// and dairy are other goods, as steel and cars are. The farm goods of the year's trade fights (pork,
// beef, dairy, brandy, canola, seafood) join the groups of goods.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const NEWSLETTER = ['## Friday, October 24, 2025', '', "Beijing's anti-subsidy probe into EU dairy products was extended in August by six months. Irish co-operatives are bracing for provisional duties."];

suite('check: farm goods', () => {
  const corpus = tempCorpus({ 'newsletter.md': NEWSLETTER, ...RATE_NEWS });

  test('the pork probe’s extension is not dated by the dairy probe’s', () => {
    assert.deepStrictEqual(corpus.warnings('- In June 2025 Beijing gave itself six more months on its EU pork probe.'), []);
  });

  test('the dairy probe’s own extension is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- Beijing extended its anti-subsidy probe into EU dairy products by six months in June 2025.'), ['date-conflict June 2025 -> 2025-08']);
  });
});
