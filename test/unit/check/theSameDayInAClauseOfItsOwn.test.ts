// Rounds 760 and 805: when the best match cannot answer the brief for a reason of its own (a
// yearless wire, or the same wire also giving the brief's day for the shares' fall), a close firm
// match of the very same day in another source answers it (checkBrief: a firm peer, or the same-day
// match after the near one); not when the best match tells another event (aTripOutIsNoTripHome).
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: the same day told by another close match', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'sanctions.txt': [
      'SEOUL, Oct 15 (Wire) - China on Tuesday added five U.S.-based subsidiaries of shipbuilder Hanwha Ocean to its countermeasures list, barring Chinese firms from dealing with them.',
      '',
      'Hanwha Ocean shares fell 5.8% in Seoul on Wednesday, their steepest fall in months.',
    ],
    'shipping.txt': [
      'BEIJING, Oct 16, 2025 (Wire) - Shipping lines began rerouting cargo on Thursday.',
      '',
      'Beijing on Tuesday also placed five U.S. units of Hanwha Ocean on its countermeasures list.',
    ],
  });

  test('the listing a day off is flagged against the other source', () => {
    assert.deepStrictEqual(corpus.warnings('- On Wednesday, October 15, 2025, Beijing put five US subsidiaries of Hanwha Ocean on its countermeasures list.'), ['date-conflict Wednesday, October 15, 2025 -> 2025-10-14']);
  });

  test('the listing on its day is not', () => {
    assert.deepStrictEqual(corpus.warnings('- On Tuesday, October 14, 2025, Beijing put five US subsidiaries of Hanwha Ocean on its countermeasures list.'), []);
  });
});
