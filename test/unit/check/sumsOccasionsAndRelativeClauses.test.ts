// Held-out rounds 99-102: a flat fee of another sum is another measure; a claim of another kind
// that tells of no occasion is not dated by a meeting; a relative clause's date is its own act's;
// "took effect immediately" names no measure; one-word companies, owners and question words in
// entity names; a yearless wire dateline dated by the weekday its lead names.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';
import { extractEntities } from '../../../src/core/entities/extract';
import { sumsIn } from '../../../src/core/text/rates';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: sums, occasions and relative clauses', () => {
  const corpus = tempCorpus({
    'parcel-duty.txt': [
      'Parcel duty climbs again',
      'Small senders face a steeper bill after the White House changed the postal duty twice in two days.',
      'On Tuesday, April 8, 2025, the White House lifted the planned postal duty to 90 per cent of the value, or a flat US$75 per item.',
      'Retailers said the change would hurt small shops.',
    ],
    'truce-talks.txt': [
      'Negotiators keep the truce alive',
      'Negotiators from Ruritania and Valdor had met in Madrid in mid-September 2025, where they agreed a framework for the app dispute and discussed extending the tariff truce.',
      'Officials said further rounds would follow.',
    ],
    'hearing.txt': [
      'Justices hear the tariff case',
      'WASHINGTON, Nov. 5, 2025 (Tradewire) - The justices heard the challenge to the emergency tariffs on Wednesday.',
      'Mara Lindqvist, head of the Harbour Importers Alliance, whose members filed a supporting brief on Oct. 24 backing the challengers, said the questioning gave her hope.',
    ],
    'alliance.txt': ['Importers back the challenge', 'Posted: 2025-11-06 09:00', 'The Harbour Importers Alliance, whose members filed a supporting brief on Oct. 24 backing the challengers, welcomed the hearing.'],
    'affiliates.txt': [
      'Washington widens its blacklist',
      'Posted: 2025-09-30 08:10',
      'The rule, which officials call the affiliates rule, was released by the Commerce Department on Monday, September 29, 2025, and took effect immediately.',
    ],
    ...RATE_NEWS,
  });

  test('a flat fee "to $100" is not the one "of US$75" a source dates otherwise', () => {
    assert.deepStrictEqual(corpus.warnings('The White House raised the flat postal fee to $100 on Wednesday, April 9, 2025.'), []);
  });

  test('the same fee at the same sum on another day still warns', () => {
    assert.deepStrictEqual(corpus.warnings('The White House lifted the postal duty to 90 per cent, or US$75 per item, on April 10, 2025.'), ['date-conflict April 10, 2025 -> 2025-04-08']);
  });

  test('"the truce was extended" is not dated by the Madrid meeting that discussed extending it', () => {
    assert.deepStrictEqual(corpus.warnings('- August 11, 2025 – The Ruritania–Valdor tariff truce was extended for another 90 days.'), []);
  });

  test('a claim about the Madrid talks is still answered by them', () => {
    assert.deepStrictEqual(corpus.warnings('Negotiators from Ruritania and Valdor met in Madrid in mid-August 2025 and agreed a framework for the app dispute.'), ['date-conflict mid-August 2025 -> 2025-09']);
  });

  test('a speaker quoted on the day of the hearing is not dated by the brief her members filed earlier', () => {
    assert.deepStrictEqual(corpus.warnings('Mara Lindqvist told reporters on November 5, 2025, that the questioning gave her hope.'), []);
  });

  test('a claim about the filing itself is answered by the relative clause', () => {
    assert.deepStrictEqual(corpus.warnings("The Harbour Importers Alliance's members filed their supporting brief backing the challengers on Oct. 27, 2025."), ['date-conflict Oct. 27, 2025 -> 2025-10-24']);
  });

  test('"took effect immediately" shared with another government\'s rule names no measure', () => {
    assert.deepStrictEqual(corpus.warnings("Ruritania's technology controls under Notice No. 62 took effect immediately on 9 Oct. 2025, the day they were issued."), []);
  });
});

suite('rates: sums of money', () => {
  test('"$100", "US$75", "€1.2bn" and "$550 billion" are read as sums', () => {
    assert.deepStrictEqual(sumsIn('a fee of $100, then US$75, a €1.2bn fund and $550 billion of pledges, $1,500 a head'), [100, 75, 1.2e9, 5.5e11, 1500]);
  });
});

suite('entities: one-word companies, owners and question words', () => {
  const found = (text: string) => extractEntities(text).map((m) => `${m.text}:${m.kind}`);

  test('"the Nordic postal group Nordpak" once, mid-sentence, is an organisation', () => {
    assert.deepStrictEqual(found('The decision follows a similar move by the Nordic postal group Nordpak on Thursday.'), ['Nordpak:organization']);
  });

  test('"Germany\'s Deutsche Post" is Germany and Deutsche Post, not one name', () => {
    assert.deepStrictEqual(found("Germany's Deutsche Post stopped taking parcels."), ['Germany:place', 'Deutsche Post:organization']);
  });

  test('a question that opens a FAQ line is not part of the name after it', () => {
    assert.deepStrictEqual(found('**Will Speed Post to other countries be affected?** No.'), ['Speed Post:organization']);
  });
});

suite('corpus: a yearless wire dateline dated by its lead weekday', () => {
  const dated = (text: string) => parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8')).doc!.date;

  test('"Nov 10" with a lead "on Monday" and a deadline of Nov. 9, 2026 is 10 November 2025', () => {
    const text = ['Washington pauses its rule', '', 'WASHINGTON, Nov 10 (Wire) - The U.S. Commerce Department on Monday suspended for one year a rule on affiliates.', 'The suspension lasts until Nov. 9, 2026.'].join('\n');
    assert.strictEqual(dated(text), '2025-11-10');
  });

  test('only bare years of history in the text leave the dateline undated', () => {
    const text = ['Justices hear the case', '', 'WASHINGTON, Nov 5 (Wire) - The justices heard the case on Wednesday.', 'The 1977 law was never meant for tariffs, lawyers said, citing a 1975 ruling.'].join('\n');
    assert.strictEqual(dated(text), null);
  });
});
