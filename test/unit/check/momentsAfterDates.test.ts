// Which event and moment a date belongs to: a verb after it ("The council on May 6 suspended …"),
// an end ("is the last day of"), a topic ("its statement on yesterday's talks"), another event after
// "after" or in the past perfect, a reaction ("welcomed the cut on 5 November").
import * as assert from 'assert';
import { PORT_NEWS, RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: which event and moment a date belongs to', () => {
  const corpus = tempCorpus({
    'wire.txt': [
      'Council pauses levies',
      'The council on May 6 suspended for three months its list of levies on 40 billion crowns of imported timber, which had been due to take effect two days later.',
    ],
    'notice.txt': [
      'Notice on the timber regime',
      'Vienna, 3 March 2026',
      'The aim is for the new regime to apply as soon as the quota system expires, so that timber mills see no gap in protection from 1 July 2026.',
    ],
    'blog.md': ['# Live: trade talks in Oslo', '*Wednesday, 17 September 2025*', 'The fisheries ministry has issued its statement on yesterday’s talks with the Chilean delegation.'],
    'explainer.md': ['# What the truck levy does', '## Timeline', '- **Aug. 4** — The cabinet approves the levy.', '- **Sept. 16** — The 8% levy on trucks takes effect after the decree is published in the Official Gazette.'],
    'visit.html': ['<p class="stamp">Oct. 28, 2025 09:10</p>', '<p>The minister arrived in Lima on Monday afternoon from Santiago, where she had attended a summit of Andean leaders. She met the trade committee after landing.</p>'],
    'factsheet.txt': ['Measures agreed at the summit', '2025-11-05 HKT 18:22', '| Measure | Date | Duration |', '|---|---|---|', '| Lumber levy cut to 10% | Nov 10, 2025 | until further notice |', '| Port charges suspended | Nov 10, 2025 | one year |'],
    'deal.md': ['# What is in the Lima deal', '## Timeline', '- **Sept. 4** — President Ruiz signs the executive order carrying out the deal.', '- **Sept. 9** — The first shipments clear customs under the new rates.'],
    'wrap.txt': ['Stocks slip on politics', 'Published: 23 July 2025', 'Several newspapers reported on Wednesday that the premier was preparing to announce his resignation by the end of August. He denied the reports.'],
    'levy.html': ['<p class="byline">By Staff Reporter | Lima | Updated: AUG 27, 2025, 11:42</p>', '<h1>50% levy on Peruvian copper kicks in; smelters brace for losses</h1>', '<h2>The extra 25% levy tied to the export dispute came into force at 12:01 am Washington time</h2>'],
    'visas.md': ['# The visa fee', 'On September 19, President Ruiz signed a proclamation putting a $90,000 fee on foreign hires. After a day of confusion, the White House clarified on September 20 that the fee is a one-time charge that applies only to new work-visa petitions.'],
    'ports.txt': PORT_NEWS,
    ...RATE_NEWS,
  });

  test('a suspension’s day is not the day the suspended measure was due to start', () => {
    assert.deepStrictEqual(corpus.warnings('- **8 May 2025** – Original entry-into-force date of the timber levies, now suspended.'), []);
    assert.deepStrictEqual(corpus.warnings('The council suspended its timber levies on May 9, 2025.'), ['date-conflict May 9, 2025 -> 2025-05-06']);
  });

  test('"its statement on yesterday’s talks" was not issued yesterday', () => {
    assert.deepStrictEqual(corpus.warnings('On September 17, 2025, the fisheries ministry issued a statement on the talks with the Chilean delegation.'), []);
  });

  test('what an entry names after "after …" (in the present) is another event', () => {
    assert.deepStrictEqual(corpus.warnings('The decree appeared in the Official Gazette on September 9, 2025.'), []);
  });

  test('a clause in the past perfect after a date, and a brief’s ", where …" clause, are other events', () => {
    assert.deepStrictEqual(corpus.warnings('She had arrived from Santiago, where the Andean summit opened on October 26, 2025.'), []);
  });

  test('a reaction ("welcomed the levy cut on 5 November") is not dated by a source that tells only of the cut', () => {
    assert.deepStrictEqual(corpus.warnings('The Quebec government welcomed the lumber levy cut on 5 November 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The lumber levy cut to 10% took effect on 12 November 2025.'), ['date-conflict 12 November 2025 -> 2025-11-10']);
  });

  test('a signing of one paper (a memorandum) is not dated by the signing of another (an order)', () => {
    assert.deepStrictEqual(corpus.warnings('In late October 2025, Ruiz and the Japanese premier signed a shipbuilding memorandum.'), []);
    assert.deepStrictEqual(corpus.warnings('Ruiz signed the executive order carrying out the deal on September 6, 2025.'), ['date-conflict September 6, 2025 -> 2025-09-04']);
  });

  test('a plan reported ("was preparing to announce his resignation by the end of August") does not date the act', () => {
    assert.deepStrictEqual(corpus.warnings('The premier announced his resignation on September 7, 2025.'), []);
  });

  test('"In late July, Washington announced …" is an announcement, not answered by the day the levy came into force', () => {
    assert.deepStrictEqual(corpus.warnings('In late July 2025, Washington announced a 25% levy on Peruvian copper.'), []);
  });

  test('a clarification’s day ("clarified on September 20 that the fee …") does not date the fee’s start', () => {
    assert.deepStrictEqual(corpus.warnings('New work-visa petitions became subject to the one-time charge from September 21, 2025.'), []);
  });

  test('"is the last day of" is an end, not answered by the start of what follows', () => {
    assert.deepStrictEqual(corpus.warnings('- Tuesday, 30 June 2026 is the last day of quota protection for timber mills.'), []);
  });
});
