// Rounds 1100, 1101, 1104, 1105 and 1107. "EU and US leaders reached their political agreement at
// Turnberry" names the governments whose leaders acted; a source that names only presidents answers
// it. "Novartis committed $23 billion" is a pledge, made by saying so: "Novartis said on April 10 that
// it would invest $23 billion" dates it. "signed a joint development agreement for the project on 13
// August" dates the signing, not the project. "Beijing's 9 October announcement" dates a saying, and
// "The Oct. 9 measures" names the measures by a day: neither is a start against "scheduled to take
// effect on Dec. 1". "the Group of Seven summit" is "the G7 summit". "Japan's separate decision …,
// which took effect late last month" dates Japan's decision. "mentioned January 2021 as a working
// target" names an aim, not a day anything happened.
// Round 1112: an undated page's "for one year beginning November 10, 2025, running to November 10,
// 2026" sets its second day ahead, so the page is not of 2026; and "China said it would suspend, …
// from November 10, its special port fees" scores alike with "From 14 October 2025, special port fees
// shall be collected": for a brief that tells no undoing, the second answers "took effect".
// Round 1125: "Talks were paused around the UK general election of 4 July 2023" against "Talks
// stalled through … Britain's general election on July 4, 2024": a stall is an undoing as a pause is.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: leaders, pledges and days that name things', () => {
  const pharma = roundCorpus('../probe-rounds/r1100');
  const minerals = roundCorpus('../probe-rounds/r1101');
  const canada = roundCorpus('../probe-rounds/r1104');
  const japan = roundCorpus('../probe-rounds/r1105');
  const afcfta = roundCorpus('../probe-rounds/r1107');
  const ports = roundCorpus('../probe-rounds/r1112');
  const india = roundCorpus('../probe-rounds/r1125');

  test('governments\u2019 leaders are answered by the presidents who acted', () => {
    assert.deepStrictEqual(pharma.warnings('- EU and US leaders reached their political agreement at Turnberry on 28 July 2025.'), ['date-conflict 28 July 2025']);
    assert.deepStrictEqual(pharma.warnings('- EU and US leaders reached their political agreement at Turnberry on 27 July 2025.'), []);
  });

  test('a sum pledged is dated by the day it was said', () => {
    assert.deepStrictEqual(pharma.warnings('- Novartis committed $23 billion to US manufacturing and research in April 2024.'), ['date-conflict April 2024']);
    assert.deepStrictEqual(pharma.warnings('- Novartis committed $23 billion to US manufacturing and research in April 2025.'), []);
  });

  test('a noun the act was done for does not own the date', () => {
    assert.deepStrictEqual(minerals.warnings('- Alcoa and Sojitz signed their joint development agreement for the gallium plant in July 2025.'), ['date-conflict July 2025']);
  });

  test('a day that names an announcement or the measures is no start', () => {
    assert.deepStrictEqual(minerals.warnings("- Beijing's expanded rare-earth export controls were due to take effect on 9 October 2025."), ['date-conflict 9 October 2025']);
    assert.deepStrictEqual(minerals.warnings("- Beijing's expanded rare-earth export controls were due to take effect on 1 December 2025."), []);
  });

  test('the Group of Seven summit is the G7 summit', () => {
    assert.deepStrictEqual(canada.warnings('- Carney and Trump agreed on June 17 at the G7 summit in Kananaskis to aim for a deal within 30 days.'), ['date-conflict June 17']);
  });

  test('the owner of what a relative clause says took effect acted', () => {
    assert.deepStrictEqual(japan.warnings("- Japan's removal of Korea from the trusted list came into force on 28 September 2019."), ['date-conflict 28 September 2019']);
  });

  test('a day named as a target is no day anything happened', () => {
    assert.deepStrictEqual(afcfta.warnings('- An extraordinary AU summit held by video link on Saturday, 5 December 2020 confirmed the new start date.'), []);
  });

  test('a day a period runs to is ahead of the page', () => {
    assert.strictEqual(ports.dateOf('busan-truce.txt'), '2025-10-30');
  });

  test('of matches alike, one that tells no undoing answers a start', () => {
    assert.deepStrictEqual(ports.warnings('- Those Chinese special port fees took effect on October 10, 2025.'), ['date-conflict October 10, 2025']);
    assert.deepStrictEqual(ports.warnings('- Those Chinese special port fees took effect on October 14, 2025.'), []);
  });

  test('talks that stalled are told as those paused', () => {
    assert.deepStrictEqual(india.warnings("- Talks were paused around the UK general election of 4 July 2023 and India's own spring election."), ['date-conflict 4 July 2023']);
    assert.deepStrictEqual(india.warnings("- Talks were paused around the UK general election of 4 July 2024 and India's own spring election."), []);
  });

  test('a minister named with his title after him is who made the statement', () => {
    assert.deepStrictEqual(india.warnings('- Reynolds set out the terms to MPs in a Commons statement on 7 May 2025.'), ['date-conflict 7 May 2025']);
  });
});
