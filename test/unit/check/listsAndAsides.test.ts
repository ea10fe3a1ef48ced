// A saved page's list items are lines of their own, a press office's list of recent releases is
// not the article, and an aside between commas ("announced on April 2,") leaves the clause's subject
// to the date that follows it.
import * as assert from 'assert';
import { PORT_NEWS, RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: list items, release lists and asides', () => {
  const corpus = tempCorpus({
    'cars.html': [
      '<html><body><article>',
      '<p class="date">September 12, 2025</p>',
      '<p>Lisbon’s economy ministry sent parliament a bill raising duties on imported electric cars to 40% on Tuesday, September 9.</p>',
      '<p>On July 31 the prime minister won a 60-day reprieve from the higher levy after a call with the commission.</p>',
      '</article>',
      '<ul class="links">',
      '<li><a href="/2025/07/31/reprieve">Prime minister and commission agree 60-day reprieve (July 31)</a></li>',
      '<li><a href="/2025/08/06/yields">Bond yields ease after levy reprieve</a></li>',
      '<li><a href="/2025/09/08/budget">Finance ministry sends 2026 budget to parliament</a></li>',
      '</ul>',
      '<footer>© 2025 Gazeta do Porto</footer>',
      '</body></html>',
    ],
    'release.html': [
      '<html><body>',
      '<p class="date">July 29, 2025</p>',
      '<h1>Statement by the Trade Minister after talks with Norway in Bergen</h1>',
      '<p>The minister said the two days of talks in Bergen had been frank and useful, and that officials would meet again in the autumn.</p>',
      '<p>Both delegations agreed to keep the salmon quota under review, to share landing data each month and to ask their customs services for a joint report on transit fraud.</p>',
      '<p>The ministry will publish the full list of participants once both sides have approved it.</p>',
      '<aside><h3>Recent Press Releases</h3><ul>',
      '<li>August 28, 2025 — Minister meets fisheries exporters</li>',
      '<li>July 22, 2025 — Statement on the Trade Minister’s travel to Bergen for talks with Norway</li>',
      '</ul></aside>',
      '</body></html>',
    ],
    'levies.txt': [
      'Levies in force',
      'OSLO, April 20, 2025 -',
      'The salmon levies, announced on April 2, took effect on April 9, two weeks before the quota talks.',
    ],
    'agency.html': [
      '<p>Published : 2025-10-30 21:14</p>',
      '<p>The two presidents agreed on Wednesday to keep the fisheries quota under review and to meet again next year.</p>',
      '<ul class="related">',
      '<li>(2025-10-28 17:40) Minister arrives in Lima, signs fisheries pact with Chile</li>',
      '<li>(2025-09-12 16:55) Detained crew land in Callao after week at sea</li>',
      '</ul>',
    ],
    'review.md': ['# The year in trade deals', '- July: Bergen accord (27 July); Norway–Chile fisheries agreement', '- September: quota review opens in Oslo'],
    'ports.txt': PORT_NEWS,
    ...RATE_NEWS,
  });

  test('a linked headline’s date stays with its own item, not the next one', () => {
    assert.deepStrictEqual(corpus.warnings('Bond yields eased on August 6, 2025, after the levy reprieve.'), []);
  });

  test('a list of recent releases beside a statement does not date the statement', () => {
    assert.deepStrictEqual(corpus.warnings('The minister’s statement after the Bergen talks with Norway was dated July 29, 2025.'), []);
  });

  test('a list of headlines that open on their posting time is not the story', () => {
    assert.deepStrictEqual(corpus.warnings('The minister arrived in Lima on October 27, 2025.'), []);
  });

  test('a date in brackets dates the phrase before it, not the clause after a semicolon', () => {
    assert.deepStrictEqual(corpus.warnings('| Norway–Chile | Fisheries agreement | 13 July 2025 |'), []);
  });

  test('the subject before an aside is the later date’s subject too', () => {
    const words = (value: string) => corpus.engine().snapshot().facts.find((f) => f.file.endsWith('levies.txt') && f.date.value === value)?.terms.join(' ');
    assert.strictEqual(words('2025-04-02'), 'salmon levy announc');
    assert.strictEqual(words('2025-04-09'), 'salmon levy took effect');
    assert.deepStrictEqual(corpus.warnings('The salmon levies took effect on April 9, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The salmon levies took effect on April 11, 2025.'), ['date-conflict April 11, 2025 -> 2025-04-09']);
  });
});
