// "The call came four weeks after the two men met in Busan, South Korea, on Oct. 30": after an
// interval, a date right behind the reference event is that event's, and ", South Korea," is the
// place's country, not a clause break. And a newsletter's "Busan summit, Oct. 29" against a paper's
// "met in Busan on Oct. 30" is a disagreement about one encounter: no side is taken.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a reference event’s own date, and names for one encounter', () => {
  const corpus = tempCorpus({
    'paper.html': [
      '<p class="dateline">Published Nov. 24, 2025, 6:12 p.m. ET</p>',
      '<p>The phone call came less than four weeks after the two leaders met for about 100 minutes at an air base in Busan, South Korea, on Oct. 30, on the sidelines of a regional summit.</p>',
    ],
    'tracker.md': ['# Leaders tracker', '', '| Event | Date | Format |', '|---|---|---|', '| Busan summit | Oct. 29 | In person |', '| Phone call | Nov. 24 | Call |'],
    ...RATE_NEWS,
  });

  test('the meeting’s date is the meeting’s, not the call’s', () => {
    const facts = corpus.engine().snapshot().facts.filter((f) => f.path.endsWith('paper.html') && f.date.text === 'Oct. 30');
    assert.strictEqual(facts.length, 1);
    assert.ok(facts[0].terms.includes('meet') && facts[0].terms.includes('busan'), facts[0].terms.join(','));
  });

  test('two sources that disagree on the encounter’s day settle nothing', () => {
    assert.deepStrictEqual(corpus.warnings('The Busan summit fell on Thursday, October 30, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The Busan summit was held on October 29, 2025.'), []);
  });
});

suite('check: a table row’s dates share its first cell', () => {
  const corpus = tempCorpus({
    'letter.md': [
      '# Furrow Trade Letter',
      'Issue 88 | November 12, 2025',
      '',
      '| Measure | Announced | In effect |',
      '|---|---|---|',
      '| Ruritania levy cut to 10% | Nov 4 | Nov 10 |',
      '| Ruritania levy raised to 20% | Mar 3 | Mar 4 |',
    ],
    ...RATE_NEWS,
  });

  test('the row’s in-effect date is as much about the measure as its announced date', () => {
    assert.deepStrictEqual(corpus.warnings('| Ruritania levy cut in force | 10 Nov 2025 |'), []);
    assert.deepStrictEqual(corpus.warnings('The Ruritania levy raised to 20% took effect on 4 Mar 2025.'), []);
  });
});
