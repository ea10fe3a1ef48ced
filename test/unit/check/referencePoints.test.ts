// What a source's date is not about: the event it is counted from ("two days after Washington
// unveiled its tariffs"), a neighbouring clause's measure, another row of a table; and a day named
// from a story's date when the story was revised later.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: reference points and what a date is about', () => {
  const corpus = tempCorpus({
    'licences.txt': [
      'Rare earth licences',
      'HONG KONG, June 13, 2025 -',
      'The licensing rule covers seven heavy rare earths and the magnets made from them. It was put in place on April 4, two days after Washington unveiled its sweeping reciprocal tariffs, and exporters have since waited weeks for permits.',
    ],
    'truce.txt': ['Truce anniversary', 'SEOUL, October 28, 2025 -', 'Duties on both sides were cut after the Geneva meeting, and the lower rates took effect May 15.'],
    'parcels.md': [
      '# Parcel duties: questions and answers',
      'Updated 17 November 2025',
      'A: Under an order signed on May 12, the duty on postal items from Ruritania was cut from 120% to 54% from May 14, and the planned rise of the flat per-item fee from $100 to $200, due on June 1, was cancelled.',
    ],
    'ministry.html': [
      '<p class="ts">Published October 9, 2025 7:52 AM EDT | Updated October 13, 2025 9:05 AM EDT</p>',
      '<p>The Ruritanian trade ministry said on Sunday that its new licensing rules were not export bans and that compliant applications would be approved.</p>',
    ],
    'digest.md': [
      '**Monday, November 3, 2025**',
      'As of Sunday evening, the ministry had not published a formal notice lifting its licensing rules. (Update, Nov. 7: the ministry published the lifting notice on Friday.)',
    ],
    'ustr.md': ['# Shipbuilding action', 'Published: April 17, 2025', 'On April 17, 2024, the trade office opened the investigation in response to a petition filed by five national labor unions.'],
    'curbs.txt': ['Chip design curbs', 'Published: July 8, 2025', 'In late May, Freedonia imposed export controls on chip design software sold to Ruritania.'],
    'sanctions.txt': ['Ministry acts on shipyards', 'Published: October 14, 2025', 'The Freedonian commerce ministry on Tuesday announced sanctions on five subsidiaries of Harbor Ocean, barring dealings with them.'],
    'alert.md': ['**Client Alert | November 12, 2025**', '- Freedonia has suspended its affiliates rule for one year. The suspension took effect on November 10, 2025 and is scheduled to end on November 9, 2026.'],
    'tracker.md': ['# Reciprocal rates tracker', 'Last updated 20 August 2025.', '', '| Date | Step | Country | Rate | Measure |', '|---|---|---|---|---|', '| Aug 7, 2025 | In force | Switzerland | 39% | Reciprocal rate |'],
    ...RATE_NEWS,
  });

  test('the event a date is counted from is not what the date is about', () => {
    assert.deepStrictEqual(corpus.warnings('The rare earth rule came two days after the reciprocal tariff announcement of April 2, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The Geneva meeting took place on May 10–11, 2025.'), []);
    // What the date is about is still checked.
    assert.deepStrictEqual(corpus.warnings('The licensing rule on heavy rare earths was put in place on April 14, 2025.'), ['date-conflict April 14, 2025 -> 2025-04-04']);
  });

  test('a clause of its own after ", and" keeps its own date', () => {
    assert.deepStrictEqual(corpus.warnings('The planned rise of the flat per-item postal fee, due on June 1, 2025, was cancelled.'), []);
  });

  test('"in response to a petition" names the petition as a reference, not as what the date is about', () => {
    assert.deepStrictEqual(corpus.warnings('The probe answered a petition that five national labor unions lodged in March 2024.'), []);
    assert.deepStrictEqual(corpus.warnings('The trade office opened the shipbuilding investigation on April 18, 2024.'), ['date-conflict April 18, 2024 -> 2024-04-17']);
  });

  test('a measure the brief says was lifted is not dated by its imposition', () => {
    assert.deepStrictEqual(corpus.warnings('The chip design software curbs were lifted on July 2, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('| Measure | Date |\n|---|---|\n| Chip design software curbs lifted | July 2, 2025 |'), []);
    assert.deepStrictEqual(corpus.warnings('Freedonia imposed export controls on chip design software in late June 2025.'), ['date-conflict late June 2025 -> 2025-05']);
  });

  test('announcing the suspension of sanctions is not announcing the sanctions', () => {
    assert.deepStrictEqual(corpus.warnings('The ministry announced the suspension of the Harbor Ocean sanctions on November 11, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The ministry announced sanctions on five Harbor Ocean subsidiaries on October 15, 2025.'), ['date-conflict October 15, 2025 -> 2025-10-14']);
  });

  test('"took effect" alone does not tell which measure', () => {
    assert.deepStrictEqual(corpus.warnings('The No. 61 foreign-direct-product licensing took effect on 1 November 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The suspension of the affiliates rule took effect on 1 November 2025.'), ['date-conflict 1 November 2025 -> 2025-11-10']);
    // A shared rate does tell it.
    assert.deepStrictEqual(corpus.warnings('Switzerland 39%: announced 31 Jul 2025, in force 8 Aug 2025.'), ['date-conflict 8 Aug 2025 -> 2025-08-07']);
  });

  test('a day named from a story revised after its date, or after an update note, is not held against a brief', () => {
    assert.deepStrictEqual(corpus.warnings('On Sunday, 12 October 2025, the Ruritanian trade ministry said its licensing rules were not export bans.'), []);
    assert.deepStrictEqual(corpus.warnings('The ministry published the lifting notice on 7 November 2025.'), []);
  });
});

suite('check: the rows of an HTML table', () => {
  const corpus = tempCorpus({
    'faq.md': [
      'A: Some carriers added surcharges in October. Both the US fees on Chinese-linked vessels and China’s fees on US-linked vessels, in place from October 14, are suspended for one year from November 10.',
      'A: Chinese buyers resumed purchases in late October. The US side says China will buy 12 million metric tons in the last two months of 2025.',
    ],
    'rates.html': [
      '<tr><td>US reciprocal tariff on China</td><td>34%</td><td>Apr 2</td><td>Apr 9</td></tr>',
      '<tr><td>China counter-tariff raised</td><td>84%</td><td>Apr 9</td><td>Apr 10</td></tr>',
    ],
    ...RATE_NEWS,
  });

  test('each row is read on its own: one row’s dates are not another rate’s', () => {
    // The table has no 125% row; run together, its rows had dated the 125% rate to April 9.
    assert.deepStrictEqual(corpus.warnings("China's 125% counter-tariff was announced on April 11, 2025 and applied from the next day."), []);
  });
});
