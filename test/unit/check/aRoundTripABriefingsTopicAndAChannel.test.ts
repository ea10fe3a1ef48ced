// Rounds 1766, 1774, 1776, 1779 and 1780 (held out, measured first; four false warnings, two missed,
// one wrong suggestion). A later day of a visit may be the return the brief itself tells ("a bilateral
// trip to Tunis on 6 June 2023, before returning with EU colleagues"); the topic of a briefing is not
// the briefing ("briefed the Senate economy committee on the suspension on 24 April"); the channel a
// saying went out by ("a media briefing", "a post on social media") tells nothing of what was said; a
// resolution adopted ("The OAS Permanent Council adopted a resolution condemning the raid") is a body's
// act of its own, which "governments … condemned the raid on Saturday" does not tell; a
// "not" of the main clause does not deny a date in a clause of its own ("we will not negotiate while
// the case Mexico filed … on 11 April is pending", a wrong suggestion's cause); a plan told in the past ("were supposed to be
// completed by the end of October") and a decision whose sentence goes on to tell a later start ("the
// ECC on 7 July cleared a waiver …; the Federal Board of Revenue notified the exemption two days
// later, and it took effect …") bear no later limit or start out; an arrival on the day before is no
// signing; and a page's yearless days go in the corpus's year when the only year it names is past
// ("its concession was renewed in 2021"), and a transcript's session day stands against a target it
// says was moved ("agreed to move the target date to 30 June 2024").
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a round trip, a briefing’s topic, and a channel', () => {
  const r1766 = roundCorpus('../probe-rounds/r1766');
  const r1774 = roundCorpus('../probe-rounds/r1774');
  const r1776 = roundCorpus('../probe-rounds/r1776');
  const r1779 = roundCorpus('../probe-rounds/r1779');
  const r1780 = roundCorpus('../probe-rounds/r1780');

  test('a trip "before returning with EU colleagues" is not the later joint visit', () => {
    assert.deepStrictEqual(r1779.warnings('- Giorgia Meloni laid the groundwork with a bilateral trip to Tunis on 6 June 2023, before returning with EU colleagues.'), []);
  });

  test('the topic of a briefing is not the briefing', () => {
    assert.deepStrictEqual(r1780.warnings("- Mexico's trade undersecretary briefed the Senate economy committee on the suspension on 24 April 2024."), []);
  });

  test('a media briefing and a post on social media share only their channel', () => {
    assert.deepStrictEqual(r1776.warnings('- Gyamfi reported more than 1.2 tonnes of purchases at a media briefing on Tuesday, 6 May 2025.'), []);
  });

  test('a resolution adopted is not a condemnation by governments', () => {
    assert.deepStrictEqual(r1780.warnings('- The OAS Permanent Council adopted a resolution condemning the raid on 10 April 2024.'), []);
  });

  test('a plan told in the past, "were supposed to be completed by", gives no day against an extension', () => {
    const line = '- Under the extension, second-tranche exporters had until 31 December 2024 to complete shipments.';
    assert.deepStrictEqual(r1774.unsettled(line), ['date-unsettled 31 December 2024']);
  });

  test('a decision whose sentence tells a later start does not bear the start out', () => {
    assert.deepStrictEqual(r1774.unsettled('- That tax exemption became effective on 7 July 2025, cutting more than Rs 40/kg from the landed cost.'), ['date-unsettled 7 July 2025']);
  });

  test("an arrival the day before is no signing, on a page put in the corpus's year", () => {
    assert.strictEqual(r1766.dateOf('analysis-ports-leverage.txt'), '2025-05-07');
    assert.deepStrictEqual(r1766.suggested('- Defense Secretary Pete Hegseth and Public Security Minister Frank Ábrego signed their joint security declaration on 8 April 2025.'), ['date-conflict 8 April 2025 -> 2025-04-09']);
  });

  test("a transcript's session day, not a target it says was moved", () => {
    assert.strictEqual(r1780.dateOf('transcript-senate-committee.txt'), '2024-04-24');
  });
});

