// A date inside a "since" clause, or beside a call, belongs to that act; a brief's "MOFCOM" is the
// Ministry of Commerce its sources name in full.
import * as assert from 'assert';
import { PORT_NEWS, RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: dates in clauses of their own', () => {
  const corpus = tempCorpus({
    'magnets.txt': [
      'Magnet makers short of supply',
      'Published: 20 June 2025',
      'Carmakers in Europe, Japan and Korea have reported shortages of permanent magnets since Beijing added seven rare-earth elements to its export control list in early April.',
      'At the end of the London round, both delegations said they had agreed in principle on a framework to carry out the consensus from the leaders’ phone call on June 5.',
      'The London round of talks ran on June 9 and June 10.',
      "China's Ministry of Commerce said on June 12 that it had approved a number of applications to export rare earths.",
    ],
    'ports.txt': PORT_NEWS,
    ...RATE_NEWS,
  });

  test('a "since" clause’s date is not the date of what the main clause tells', () => {
    assert.deepStrictEqual(corpus.warnings('The EU summoned China’s envoy over magnet shortages on June 6, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('Japan raised the magnet shortages with Korea at the G7 on June 16, 2025.'), []);
  });

  test('a call’s date beside it is the call’s, not the round’s that followed', () => {
    assert.deepStrictEqual(corpus.warnings('The London round closed on June 10, 2025 with agreement in principle on a framework.'), []);
  });

  test('"MOFCOM" is the Ministry of Commerce', () => {
    assert.deepStrictEqual(corpus.warnings('MOFCOM said on June 12, 2025 that it had granted some rare-earth export licences.'), []);
    assert.deepStrictEqual(corpus.warnings('MOFCOM said on June 13, 2025 that it had approved applications to export rare earths.'), ['date-conflict June 13, 2025 -> 2025-06-12']);
  });
});

suite('check: a ministry that speaks every few days', () => {
  const corpus = tempCorpus({
    'sunday.txt': ['Beijing not afraid', 'Published: 12 October 2025', "China's commerce ministry said in a statement on Sunday that Beijing was not afraid of a trade fight."],
    'tuesday.txt': ['Door open', 'Published: 14 October 2025', "China's commerce ministry said on Tuesday that Beijing's door to negotiations with Washington remained open."],
    'ports.txt': PORT_NEWS,
    ...RATE_NEWS,
  });

  test('a saying no source dates is not told the date of another saying', () => {
    assert.deepStrictEqual(corpus.warnings("China's commerce ministry said on October 27, 2025 that soybean purchases would resume."), []);
  });

  test('a saying a day off is still told its day when it says what the source says', () => {
    assert.deepStrictEqual(corpus.warnings("China's commerce ministry said on October 15, 2025 that the door to negotiations with Washington remained open."), ['date-conflict October 15, 2025 -> 2025-10-14']);
  });
});

suite('check: what a brief borrows, and markets that move every day', () => {
  const corpus = tempCorpus({
    'truce.txt': ['Truce extended', 'Published: 12 August 2025', 'The order extending the truce was signed on Monday, August 11, 2025, hours before it was due to expire.'],
    'retaliation.txt': ['Beijing retaliates', 'Published: 11 April 2025', 'China said on Friday it would raise its tariff on US goods to 125% from Saturday, April 12. President Donald Trump had announced on Wednesday, April 9, a pause for other partners.'],
    'markets.txt': ['Markets steady', 'Published: 3 June 2025', 'Markets in Shanghai and Hong Kong were little changed on Tuesday, June 3.'],
    'ports.txt': PORT_NEWS,
    ...RATE_NEWS,
  });

  test('a weekday is not checked in a year borrowed from lines above when it fits the sources’ year', () => {
    const brief = 'Talks began in May 2024.\n\nThe extension order was signed on Monday, August 11.';
    assert.deepStrictEqual(corpus.warnings(brief), []);
  });

  test('"the previous day" in a brief is not checked: it is counted from the brief’s own dates', () => {
    assert.deepStrictEqual(corpus.warnings("China's 125% rate took effect on Saturday, April 12, 2025, having been announced the previous day."), []);
  });

  test('a market move weeks from the source’s is another session', () => {
    assert.deepStrictEqual(corpus.warnings('Markets in Hong Kong and Tokyo rallied in the week of May 12, 2025.'), []);
  });
});
