// Rounds 223-226. A meeting's day ("the leaders' meeting in Busan on October 30") is no start or end
// of what it agreed, even when the brief sets the meeting apart ("…, not on the day of the meeting");
// "the amended orders" and "Details of the policy were published" are later steps than the orders
// and the policy the sources date; "from 12:01 a.m. on March 7" is a start, which the day an exemption
// was granted does not contradict; "an agreement can be reached before August 1" is a hoped-for limit,
// not the day an agreement was reached; and "the October rules" names rules by their month, which
// does not date the day their suspension ends.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: limits, later steps and meetings', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'explainer.md': [
      '# Why the rare-earth truce matters',
      '',
      'Published: 20 November 2025',
      '',
      "After talks in Kuala Lumpur and the leaders' meeting in Busan on October 30, 2025, Beijing agreed to set the October measures aside.",
    ],
    'mexico.txt': [
      'Mexico wins a reprieve',
      '',
      'MEXICO CITY, March 8, 2025 -',
      '',
      "Ebrard's channel to Lutnick is widely credited with smoothing the way for the exemption Trump granted on March 6 to goods that comply with the trade pact.",
      '',
      '| 2025-02-01 | Trump signs IEEPA orders: 25% on Mexico and Canada, 10% on China |',
    ],
    'letter.txt': ['Trump letter sets 30% tariff on Mexico', '', '"We are confident that an agreement can be reached before August 1 that protects businesses and jobs on both sides of the border," the Economy Ministry said.'],
    'canada.txt': [
      'Ottawa answers on lumber',
      '',
      'OTTAWA, Sept 6, 2025 -',
      '',
      "Ottawa's first big response came on Sept. 5, when Prime Minister Mark Carney announced loan guarantees for sawmills and a Buy Canadian procurement policy for federal projects.",
    ],
  });

  test('a cut that "took legal effect on 10 November, not on the day of the meeting" is not dated by the meeting', () => {
    assert.deepStrictEqual(corpus.warnings('The fentanyl tariff cut agreed in Busan took legal effect on 10 November 2025, not on the day of the meeting.'), []);
  });

  test('"the amended orders" signed on 6 March are not the IEEPA orders of 1 February', () => {
    assert.deepStrictEqual(corpus.warnings('Trump signed the amended orders on Thursday, 6 March 2025, after a call with Sheinbaum.'), []);
  });

  test('"Details of the policy were published in mid-October" are not dated by the day it was announced', () => {
    assert.deepStrictEqual(corpus.warnings('Details of the Buy Canadian procurement policy were published in mid-October 2025.'), []);
  });

  test('goods "entering from 12:01 a.m. on March 7" start a day after the exemption was granted, without a warning', () => {
    assert.deepStrictEqual(corpus.warnings('- The exemption applied to goods entering from 12:01 a.m. on March 7.'), []);
  });

  test('"can be reached before August 1" does not date an agreement reached on June 7', () => {
    assert.deepStrictEqual(corpus.warnings('The 2019 migration agreement that protected businesses and jobs on both sides of the border was reached on June 7, 2019.'), []);
  });
});

suite('check: a month that names a thing', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'watch.md': ['# What to watch in the truce', '', 'Published: 12 November 2026', '', "The suspension of the October rules, the U.S. affiliates rule and both countries' port fees all end on this date unless renewed."],
  });

  test('"the October rules" do not date the day the suspension of the rules ends', () => {
    assert.deepStrictEqual(corpus.warnings('The suspension of the rules and port fees ends on 10 November 2026 unless renewed.'), []);
    assert.deepStrictEqual(corpus.warnings('| Suspension ends | 10 November 2026 | unless extended |'), []);
  });
});
