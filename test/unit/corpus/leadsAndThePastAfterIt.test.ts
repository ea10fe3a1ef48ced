// Rounds 485 and 488. A wire lead that gives its start date before its weekday ("… from Aug. 1, the
// ministry said on Monday") had been cut at "Aug.", read as a sentence's end, so its weekday was lost
// and the page put in the corpus's year. And a yearless wire whose weekday no year near its full
// dates fits kept the year on or after those dates: "SANTIAGO, March 8 - … signed on Thursday" over
// "signed in Auckland on 4 February 2016" went to 2016 (a Tuesday), though the text tells of a US exit
// "in January 2017": the wire is filed after that past, and 2018 is the year where March 8 is a
// Thursday. Where no named year fits at all, the one year of the next few after that past does:
// "AUCKLAND, July 16 - … on Sunday" over "applied in February 2021" is 2023, not 2017 (the one year
// near "the end of 2018" the pact took effect where July 16 is a Sunday).
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (lines: string[], corpusNear?: string) => parseArticle('/corpus', '/corpus/a.txt', Buffer.from(lines.join('\n'), 'utf8'), corpusNear).doc!.date;

suite('corpus: a wire lead\'s weekday, and the past a wire comes after', () => {
  const curbs = (lead: string) => [
    'Beijing to license exports of two chip metals',
    '',
    `BEIJING, July 3 (Wire) - China will require licences to export gallium and germanium ${lead}, a step seen as a reply to Western chip curbs.`,
    '',
    'Washington brought in sweeping limits on chip sales to China on Oct. 7 last year. In 2010 Beijing held back rare earth shipments to Japan.',
  ];

  test('"from Aug. 1, the ministry said on Monday" keeps its weekday: 2023', () => {
    assert.strictEqual(dated(curbs('from Aug. 1, the commerce ministry said on Monday'), '2024-12-03'), '2023-07-03');
  });

  test('a lead with no weekday keeps the corpus\'s year', () => {
    assert.strictEqual(dated(curbs('from Aug. 1, the commerce ministry said'), '2024-12-03'), '2024-07-03');
  });

  const signing = (exit: string, day = 'on Thursday') => [
    'Eleven nations sign a Pacific pact without Washington',
    '',
    `SANTIAGO, March 8 (Wire) - Ministers from eleven Pacific Rim countries signed a trimmed trade pact in the Chilean capital ${day}.`,
    '',
    `The first version was signed in Auckland on 4 February 2016. The United States left it ${exit}.`,
  ];

  test('"left it in January 2017" moves "March 8 … on Thursday" from 2016 to 2018', () => {
    assert.strictEqual(dated(signing('in January 2017, days after a new president took office')), '2018-03-08');
  });

  test('without a weekday in the lead, the year after the full date stays', () => {
    assert.strictEqual(dated(signing('in January 2017, days after a new president took office', 'this week')), '2016-03-08');
  });

  const accession = (past: string) => [
    'Britain signs on to a Pacific trade pact',
    '',
    'AUCKLAND, July 16 (Wire) - Britain signed a treaty to join the Pacific trade pact on Sunday, the first new member since it was founded.',
    '',
    `London applied ${past}, and the talks closed on March 31 this year. Members will review the pact, five years after it took effect at the end of 2018.`,
  ];

  test('"applied in February 2021" puts "July 16 … on Sunday" in 2023, the one such year of the next few', () => {
    assert.strictEqual(dated(accession('in February 2021; a working group followed in June 2021'), '2021-01-30'), '2023-07-16');
  });
});

// Round 493. "BRUSSELS, Sept 24 - … according to a notice released on Wednesday" over history told
// in full ("July 25, 2018", Juncker's visit) and later days without a year ("on Aug. 28") was put in
// 2018 as firmly as by a dateline: near the text's dates, but on a Monday. A lead whose weekday falls
// neither on the day nor the day before leaves that year a guess.
suite('corpus: a lead whose weekday denies the year near the text\'s dates', () => {
  const notice = (weekday: string) => [
    'U.S. to cut tariff on EU cars, backdated to August 1',
    '',
    `BRUSSELS, Sept 24 (Wire) - The United States will cut its tariff on cars from the European Union to 15%, according to a notice released ${weekday}.`,
    '',
    'The Commission tabled its own tariff cuts on Aug. 28. In his first term Trump threatened European cars until a truce with Jean-Claude Juncker on July 25, 2018.',
  ];

  test('"released on Wednesday" leaves 2018 (a Monday) a guess', () => {
    assert.deepStrictEqual(parseArticle('/corpus', '/corpus/a.txt', Buffer.from(notice('on Wednesday').join('\n'), 'utf8')).doc!.dateSource, 'inferred');
  });

  test('"released on Monday" keeps it as firm as a dateline', () => {
    assert.deepStrictEqual(parseArticle('/corpus', '/corpus/a.txt', Buffer.from(notice('on Monday').join('\n'), 'utf8')).doc!.dateSource, 'dateline');
  });
});

// Round 492. "WASHINGTON, Feb 13 - Modi and Trump agreed on Thursday …" over history told in full
// ("24 February 2020") and a trade figure "in 2024" went to 2024 (a Tuesday): of the years near, both
// 2020 and 2025 put Thursday on Feb 13, and the one after the past the text tells is taken. Round
// 490: a lead of 300 characters ("… EU Environment Commissioner Jessika Roswall said on Tuesday.")
// had its weekday cut off, so the corpus's 2024 stood for "BRUSSELS, Sept 23".
suite('corpus: of several years a wire\'s weekday fits, the one after its past', () => {
  const visit = [
    'Leaders set a deadline for a first slice of a trade pact',
    '',
    'WASHINGTON, Feb 13 (Wire) - Indian Prime Minister Narendra Modi and U.S. President Donald Trump agreed on Thursday to negotiate a first tranche of a trade agreement by the fall.',
    '',
    'Trump last visited India on 24 February 2020. Goods trade between the two reached $129 billion in 2024.',
  ].join('\n');

  test('"Feb 13 … on Thursday" after "24 February 2020" is 2025', () => {
    assert.strictEqual(parseArticle('/corpus', '/corpus/a.txt', Buffer.from(visit, 'utf8')).doc!.date, '2025-02-13');
  });

  const delay = [
    'EU to seek another delay to its deforestation law',
    '',
    'BRUSSELS, Sept 23 (Wire) - The European Commission will propose postponing its anti-deforestation regulation for a second time, by another year, because the IT system that companies must use to file their paperwork is not ready for the expected volumes, EU Environment Commissioner Jessika Roswall said on Tuesday.',
    '',
    'The law entered into force in 2023.',
  ].join('\n');

  test('a long lead keeps its weekday: "Sept 23 … said on Tuesday" is 2025, not the corpus\'s 2024', () => {
    assert.strictEqual(parseArticle('/corpus', '/corpus/a.txt', Buffer.from(delay, 'utf8'), '2024-10-02').doc!.date, '2025-09-23');
  });
});
