// A person's card says who they are once, as the sources put it, without the same role three ways.
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
