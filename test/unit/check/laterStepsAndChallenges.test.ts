// Round 364: "Sinograin is reported to have booked ten more cargoes on 2 December" (a day the
// sources do not give) was held to "COFCO bought its first cargoes … on Oct. 29"; round 365:
// "Petro's lawyers filed a formal challenge to the OFAC listing on 12 November" to the listing's
// own day. "Ten more" is a later occurrence, and filing a challenge is a reaction to what it
// challenges, not the thing itself.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const WIRE = ['China resumes US soybean buying', '', 'BEIJING, Nov 14, 2025 (Tradewire) - State buyers COFCO and Sinograin booked their first cargoes of the new US soybean crop on Oct. 29, 2025, the day before the leaders met.'];
const TIMELINE = ['# Colombia and Washington', '', '| Date | Step | What happened |', '| --- | --- | --- |', '| 24 Oct 2025 | Sanctions on Petro | OFAC lists Petro and his family |'];

suite('check: later steps and challenges', () => {
  const corpus = tempCorpus({ 'wire.txt': WIRE, 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('"ten more cargoes" is not the first purchase', () => {
    assert.deepStrictEqual(corpus.warnings('- Sinograin booked ten more US soybean cargoes on 2 December 2025.'), []);
  });

  test('the first purchase itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- COFCO and Sinograin booked their first cargoes of the new US soybean crop on 28 October 2025.'), ['date-conflict 28 October 2025 -> 2025-10-29']);
  });

  test('a challenge filed to the listing is not the listing', () => {
    assert.deepStrictEqual(corpus.warnings("- Petro's lawyers filed a formal challenge to the OFAC sanctions listing on 12 November 2025."), []);
  });

  test('the listing itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- OFAC listed Petro and his family under sanctions on 12 November 2025.'), ['date-conflict 12 November 2025 -> 2025-10-24']);
  });
});
