// Rounds 298 and 226. A row whose entry names an actor the source's sentence never gives ("| Nov. 6 |
// Gunvor withdraws its offer for Lukoil's foreign assets | Gunvor |") is not dated by the day Treasury
// designated Lukoil; a source column ("| … | Wire |") names no actor. A brief that writes no year and
// gives two days ("boarded Air Force One on the night of 16 June and was absent when the leaders met
// again on 17 June") is told by a source entry that gives both, one of them without a year ("**Mon 16
// Jun 2025 18.30 MDT** … the other leaders meet again without him on 17 June"), not by the day the
// two leaders "met again" at Turnberry.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a row’s actor, and two days one without a year', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'treasury.txt': [
      'Treasury sanctions Russian oil majors',
      'Release date: October 22, 2025',
      '',
      "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets Control designated Rosneft Oil Company and Lukoil OAO, Russia's two largest oil companies, and froze their foreign assets.",
    ],
    'explainer.md': ['# The year of Trump and Starmer', '', 'Updated 22 September 2025', '', "The two leaders met again on 28 July at Trump's Turnberry resort in Ayrshire, where they spoke about trade and the steel quota."],
    'live.md': ['# G7 summit, live', '', '**Mon 16 Jun 2025 18.30 MDT** Trump will leave Kananaskis tonight, a day early; the other leaders meet again without him on 17 June.'],
  });

  test('"| Nov. 6 | Gunvor withdraws its offer … | Gunvor |" is not dated by the Treasury designation', () => {
    assert.deepStrictEqual(corpus.warnings("| Date | Event | Who |\n|---|---|---|\n| Nov. 6 | Gunvor withdraws its offer for Lukoil's foreign assets | Gunvor |"), []);
  });

  test('a row whose source column names no actor still warns', () => {
    assert.deepStrictEqual(corpus.warnings('| Date | Event | Source |\n|---|---|---|\n| Oct. 21, 2025 | Treasury designates Rosneft and Lukoil and freezes their foreign assets | Wire |'), ['date-conflict Oct. 21, 2025 -> 2025-10-22']);
  });

  test('"boarded … on the night of 16 June and was absent when the leaders met again on 17 June" is told by an entry that gives both days', () => {
    assert.deepStrictEqual(corpus.warnings('Cutting his summit short, Trump boarded Air Force One on the night of 16 June and was absent when the leaders met again on 17 June.'), []);
  });
});