suite('check: a "not" of the main clause', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'hearing.txt': ['Senate hearing on Ecuador', 'MEXICO CITY, April 24, 2024 -', 'The undersecretary told senators that Mexico did not return to the table while the case Mexico filed at the court in The Hague on 11 April 2024 was pending.'],
  });

  test('does not deny a date in a "while" clause of its own', () => {
    assert.deepStrictEqual(corpus.warnings('Mexico filed its case at the court in The Hague on 12 April 2024.'), ['date-conflict 12 April 2024 -> 2024-04-11']);
  });
});

suite('check: a declaration, and a hearing', () => {
  const r1781 = roundCorpus('../probe-rounds/r1781');
  const r1783 = roundCorpus('../probe-rounds/r1783');

  // Round 1781 (a false warning): "declared the negotiations closed" is the declaring, not the close
  // of the last round. Round 1783 (a wrong suggestion): a hearing is answered only by a source that
  // tells one, not by "suspended the implementation …, pending the hearing of a petition".
  test('"declared the negotiations closed on Sunday, 2 April" is not the last round\'s close', () => {
    assert.deepStrictEqual(r1781.warnings('- Both trade ministries declared the negotiations closed on Sunday, 2 April 2023.'), []);
  });

  test('a hearing is not a suspension ordered "pending the hearing"', () => {
    assert.deepStrictEqual(r1783.warnings('- The High Court heard arguments on the consolidated petition on 20 May 2025.'), []);
  });
});

suite('check: a pair of governments, and a body cited for its figures', () => {
  const r1788 = roundCorpus('../probe-rounds/r1788');
  const r1789 = roundCorpus('../probe-rounds/r1789');

  // Rounds 1788 and 1789 (two false warnings): "Brussels and Addis Ababa held a trade dialogue" is not
  // dated by a WTO team's week in Addis Ababa, which names one of the pair and not the other; and a
  // body a source cites for its figures ("according to figures from Azerbaijan's State Customs
  // Committee") did not act on the source's day.
  test('a source that names one of the two governments tells of something else', () => {
    assert.deepStrictEqual(r1788.warnings("- Brussels and Addis Ababa held a trade dialogue in early May that touched on Ethiopia's accession commitments."), []);
  });

  test('a body cited for figures is not who acted', () => {
    assert.deepStrictEqual(r1789.warnings('- The State Customs Committee began trialling an electronic queue for lorries at Samur on 11 August 2025.'), []);
  });
});

suite('check: a first limit, a quarrel’s topic, and an undoing published', () => {
  const r1796 = roundCorpus('../probe-rounds/r1796');
  const r1797 = roundCorpus('../probe-rounds/r1797');

  // Rounds 1796 and 1797 (two false warnings, one wrong suggestion): "The Directive originally
  // required exporters to submit nominations … by 28 February 2025" is the first limit, not one to set
  // against the extended one; words shared only with what a quarrel is about ("a weeks-long quarrel
  // over inspection rules") tell nothing of the source's act; and the publication of a measure's
  // suspension ("published in the official gazette La Gaceta, on 9 May 2024, the suspension of the
  // resolution") is not the measure's own publication.
  test('"originally required … by" is not set against the extended limit', () => {
    assert.deepStrictEqual(r1796.warnings('- After lobbying by the Chamber of Mines, exporters were given until 14 March 2025 to nominate their retention accounts.'), []);
  });

  test('a quarrel over inspection rules does not date the rule becoming binding', () => {
    assert.deepStrictEqual(r1797.warnings('- The inspection rule became binding on Monday, 15 April 2024.'), []);
  });

  test('the publication of a suspension is not the resolution\'s own', () => {
    assert.deepStrictEqual(r1797.suggested('- The inspection resolution appeared in the official gazette, La Gaceta, on 9 April.'), ['date-conflict 9 April -> 2024-04-10']);
  });
});

