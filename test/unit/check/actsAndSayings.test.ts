// What a source's sentence does on its date (a signing, a making public, a saying, a deed, a
// reporter's premise) decides which briefs it can contradict.
import * as assert from 'assert';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: acts, sayings and premises', () => {
  const corpus = tempCorpus({
    'order.txt': [
      'Dutch order on Nexfab',
      'Published: 20 October 2025',
      'The Dutch economy ministry signed its order against Nexfab on September 30. It was only made public on October 12.',
      'The Netherlands also raised its levy on imported steel wire to 12% on June 4.',
    ],
    'live.md': ['**Oct 13, 2025, 22:30 GMT**', '', 'Not the only flashpoint this month: China’s commerce ministry on Oct. 4 barred Nexfab’s Chinese unit from exporting its chips.'],
    'transcript.txt': ['Regular press conference', 'Date: Thursday, 6 November 2025', 'Q (Wire): On Tarnwell. The Dutch government seized control of Tarnwell on October 12, and China answered with an export ban. Will the ban be lifted?', 'A: We have stated our position on this many times.'],
    'ports.txt': PORT_NEWS,
  });

  // A page of duties that never gives its year, beside a dated one (the year comes from the corpus).
  const opened = tempCorpus({
    'ev-duties.html': ["<p>Extra levies of up to 35.3 per cent on battery-powered cars shipped from China will be collected at EU borders from Wednesday, October 30, after the European Commission printed the final regulation in the bloc's Official Journal on Tuesday.</p>", "<p>The duties come on top of the ordinary 10 per cent import tariff on cars and will stay in place for five years. They close an anti-subsidy case that Brussels opened on its own initiative rather than at the request of European carmakers, something Commission President Ursula von der Leyen first trailed in her State of the Union speech in September of last year.</p>", "<p>National governments had their say on October 4. Ten capitals supported the levies, five, Germany among them, opposed them and twelve abstained, which fell well short of the majority needed to stop the Commission. The vote came exactly one year after the inquiry was formally launched.</p>"],
    'summit.html': ["<p class=\"stamp\">Published: 8:00pm, 24 Jul 2025<br>Updated: 10:15pm, 24 Jul 2025</p>", "<p>The heads of the European Commission and the European Council sat down with President Xi Jinping and Premier Li Qiang in Beijing on Thursday, for a meeting that both sides described as frank and that produced little on trade.</p>", "<p>The gathering was meant to celebrate half a century of diplomatic relations, which date from 1975, but it was trimmed to a single day after Beijing declined to host a longer programme.</p>", "<p>The previous summit, also held in the Chinese capital, took place in December 2023.</p>", "<p>Chinese exporters have needed those licences since Beijing added seven rare-earth elements and the magnets made from them to its control list in April, and European manufacturers have complained of stoppages ever since.</p>", "<p>She also said the trade relationship had reached \"an inflection point\", pointing to a goods deficit that she put at more than 300 billion euros last year.</p>", "<p>Earlier this month, China confirmed anti-dumping duties on European brandy, although leading cognac houses avoided them by promising to respect minimum prices.</p>", "<p>Brussels on June 19 barred Chinese suppliers from large public tenders for medical devices, and Beijing answered in kind on July 6.</p>", "<p>The EU first called China a \"systemic rival\" as well as a partner and competitor in March 2019, a formula that officials on both sides repeated on Thursday.</p>"],
  });

  test('a case opened is not the day it was first trailed', () => {
    assert.deepStrictEqual(opened.warnings('- The anti-subsidy investigation was formally opened on 4 October 2023.'), []);
  });

  test('a signing and the day it was made public are two moments', () => {
    assert.deepStrictEqual(corpus.warnings('- 12 October: the Dutch order against Nexfab becomes public.'), []);
  });

  test('a signing is not contradicted by the day a rate changed', () => {
    assert.deepStrictEqual(corpus.warnings('The Dutch levy on steel wire was raised to 12% by a decree signed on 3 June 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The Dutch levy on steel wire was raised to 12% on 5 June 2025.'), ['date-conflict 5 June 2025 -> 2025-06-04']);
  });

  test('a saying is not contradicted by a deed of the same speaker', () => {
    assert.deepStrictEqual(corpus.warnings('China’s commerce ministry addressed Nexfab at its Nov. 6, 2025 briefing.'), []);
  });

  test('the actor alone does not make two acts one', () => {
    assert.deepStrictEqual(corpus.warnings('China’s commerce ministry announced port fees on October 10, 2025.'), []);
  });

  test('a reporter’s premise in a transcript asserts no date', () => {
    assert.deepStrictEqual(corpus.warnings('The Dutch government suspended its Tarnwell order on November 19, 2025.'), []);
  });
});
