// Round 455: "Seoul announced its mirror measure on August 12" was held to "the measures announced by
// Japan's Ministry of Economy, Trade and Industry on 1 July 2019": who acted follows "by" in a
// clause cut short of its verb ("the measures announced by …") as after "were announced by".
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

suite('check: the actor after "announced by" in a shortened clause', () => {
  const corpus = tempCorpus({
    'release.txt': [
      'FOR IMMEDIATE RELEASE',
      '',
      'Ministry of Trade, Industry and Energy (MOTIE), Republic of Korea',
      'Date: 11 September 2019',
      '',
      'KOREA TAKES JAPAN\'S EXPORT CURBS TO THE WTO',
      '',
      'Sejong — The Government of the Republic of Korea today asked Japan for consultations under the dispute settlement rules of the World Trade Organization (WTO) over Japan\'s curbs on exports of three chemicals.',
      '',
      'The request went to the Government of Japan and to the WTO Secretariat in Geneva. It covers the measures announced by Japan\'s Ministry of Economy, Trade and Industry on 1 July 2019 and applied from 4 July 2019, which moved exports of the three chemicals to Korea from blanket licences to case-by-case licences.',
      '',
      'Separately, MOTIE confirms that its revised notice on strategic items, which moves Japan out of the group of countries with simplified procedures, takes effect on Wednesday, 18 September 2019. The revision was first announced on 12 August 2019 and was open for comment for 20 days.',
    ],
    'thaw.txt': [
      'Japan eases one chip-material curb',
      '',
      'SEOUL, Dec. 20 (Wire) -- Japan on Friday eased part of its export curbs on South Korea, letting photoresist go to some Korean buyers under a general licence.',
      '',
      'The step follows months of escalation. Seoul took its complaint to the World Trade Organization on Sept. 11, and two rounds of consultations in Geneva, on Oct. 11 and Nov. 19, brought no breakthrough.',
      '',
      'On Nov. 22, hours before the military intelligence pact was due to lapse, Seoul suspended its Aug. 22 decision to end it.',
    ],
  });

  test('"Seoul announced its mirror measure on August 12" is not dated by the measures announced by Japan\'s ministry', () => {
    assert.deepStrictEqual(corpus.warnings('- Seoul announced its mirror measure on August 12 and decided on 22 August to terminate GSOMIA.'), []);
  });

  test('Japan\'s own announcement is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- The measures were announced by Japan\'s Ministry of Economy, Trade and Industry on 3 July 2019.'), ['date-conflict 3 July 2019 -> 2019-07-01']);
  });
});
