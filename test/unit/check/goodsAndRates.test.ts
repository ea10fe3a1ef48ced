// A measure on one kind of goods is not another's, a rate that "went from 10 to 25 percent" names
// the day it changed, and a law firm's list of linked notes with their dates is not the story.
import * as assert from 'assert';
import { PORT_NEWS, RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: goods, rate changes and dated links', () => {
  const corpus = tempCorpus({
    'customs.txt': [
      'CSMS # 6400 - Guidance on steel and aluminium duties',
      'Sent: 06/03/2025',
      'By decrees signed February 10, 2025, the duty on aluminium was raised from 10 to 25 percent; those changes took effect for goods entered on or after 12:01 a.m. on March 12, 2025.',
    ],
    'alert.html': [
      '<p class="meta">Client Alert · Trade · September 30, 2025</p>',
      '<h2>Key dates</h2>',
      '<ul>',
      '<li><strong>March 12, 2025</strong> – Steel duties restored to a full 25 percent under decrees signed February 10.</li>',
      '</ul>',
      '<h3>Our earlier notes</h3>',
      '<ul>',
      '<li><a href="#">Copper Tariff Decree: First Take (July 31, 2025)</a></li>',
      '<li><a href="#">Steel Derivatives: 407 Codes Added (August 19, 2025)</a></li>',
      '</ul>',
    ],
    'review.md': ['# The year in review', 'The steel question was put off: when Washington doubled steel tariffs to 50% in June, British steel stayed at 25%.'],
    'pact.html': ['<p class="meta">Updated: Jul 24, 2025, 18:05 IST</p>', '<p>India and Britain signed their trade pact in London on Thursday, July 24, 2025, after three years of talks.</p>'],
    'penalty.txt': ['Washington doubles India duties', 'Published: August 28, 2025', 'Trump added a 25% penalty on Indian goods over its purchases of Russian oil. That penalty took effect on Aug. 27, pushing the total to one of the highest rates faced by any US trading partner.'],
    'magnets.txt': ['Magnet exports slump', 'Customs data released last week showed that rare-earth magnet exports in May fell nearly 75 percent from a year earlier.'],
    'ports.txt': PORT_NEWS,
    ...RATE_NEWS,
  });

  test('"went from 10 to 25 percent on March 12" is the change, not the signing of the decree', () => {
    assert.deepStrictEqual(corpus.warnings('The aluminium rate went from 10 to 25 percent on March 12, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('Aluminium’s duty rose to 25 percent in March 2025.'), []);
  });

  test('"doubled steel tariffs to 50% in June" is the rise, not the rally where it was first floated', () => {
    assert.deepStrictEqual(corpus.warnings('- **Friday 30 May 2025** – Trump tells a rally he will double steel tariffs.'), []);
  });

  test('an approval ("the Cabinet clears the pact") is not dated by the signing', () => {
    assert.deepStrictEqual(corpus.warnings('- **22 July 2025** – The Indian Cabinet clears the trade pact with Britain.'), []);
  });

  test('the month a statistic covers is not the day it was released', () => {
    assert.deepStrictEqual(corpus.warnings('Customs figures released on June 9, 2025 showed magnet exports down about 75 percent.'), []);
  });

  test('a cut is not dated by a rise that took effect on another day', () => {
    assert.deepStrictEqual(corpus.warnings('India’s GST rate cuts took effect on September 22, 2025.'), []);
    // The rise itself, dated wrongly, still warns.
    assert.deepStrictEqual(corpus.warnings('The extra 25% penalty on Indian goods took effect on September 22, 2025.'), ['date-conflict September 22, 2025 -> 2025-08-27']);
  });

  test('a decree on other goods does not date this one', () => {
    assert.deepStrictEqual(corpus.warnings('The autos decree raising duties to 25 percent was signed on March 26, 2025.'), []);
  });

  test('a linked note’s date in brackets is the note’s, not the event’s', () => {
    assert.deepStrictEqual(corpus.warnings('The copper tariff decree was signed on July 30, 2025.'), []);
  });
});
