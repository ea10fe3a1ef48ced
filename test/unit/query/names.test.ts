// Names in hovers and completion: a person's roles once, as the sources put them; a name typed over several words.
import * as assert from 'assert';
import { distinctRoles } from '../../../src/core/query/roles';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('hover: a name', () => {
  const corpus = tempCorpus({
    'talks.txt': [
      'Talks resume',
      'LONDON, June 10, 2025 -',
      'U.S. Treasury Secretary Scott Bessent met Chinese officials in London on Monday.',
      'US Treasury Secretary Scott Bessent said the talks were fruitful.',
      'Treasury Secretary Scott Bessent left London on Tuesday.',
    ],
    'ports.txt': PORT_NEWS,
  });

  test('one role however the sources spell it, the fullest kept', () => {
    assert.deepStrictEqual(distinctRoles(['U.S. Treasury Secretary', 'US Treasury Secretary', 'Treasury Secretary']), ['U.S. Treasury Secretary']);
    assert.deepStrictEqual(distinctRoles(['President', 'Chinese leader', 'Chinese President']), ['Chinese leader', 'Chinese President']);
    const text = 'Scott Bessent was in London.';
    const card = corpus.engine().hoverAt(text, 2);
    assert.strictEqual(card?.subtitle, 'U.S. Treasury Secretary');
  });

  test('no empty "Also:" line for a name without other spellings', () => {
    const text = 'Talks were held in London.';
    const card = corpus.engine().hoverAt(text, text.indexOf('London') + 1);
    assert.ok(card, 'London has a card');
    assert.ok(!card.lines.some((l) => /^Also:\s*$/.test(l)), card.lines.join(' | '));
  });
});

suite('completion: a name typed over several words', () => {
  const corpus = tempCorpus({
    'talks.txt': ['Talks resume', 'LONDON, June 10, 2025 -', 'Negotiators held talks in London on Monday.', 'Earlier, talks in Geneva ended on May 12.'],
    'ports.txt': PORT_NEWS,
  });

  test('"the London ta" offers the London talks first and replaces "London ta", not only "ta"', () => {
    const text = 'As agreed at the London ta';
    const items = corpus.engine().complete(text, text.length, 'MMMM D, YYYY');
    assert.ok(items.length > 0);
    const first = items[0];
    assert.match(first.label, /^London talks/);
    assert.strictEqual(text.slice(first.replaceStart, first.replaceEnd), 'London ta');
    const after = text.slice(0, first.replaceStart) + first.insertText + text.slice(first.replaceEnd);
    assert.ok(!/London London/.test(after), after);
  });

  test('one letter after the first word is enough ("London t")', () => {
    const text = 'As agreed at the London t';
    const items = corpus.engine().complete(text, text.length, 'MMMM D, YYYY');
    assert.deepStrictEqual(items.map((i) => [i.label, text.slice(i.replaceStart, i.replaceEnd)]).slice(0, 1), [['London talks', 'London t']]);
    assert.deepStrictEqual(corpus.engine().complete('Then x', 6, 'MMMM D, YYYY'), []);
  });
});

suite('events answer to the other nouns writers use for them', () => {
  const corpus = tempCorpus({
    'deal.txt': ['Truce agreed', 'GENEVA, May 12, 2025 -', 'The two sides reached a deal in Geneva on Sunday and agreed to pause their trade war for 90 days.'],
    'ports.txt': PORT_NEWS,
  });

  test('a hover on "the Geneva truce" shows the Geneva deal', () => {
    const text = 'The Geneva truce held for a month.';
    const card = corpus.engine().hoverAt(text, text.indexOf('truce'));
    assert.match(card?.title ?? '', /^Geneva deal/);
  });

  test('"the Geneva tru" completes to "Geneva truce (…)", as typed, replacing both words', () => {
    const text = 'Since the Geneva tru';
    const items = corpus.engine().complete(text, text.length, 'MMMM D, YYYY');
    assert.strictEqual(items[0]?.label, 'Geneva truce');
    assert.strictEqual(text.slice(items[0].replaceStart, items[0].replaceEnd), 'Geneva tru');
    assert.match(items[0].insertText, /^Geneva truce \(/);
    assert.ok(items.every((i) => i.replaceStart === items[0].replaceStart), 'no item that would keep "Geneva" before its own name');
  });
});
