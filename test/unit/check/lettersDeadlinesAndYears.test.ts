// A start ("… from August") does not date a letter; an entry's "last day" is an end, answered only
// by an end.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { PORT_NEWS, RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: letters against starts', () => {
  const corpus = tempCorpus({
    'wire.txt': [
      'UPDATE 2-Osterman threatens Lindland with 30% tariff from August, citing smuggling',
      'HARBOUR CITY, July 12 (Wire) - President Osterman said on Saturday he would charge Lindland a 30% tariff, in a letter posted on his site.',
      'Lindish officials said talks would go on.',
    ],
    'other.txt': PORT_NEWS,
    ...RATE_NEWS,
  });

  test('a letter is not dated by the start it threatens', () => {
    assert.deepStrictEqual(corpus.warnings('It was on July 12, 2025, that the letter threatening Lindland with 30% was posted by Osterman.'), []);
  });
});

suite('check: a last day against the day findings were shared', () => {
  const corpus = tempCorpus({
    'findings.txt': ['On 20 August 2024 the Council shared its draft definitive findings with interested parties and gave them the opportunity to comment.'],
    'notice.txt': [
      'Trade Office Notice No. 12 of 2024 on the preliminary ruling in the cheese investigation',
      'Source: Trade Remedy Office   Release time: 2024-10-08 16:30',
      '1. Background. On 5 January 2024 the Trade Office opened an investigation into cheese from Lindland. The period of investigation runs from 1 January 2023 to 31 December 2023.',
      '7. Next steps. Firms may submit comments in writing within 10 days of the date of this notice. The investigation is to conclude by 5 January 2025.',
      '· Trade Office comments on the final vote on car duties (2024-10-04)',
      '· Preliminary cheese ruling published; no provisional measures for now (2024-08-29)',
      '· Trade Office opens inquiry into butter from Lindland (2024-08-21)',
      '· Trade Office opens inquiry into ham from Lindland (2024-06-17)',
    ],
  });

  test('an entry about a last day is an end, not the day findings were shared', () => {
    assert.deepStrictEqual(corpus.warnings('- **10 September 2024** — last day for interested parties to register, 20 days after the opening.'), []);
  });
});

suite('check: a trip called off against a trip made', () => {
  const corpus = tempCorpus({
    'analysis.txt': ['How the deal was saved', 'Published: 1 September 2025', 'Omar Pell, the minister who made the trips to Harbour City, flew in again in early August to press the point.'],
    'other.txt': PORT_NEWS,
    ...RATE_NEWS,
  });

  test('abandoning a trip is not making one', () => {
    assert.deepStrictEqual(corpus.warnings('On 28 August 2025, Pell abandoned a planned trip to Harbour City at the last minute.'), []);
    assert.deepStrictEqual(corpus.warnings('Pell flew in to Harbour City again on 28 August 2025 to press the point.'), ['date-conflict 28 August 2025 -> 2025-08']);
  });
});

suite('check: a start against the day a rate was told, and a weekday that reads a numeric date', () => {
  const corpus = tempCorpus({
    'explainer.md': [
      '# How the letters went out',
      '',
      'Fourteen countries received letters on the first day; more followed on July 9, 2025 and on July 12, 2025, when Lindland and Osteria were told they faced 30%.',
    ],
    ...RATE_NEWS,
  });

  test('"would have applied from 1 August" is not dated by the day the rate was told', () => {
    assert.deepStrictEqual(corpus.warnings('The 30% threatened for Osteria would otherwise have applied from 1 August 2025.'), []);
  });

  test('"Thursday, 03/07/2025" is 3 July, the Thursday', () => {
    const [, date] = extractDates('Thursday, 03/07/2025 08:42 (GMT+7)', { referenceDate: null });
    assert.strictEqual(date?.value, '2025-07-03');
    const [, other] = extractDates('Friday, 03/07/2025', { referenceDate: null });
    assert.strictEqual(other?.value, '2025-03-07');
  });
});

suite('check: a date counted from the event a source dates', () => {
  const corpus = tempCorpus({
    'statement.html': [
      '<div class="posted">Posted: Tuesday, September 30, 2025</div>',
      '<p>HIGH POINT, N.C. &ndash; The National Cabinet &amp; Furniture Producers Council (NCFPC), which represents more than 300 domestic manufacturers of kitchen cabinets, bathroom vanities and upholstered seating, issued the following statement after President Trump signed a Section 232 proclamation on imported timber, lumber and wood products on Monday evening.</p>',
      '<p>"For more than a decade our members have competed against imported cabinets and vanities sold below the cost of making them, and antidumping orders have only chased that production from one country to the next," said Council President Gregory Antonelli. "Today\'s action, which takes effect on October 14, recognizes that a domestic cabinet and furniture industry is part of a secure supply chain. We thank the President and Secretary Lutnick for acting."</p>',
      '<p>The Council noted that the proclamation sets a 25 percent duty on kitchen cabinets, vanities and upholstered wooden furniture from October 14, rising on January 1, 2026 to 50 percent for cabinets and vanities and 30 percent for upholstered products. Softwood lumber and timber will carry a 10 percent duty.</p>',
      '<p>The President first signaled the cabinet and furniture rates in a social media post on Friday, September 26, which named a 50 percent rate for cabinets and a 30 percent rate for upholstered furniture from October 1. The final proclamation started at lower rates and set a later start date.</p>',
    ],
  });

  test('"on September 30, the day after it was signed" agrees with a signing on the 29th', () => {
    assert.deepStrictEqual(corpus.warnings("The furniture producers' council put out its response to the wood proclamation on September 30, 2025, the day after it was signed."), []);
  });
});
