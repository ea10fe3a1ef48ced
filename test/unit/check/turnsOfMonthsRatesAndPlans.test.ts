// Rounds 251-254. A day that ends a month and the whole month after it meet at the turn ("expired on
// 30 September" against "the loss of AGOA in October"). A clause that names its measure only as "the
// duty" has the rate its sentence gave it (and "on March 26, and the duty has been collected since
// April 3" counts no events since a day: the 26 is a date; a start is held to that April 3, not to
// the announcement of March 26 beside it). A brief about a country's act ("Ukraine's lawmakers") is
// not answered by a sentence that names no one acting, in a source that never names that country. A
// signing a source says "was meant to" happen is a plan. "Have applied since 3 May" is answered only
// by a start. A list that counts a measure's parts ("an initial batch, a second step a month later")
// dates the part in the date's own item.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: turns of months, rates told by "the duty", plans and counted parts', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'digest.txt': [
      'Africa trade digest',
      '',
      'Issue 47 | Friday, 12 December 2025',
      '',
      'Factory owners in Maseru say the lower rate slowed closures, but the loss of AGOA in October added ordinary clothing duties on top of it.',
    ],
    'wire.txt': [
      'South Africa answers the tariff letter',
      '',
      "JOHANNESBURG, July 8 (Wire) - South Africa's presidency said on Tuesday that the rate in the letter misread the trade between the two countries.",
      '',
      "For the car industry the letter is a second blow. Trump announced a 25% tariff on imported passenger vehicles on March 26, and the duty has been collected since April 3, with a matching levy on parts from May 3.",
    ],
    'drc.txt': [
      'Minerals and peace in the Great Lakes',
      '',
      'Published: July 10, 2025',
      '',
      'The peace agreement signed in Washington at the end of June has been sold there as both a security accord and a business opportunity.',
    ],
    'fund.txt': ['The reconstruction fund', '', 'Investors compare the Great Lakes deal with the minerals fund the United States set up with Ukraine.'],
    'minerals-wire.txt': [
      'Washington and Kyiv sign a minerals deal',
      '',
      'Published: May 1, 2025',
      '',
      'A revised framework was meant to be signed when Zelensky visited the White House on February 28, but the signing was called off after a heated exchange.',
    ],
    'commission.md': [
      '# Statement on the pause',
      '',
      'Published: 10 April 2025',
      '',
      'The European Commission takes note of the announcement made by the President of the United States on 9 April 2025 that the additional duties imposed on imports from most partners will be paused for 90 days.',
      '',
      '- 25% tariffs on cars and car parts, announced on 26 March 2025, with duties on cars collected since 3 April 2025;',
    ],
    'history.txt': [
      'How the rebalancing measures were built',
      '',
      'Published: 20 August 2025',
      '',
      'The April package was adopted on 9 April 2025. Its staggered dates, an initial batch, a second step a month later and a final batch including soybeans on December 1, were kept in the later lists.',
    ],
  });

  test('"expired on 30 September" is not flagged against "the loss of AGOA in October"', () => {
    assert.deepStrictEqual(corpus.warnings('The lower rate has applied since 7 August 2025, but the expiry of AGOA on 30 September 2025 added ordinary clothing duties on top of it.'), []);
  });

  test('the 10% duty is not held to the day "the duty" on cars began', () => {
    assert.deepStrictEqual(corpus.warnings('The across-the-board 10% duty began to be collected at 12:01 a.m. on April 5, 2025.'), []);
  });

  test('a start is held to the start the sentence gives, not to the announcement beside it', () => {
    assert.deepStrictEqual(corpus.warnings('The 25% duty on imported passenger vehicles began to be collected on April 5, 2025.'), ['date-conflict April 5, 2025 -> 2025-04-03']);
  });

  test("Ukraine's vote is not held to a peace agreement the sentence gives no party to", () => {
    assert.deepStrictEqual(corpus.warnings("Ukraine's lawmakers gave their approval to the resources accord with Washington on 8 May 2025."), []);
  });

  test('a signing the source says was meant to happen does not date the signing', () => {
    assert.deepStrictEqual(corpus.warnings("The accord originally meant for Zelensky's February visit was finally signed on April 30, 2025, a Wednesday."), []);
  });

  test('"have applied since 3 May" is held neither to a pause announced nor to duties on cars alone', () => {
    assert.deepStrictEqual(corpus.warnings('Duties on car parts entering the United States have applied since 3 May 2025.'), []);
  });

  test('the initial batch is not dated by the second step of the same list', () => {
    assert.deepStrictEqual(corpus.warnings('Under the April decision, the initial batch of duties would have been levied from 15 April 2025.'), []);
  });
});
