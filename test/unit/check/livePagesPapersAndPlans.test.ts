// Held-out rounds 99-106: a live page's bold date heads it; a same-source date of another moment does
// not agree with a claim; a date-first table row is read like a timeline entry; "the ministry's 23
// October statement" dates a paper; a quoted date does not date the saying; "the plan was for …"
// makes every date after it a plan.
import * as assert from 'assert';
import { findDateline } from '../../../src/core/dates/documentDate';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('dates: a bold date at the head of a live page', () => {
  test('"**Friday 29 August 2025** · Business live · Updates by our team" dates the page', () => {
    const d = findDateline(['# Live: parcels lose their exemption', '', '**Friday 29 August 2025** · Business live · Updates by our trade team', '', '**06:02** Good morning.'].join('\n'));
    assert.strictEqual(d?.date, '2025-08-29');
  });

  test('a bold date further down, in a timeline, does not', () => {
    const d = findDateline(['# What happened', '', 'A short history of the parcel rules.', '', 'It began in the spring.', '', '**2 May 2025** · China loses the exemption'].join('\n'));
    assert.strictEqual(d, null);
  });
});

suite('check: live pages, rows, papers, quotes and plans', () => {
  const corpus = tempCorpus({
    'live.md': [
      '# Live: parcel rules change worldwide',
      '',
      '**Friday 29 August 2025** · Live coverage · Updates by our desk',
      '',
      '**07:15** Yesterday, Thursday, Parcelmart told sellers outside the US that some cross-border listings would be hidden from American buyers.',
    ],
    'live-summit.md': [
      '# Live: farmers march as leaders meet',
      '',
      '**Thursday 18 December 2025** · Live coverage · Updates by our desk',
      '',
      '**22:40** — Valdor Foreign Minister Ana Ortiz says Valdor regrets the delay but is "ready to sign in January".',
      '',
      '**23:10** — Background: the plan was for ambassadors to vote on Friday and for the president to sign in Lisbon the next day.',
    ],
    'timeline.md': [
      '# Port fees: a timeline',
      '',
      'Published: 2025-10-20',
      '',
      '| Date | Event |',
      '|---|---|',
      "| Fri 10 Oct 2025 | Ruritania's transport ministry announces special port fees on Valdor-linked ships |",
      "| Tue 14 Oct 2025 | Valdor's port fees and Ruritania's special port fees both take effect |",
      '| Fri 26 Sep 2025 | The Economy Ministry asks for fair treatment of trucks with local content |',
    ],
    ...RATE_NEWS,
  });

  test('a relative day on a page dated by its bold head is firm enough to warn', () => {
    assert.deepStrictEqual(corpus.warnings('Parcelmart told non-US sellers on 27 August 2025 that some listings would be hidden from American buyers.'), ['date-conflict 27 August 2025 -> 2025-08-28']);
  });

  test('the day fees take effect does not agree with a claim of the day they were announced', () => {
    assert.deepStrictEqual(corpus.warnings("- **14 October 2025** — Ruritania's transport ministry announces special port fees on Valdor-linked ships."), ['date-conflict 14 October 2025 -> 2025-10-10']);
  });

  test('"the ministry\'s 23 October statement" is not dated by a row that tells of no statement', () => {
    assert.deepStrictEqual(corpus.warnings("According to the Economy Ministry's 23 October 2025 statement, it asks for fair treatment of trucks with local content."), []);
  });

  test('"Ortiz said on 17 December" is not dated by the January she is quoted on', () => {
    assert.deepStrictEqual(corpus.warnings('Ana Ortiz said on 17 December 2025 that Valdor regrets the delay.'), []);
  });

  test('dates after "the plan was for" are a plan, not a record', () => {
    assert.deepStrictEqual(corpus.warnings('The plan was for ambassadors to vote on 19 December 2025 and for the president to sign in Lisbon the next day.'), []);
  });
});
