// Rounds 531 and 537. "BANGKOK, Jan. 21 (Xinhua) -- Thai Prime Minister Paetongtarn Shinawatra will
// witness the signing … on Thursday, government spokesperson Jirayu Houngsub said on Tuesday" was
// filed, firmly, in 2021, the year Jan. 21 was a Thursday: the lead's first weekday was taken for the
// wire's day, though the lead looks ahead to it. A weekday the lead looks ahead to ("will witness …
// on Thursday", "will begin charging … on Friday") is not the wire's; the day of the saying is.
import * as assert from 'assert';
import { pageDate } from '../helpers/pageDate';


suite('corpus: a lead that looks ahead to a weekday', () => {
  const history = 'Talks were first launched in 2005 and were relaunched in June 2022, and the two sides concluded them on Nov. 19, 2024.';

  test('the day of the saying, not the signing it announces, is the wire\'s', () => {
    const text = ['Thai PM to witness signing of trade pact in Davos', '', 'BANGKOK, Jan. 21 (Wire) -- Thailand\'s prime minister will witness the signing of a free trade agreement with the European Free Trade Association in Davos, Switzerland, on Thursday, a government spokesperson said on Tuesday.', '', history].join('\n');
    assert.deepStrictEqual(pageDate(text, '2024-11-19')[0], '2025-01-21');
  });

  test('a lead that only looks ahead gives no weekday to make a corpus year firm', () => {
    const text = ['EU to slap duties on biodiesel from Friday', '', 'BRUSSELS, Sept 5 (Wire) - The European Union will begin charging provisional duties on biodiesel shipped from Indonesia on Friday, after finding that producers were subsidised.', '', 'The investigation was opened on Dec. 6, 2018 after a complaint by European producers.'].join('\n');
    assert.notDeepStrictEqual(pageDate(text, '2025-08-22'), ['2025-09-05', 'dateline']);
  });
});
