// Round 350: "JNTO figures released on 19 November showed arrivals from mainland China up 22.8%" was
// held to a calendar line "Dec. 17 (Wednesday): JNTO releases November visitor arrivals", another
// release, though a source gives the 22.8% of the October arrivals released on the 19th.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

suite('check: a release of figures is told by its values', () => {
  const corpus = tempCorpus({
    'wire.txt': [
      'Chinese visitors still rising',
      '',
      'TOKYO, Nov 19, 2025 (Tradewire) - The Japan National Tourism Organization said on Wednesday that 715,700 visitors from mainland China arrived in October, up 22.8% from a year earlier.',
    ],
    'analysis.md': [
      'Who pays for the row',
      '',
      'Mainland Chinese travellers were the single biggest group of foreign visitors to Japan in 2025. Airlines from mainland China cut flights to Japan on Nov. 17, and tour groups from mainland China were cancelled on Nov. 18. Visitors from mainland China spent less in October than in September 2025.',
    ],
    'desk.md': [
      '# Asia trade desk',
      '',
      '## Monday, 1 December 2025',
      '',
      'Good morning. This week’s notes cover airlines and the cancelled exchanges.',
      '',
      '### Coming up',
      '',
      '- **Dec. 17 (Wednesday):** JNTO releases November visitor arrivals, the first full month that includes the travel advisory.',
    ],
  });

  test('the figures with the brief’s 22.8% are the ones released on the 19th', () => {
    assert.deepStrictEqual(corpus.warnings('JNTO figures released on 19 November 2025 showed arrivals from mainland China up 22.8% on the year.'), []);
  });

  test('the November arrivals’ release is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('JNTO releases November visitor arrivals on 19 December 2025.'), ['date-conflict 19 December 2025 -> 2025-12-17']);
  });
});
