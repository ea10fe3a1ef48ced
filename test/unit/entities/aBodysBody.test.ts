// Round 615. "The General Council … adopted the protocol on November 28, 2014" was left alone,
// though a wire dated the adoption "on Thursday", Nov 27: its "The World Trade Organization's
// General Council" was read as one name, so the brief's General Council was taken for another
// body. A body of two words or more that owns the name after it ("the European Union's Court of
// Justice") is now a name of its own, and so is what it owns. One-word owners stay inside the name
// ("McDonald's Corp", "the People's Bank of China").
import * as assert from 'assert';
import { extractEntities } from '../../../src/core/entities/extract';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

const names = (text: string) => extractEntities(text).map((e) => `${e.kind}:${e.canonical}`);

suite('entities: a body’s body', () => {
  test('"The World Trade Organization’s General Council" is two bodies', () => {
    assert.deepStrictEqual(names('The World Trade Organization’s General Council adopted the protocol.'), ['organization:World Trade Organization', 'organization:General Council']);
  });

  test('"the European Union’s Court of Justice" is two bodies', () => {
    assert.deepStrictEqual(names('Lawyers said the European Union’s Court of Justice ruled.'), ['organization:European Union', 'organization:Court of Justice']);
  });

  test('one-word owners stay in the name', () => {
    assert.deepStrictEqual(names('Lawyers said McDonald’s Corp and the People’s Bank of China agreed.'), ['organization:McDonald’s Corp', 'organization:People’s Bank of China']);
  });

  suite('in a check', () => {
    const corpus = tempCorpus({
      ...rateNews(24),
      'protocol.txt': ['WTO adopts trade facilitation protocol', '', 'GENEVA, Nov 27, 2024 (Wire) - The World Trade Organization’s General Council on Wednesday adopted the legal protocol needed to bring the trade facilitation agreement into force.'],
    });

    test('the brief’s "General Council" is the wire’s', () => {
      assert.deepStrictEqual(corpus.warnings('The General Council adopted the protocol on November 28, 2024.'), ['date-conflict November 28, 2024 -> 2024-11-27']);
    });
  });
});
