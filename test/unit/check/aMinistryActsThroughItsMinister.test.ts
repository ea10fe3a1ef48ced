// Round 1285 (held out, measured first). "Hanoi's trade ministry signed Directive 21/CT-BCT on
// origin controls on 14 July 2025" (the day of the ministry's press release) was left alone against
// "On 11 July 2025, Minister of Industry and Trade Nguyen Hong Dien signed Directive No. 21/CT-BCT":
// the minister was taken for another actor than Vietnam. A ministry acts through its minister, whose
// title the source writes with the ministry's field.
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a ministry acts through its minister', () => {
  const round = roundCorpus('../probe-rounds/r1285');

  test('the minister’s signing answers the ministry’s', () => {
    assert.deepStrictEqual(round.suggested("- Hanoi's trade ministry signed Directive 21/CT-BCT on origin controls on 14 July 2025."), ['date-conflict 14 July 2025 -> 2025-07-11']);
  });

  test('a ministry of another field is not that minister', () => {
    assert.deepStrictEqual(round.warnings("- Hanoi's finance ministry signed Directive 21/CT-BCT on origin controls on 14 July 2025."), []);
  });

  // Round 1315: "The Ministry of Commerce barred dealings with five US-based units of Hanwha Ocean on
  // October 15" was left alone against "China on Tuesday barred Chinese companies from doing business
  // with five U.S.-based subsidiaries of … Hanwha Ocean": the ministry's name holds no country. The
  // sources write it "China's commerce ministry", and a body they give one government acts for it.
  const r1315 = roundCorpus('../probe-rounds/r1315');
  test('a body the sources give one government acts for it', () => {
    assert.deepStrictEqual(r1315.suggested('- The Ministry of Commerce barred dealings with five US-based units of Hanwha Ocean on October 15.'), ['date-conflict October 15 -> 2025-10-14']);
  });
});
