// Rounds 147-154: a disclosure of an earlier act ("disclosed on Sunday that the minister had issued
// an order", "made public on Oct. 12") dates the disclosure, not the act; a call is not a meeting face
// to face; a short name a source gives its subject ("known as SAFE") is not the brief's "SPS"; a
// month or part of one that holds a firm day of another source ("early September" beside "Sept. 7")
// does not speak for a claim that day contradicts; "would have started" is a plan undone; a table
// column "Suspended on" dates suspensions.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a disclosure dates the disclosure, not the act', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'timeline.md': ['# The chipmaker order, step by step', '', '*Trade Desk Explained · updated 20 November 2025*', '', '| Date | Step |', '|---|---|', '| Tue 30 Sep 2025 | Minister Karremans signs an order under the Goods Availability Act |', '| Sun 12 Oct 2025 | The government makes the order public |'],
    'news.txt': ['The Hague takes control of chipmaker', 'AMSTERDAM, Oct 13, 2025 (Wire) -', 'The economy ministry disclosed on Sunday that Minister Karremans had issued an order under the Goods Availability Act to take control of the chipmaker.'],
    'wire.txt': ['Carmakers warn of chip shortage', 'BERLIN, Oct 20, 2025 (Wire) -', 'The Dutch government made public on Oct. 12 an order issued under a Cold War-era law that lets it override the chipmaker’s board.'],
  });

  test('"signed an order on 12 October" is flagged against the signing of 30 September', () => {
    assert.deepStrictEqual(corpus.warnings('Minister Karremans signed an order under the Goods Availability Act on 12 October 2025 to take control of the chipmaker.'), ['date-conflict 12 October 2025 -> 2025-09-30']);
  });

  test('the order made public on 12 October gets no warning', () => {
    assert.deepStrictEqual(corpus.warnings('The government made the order under the Goods Availability Act public on 12 October 2025.'), []);
  });
});

suite('check: calls, short names and plans undone', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'visit.txt': ['Tokyo signs shipbuilding pact', 'TOKYO, Oct 28, 2025 (Wire) -', 'The shipbuilding document was signed during Trump’s visit on Tuesday, the same day Trump and Prime Minister Takaichi met at the Akasaka Palace to sign the minerals framework.'],
    'council.txt': ['Ministers approve defence loans', 'BRUSSELS, May 27, 2025 (Wire) -', 'EU ministers signed off on the Security Action for Europe instrument, known as SAFE, at a meeting in Brussels on Tuesday.'],
    'timeline.md': ['# Countermeasures: the calendar', '', '*EU Desk · updated 1 September 2025*', '', '| Date | Step |', '|---|---|', '| Tue 5 Aug 2025 | Commission suspends its countermeasures for six months |'],
  });

  test('a telephone call is not dated by what the two signed face to face', () => {
    assert.deepStrictEqual(corpus.warnings('Prime Minister Takaichi and Trump held a brief telephone call on Saturday, 25 October 2025.'), []);
  });

  test('"the SPS mandate" signed off by EU ministers is not the instrument "known as SAFE"', () => {
    assert.deepStrictEqual(corpus.warnings('EU ministers signed off the SPS mandate in Brussels on July 15 without debate.'), []);
    assert.deepStrictEqual(corpus.warnings('EU ministers signed off on the SAFE instrument in Brussels on 26 May.'), ['date-conflict 26 May -> 2025-05-27']);
  });

  test('"would have started on 7 August had the Commission not suspended them" is no claim of the suspension', () => {
    assert.deepStrictEqual(corpus.warnings('The countermeasures would have started to apply on Thursday 7 August had the Commission not suspended them two days earlier.'), []);
  });
});

suite('check: a coarse date that holds another source’s firm day', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'profile.txt': ['Takaichi takes office', '', 'Published: 2025-10-21', '', 'She replaces Shigeru Ishiba, who announced in early September his resignation as prime minister after weeks of pressure from the party.'],
    'wire.txt': ['Trump lands in Tokyo', 'TOKYO, Oct 27, 2025 (Wire) -', 'The party lost its upper-house majority in July, and Shigeru Ishiba announced his resignation as prime minister on Sept. 7.'],
  });

  test('"announced his resignation on 8 September" is flagged on the wire’s 7 September', () => {
    assert.deepStrictEqual(corpus.warnings('Shigeru Ishiba announced his resignation as prime minister on 8 September after weeks of pressure.'), ['date-conflict 8 September -> 2025-09-07']);
  });

  test('the right day, and "early September", get no warning', () => {
    assert.deepStrictEqual(corpus.warnings('Shigeru Ishiba announced his resignation as prime minister on 7 September.'), []);
    assert.deepStrictEqual(corpus.warnings('Shigeru Ishiba announced his resignation as prime minister in early September.'), []);
  });
});

suite('check: a table column of suspensions', () => {
  const corpus = tempCorpus({
    ...rateNews(6),
    'liveblog.txt': ['Busan summit live', '', 'SEOUL, Oct 30, 2025 (Wire) -', 'On Thursday, October 9, China’s Commerce Ministry released a package of export-control announcements covering rare earths and gallium refining technology.'],
  });

  test('"| Suspended on |" dates the suspension, not the package the source says was released on October 9', () => {
    const table = ['| Measure | Suspended on | Suspended until |', '|---|---|---|', '| Export-control package on rare earths and gallium | 2025-11-07 | 2026-11-10 |'].join('\n');
    assert.deepStrictEqual(corpus.warnings(table), []);
  });
});
