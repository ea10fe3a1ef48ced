// Round 443: "Trump announced the additional 10% on Saturday, 25 October 2025" (right) was held to
// "talks have been frozen since Trump called them off on Oct. 23 over the ad, and he has since
// threatened an additional 10% tariff": a clause joined after the date that says it came later
// tells another day.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const BLOG = ['# APEC live', '', '**Saturday, November 1, 2025**', '', '**10:20 a.m.** - Where things stand: Canada-U.S. trade talks have been frozen since President Donald Trump called them off on Oct. 23 over an Ontario ad, and he has since threatened an additional 10% tariff on Canadian goods.'];

suite('check: a clause that says it came later', () => {
  const corpus = tempCorpus({ 'blog.md': BLOG, ...RATE_NEWS });

  test('the additional tariff is not dated by the talks’ end', () => {
    assert.deepStrictEqual(corpus.warnings('- Trump announced the additional 10% tariff on Canadian goods on Saturday, 25 October 2025.'), []);
  });

  test('the talks’ end is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- Trump called off the Canada-U.S. trade talks over the Ontario ad on 24 October 2025.'), ['date-conflict 24 October 2025 -> 2025-10-23']);
  });
});

// Round 647 (held out, measured first): "Robert Zoellick and Shi Guangsheng held a bilateral meeting
// in Doha on November 12, 2001" was flagged against "Shi Guangsheng handed over the papers in Doha on
// November 11, a day after ministers meeting in the Qatari capital approved China's accession": a
// clause after the date that says what came before it tells another day too.
suite('check: a clause that says what came before', () => {
  const corpus = tempCorpus({
    ...RATE_NEWS,
    'joins.txt': ['China joins WTO', '', "BEIJING, Dec 11, 2001 (Wire) - Trade Minister Shi Guangsheng handed over the papers in Doha on November 11, a day after ministers meeting in the Qatari capital approved China's accession package."],
  });

  test('the meeting is not dated by the handing over', () => {
    assert.deepStrictEqual(corpus.warnings('Zoellick and Shi Guangsheng held a bilateral meeting on the margins of the Doha conference on November 12, 2001.'), []);
  });

  test('the handing over is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('Shi Guangsheng handed over the accession papers in Doha on November 12, 2001.'), ['date-conflict November 12, 2001 -> 2001-11-11']);
  });
});

// Round 734 (held out, measured first): "The first negotiating round opened on 17 January" was held
// to "Formal negotiations opened in New Delhi on 13 January 2022, and the first round of talks
// followed the next week": a joined clause that dates itself after the sentence's date tells another day.
suite('check: a joined clause dated after the sentence’s date', () => {
  const corpus = tempCorpus({
    ...RATE_NEWS,
    'road.txt': ['The long road to a trade pact', '', 'Formal negotiations between the two governments opened in New Delhi on 13 January 2022, and the first round of talks followed the next week, held mostly over video calls.'],
  });

  test('the first round is not dated by the opening of negotiations', () => {
    assert.deepStrictEqual(corpus.warnings('- The first negotiating round opened on 17 January 2022, held largely by video link.'), []);
  });

  test('the opening of negotiations is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- Formal negotiations opened in New Delhi on 14 January 2022.'), ['date-conflict 14 January 2022 -> 2022-01-13']);
  });
});
