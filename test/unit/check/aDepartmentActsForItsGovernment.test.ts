// Rounds 631 and 639. "Washington's side of the bargain, delisting the forensic institute, followed
// on November 17" was left alone against "on Nov. 16, the Commerce Department removed the
// institute": a US department names no country, so it was taken for another actor than Washington.
// And "Caputo's devaluation was unveiled on Wednesday, December 13" against "Argentina's new economy
// minister Luis Caputo on Tuesday unveiled …": the title's "new" ended the source's subject before
// Caputo's name. Round 600 (held out): once USTR acts for Washington, "USTR declared the text
// concluded on May 18" must still be read as a saying, so that "USTR announced on May 18 that the two
// sides had concluded" answers it.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a department acts for its government; a title may open with "new"', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'delisting.txt': [
      'Washington lifts sanctions on Chinese forensic lab',
      '',
      'WASHINGTON, Nov 20, 2023 (Wire) - The United States and China met on counternarcotics cooperation last week. A day after that meeting, on Nov. 16, the Commerce Department removed the Institute of Forensic Science, a laboratory of the Ministry of Public Security, from its trade blacklist.',
    ],
    'devaluation.txt': [
      'Argentina devalues peso',
      '',
      'BUENOS AIRES, Dec 12, 2023 (Wire) - Argentina\'s new economy minister Luis Caputo on Tuesday unveiled a devaluation of the peso to 800 per dollar and deep spending cuts.',
    ],
    'text.txt': [
      'Taiwan and US sign first deal',
      '',
      'WASHINGTON, June 2, 2023 (Wire) - Taiwan and the United States signed the first agreement under their trade initiative at the offices of the U.S. Trade Representative (USTR) in Washington on Thursday.',
      '',
      'USTR announced on May 18 that the two sides had concluded negotiations on the text of the agreement.',
    ],
  });

  test('Washington is said to act on the wrong day against its Commerce Department', () => {
    assert.deepStrictEqual(corpus.warnings('Washington delisted the forensic laboratory of the Ministry of Public Security on November 17, 2023.'), ['date-conflict November 17, 2023 -> 2023-11-16']);
  });

  test('the minister named after "new economy minister" acted', () => {
    assert.deepStrictEqual(corpus.warnings("Caputo's devaluation of the peso was unveiled on Wednesday, December 13, 2023."), ['date-conflict Wednesday, December 13, 2023 -> 2023-12-12']);
  });

  test('a declaration that the text was concluded is answered by the announcement, not the signing', () => {
    assert.deepStrictEqual(corpus.warnings('USTR declared the text of the first agreement concluded on May 18, 2023.'), []);
  });
});
