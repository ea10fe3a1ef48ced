// Round 511. "The Seoul round concluded on 2 February 2018" was left alone against "South Korea and
// the United States wrapped up their second round of talks on Thursday" (Feb. 1): "wrapped up" is a
// conclusion. And a verb read with its particle ("sat down with", "put forward", "the lower house")
// was so read in a brief only: a source's words were read one by one, so the two never met. (In this
// small corpus the round is flagged on its other words too; the test keeps it so.)
import * as assert from 'assert';
import { DocumentSignals } from '../../../src/core/events/signals';
import { contentTerms } from '../../../src/core/text/terms';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a verb with its particle, in a source as in a brief', () => {
  test('a source reads its words as a brief does', () => {
    const text = 'Ministers wrapped up talks, sat down with envoys, put forward a plan and sent it to the lower house.';
    assert.deepStrictEqual(new DocumentSignals(text).terms(0, text.length), contentTerms(text));
    assert.ok(contentTerms(text).includes('conclud'));
  });

  const corpus = tempCorpus({
    ...rateNews(24),
    'round.txt': [
      'Second round of trade talks ends in Seoul',
      '',
      'SEOUL, Feb. 1, 2018 (Wire) - South Korea and the United States wrapped up their second round of talks on amending their free trade agreement on Thursday, with sharp differences over autos.',
    ],
  });

  test('a round that "concluded" a day late is flagged against the day it "wrapped up"', () => {
    assert.deepStrictEqual(corpus.warnings('The Seoul round, the second of the talks, concluded on 2 February 2018 with autos and the new safeguard duties still in dispute.'), ['date-conflict 2 February 2018 -> 2018-02-01']);
  });
});
