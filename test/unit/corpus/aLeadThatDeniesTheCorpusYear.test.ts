// Round 611. "WASHINGTON, March 5 (Wire) - President George W. Bush on Tuesday imposed tariffs …",
// in a corpus dated late 2003, went to 1974: the only year it names is that of "Section 201 of the
// Trade Act of 1974", and March 5, 1974 was a Tuesday. A year in a law's name dates the law, not the
// page, so it is no candidate. The corpus's own guess, March 5, 2004, a Friday, is denied by the
// lead (neither the day nor the day before is a Tuesday); the nearest year that puts Tuesday on
// March 5, within two, is 2002. (Round 528 likewise: "BRUSSELS, Dec 8 - … on Wednesday put
// forward" in a corpus of 2023 is 2021.)
// Round 621: "VANCOUVER, Dec 11 - A Canadian judge on Tuesday released …" in a corpus of 2021 is
// 2018, three years back: within three, as a day falls on one weekday once in five to eleven years.
// Round 875: "BRUSSELS, Dec 14 - … signed … on Wednesday", in a corpus of 2024-25, went to 2022, where
// Dec 14 is a Wednesday, though the wire sets a vote for "the first quarter of 2024": it is the
// overnight story of Wednesday, Dec 13, 2023. A wire looks no further ahead than the year after its own.
// Round 899: "NEW DELHI, Jan 8 - … on Monday", in a corpus whose dates put Jan 8 in 2025, went to 2024,
// where Jan 8 is a Monday, though the wire tells of shipments that "had fallen sharply in the final
// quarter of 2025". A wire is filed after the past it tells, a quarter's included: 2026.
// Round 956: "WASHINGTON, Oct 24 - Trump said late on Thursday …", in a corpus of 2025, went to 2024,
// where Oct 24 is a Thursday. A lead's "late" weekday the day before the dateline's is the overnight
// story the corpus's year makes it.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (text: string, corpusNear: string) => parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8'), corpusNear).doc!.date;

const tariffs = [
  'Bush puts tariffs on imported steel',
  '',
  'WASHINGTON, March 5 (Wire) - President George W. Bush on Tuesday imposed tariffs of up to 30 percent on imported steel, giving the industry three years of protection.',
  '',
  'The duties, ordered under Section 201 of the Trade Act of 1974, take effect on March 20 and would expire in March 2005.',
].join('\n');

suite('corpus: a lead that denies the corpus’s year', () => {
  test('neither the law’s 1974 nor the corpus’s 2004: 2002, where March 5 is a Tuesday', () => {
    assert.strictEqual(dated(tariffs, '2003-12-04'), '2002-03-05');
  });

  test('a lead the corpus’s year bears out keeps it', () => {
    assert.strictEqual(dated(tariffs.replace('on Tuesday', 'on Friday'), '2003-12-04'), '2004-03-05');
  });

  test('within three years of the corpus’s', () => {
    const bail = ['Court grants bail to finance chief', '', 'VANCOUVER, Dec 11 (Wire) - A Canadian judge on Tuesday released the company’s finance chief on bail while she awaits an extradition hearing.'].join('\n');
    assert.strictEqual(dated(bail, '2021-09-24'), '2018-12-11');
  });

  test('a wire that looks two years ahead of the lead’s day is the overnight story of the year after', () => {
    const pact = [
      'EU and Chile sign trade pact',
      '',
      'BRUSSELS, Dec 14 (Wire) - The EU and Chile put their names to an interim trade deal on Wednesday after six years of talks.',
      '',
      'Parliament’s trade committee takes the text up in January, and a plenary vote is planned for the first quarter of 2024.',
    ].join('\n');
    assert.strictEqual(dated(pact, '2024-11-20'), '2023-12-14');
  });

  test('a schedule as far from either year leaves the lead’s own day', () => {
    assert.strictEqual(dated(tariffs.replace('March 2005', 'March 2006'), '2003-12-04'), '2002-03-05');
  });

  test('never before the past the wire tells, a quarter included', () => {
    const levy = [
      'India asks for relief from the EU carbon levy',
      '',
      'NEW DELHI, Jan 8 (Wire) - India on Monday asked the EU to spare its small exporters from the carbon border levy.',
      '',
      'Steel shipments to Europe had fallen sharply in the final quarter of 2025, an exporters group said, and importers must account for goods arriving in 2026.',
    ].join('\n');
    assert.strictEqual(dated(levy, '2025-02-10'), '2026-01-08');
  });

  test('"said late on Thursday" the day before the dateline keeps the corpus’s year', () => {
    const talks = [
      'Trump ends trade talks with Canada',
      '',
      'WASHINGTON, Oct 24 (Wire) - President Donald Trump said late on Thursday that he was ending all trade talks with Canada over a television advertisement.',
      '',
      'The spot drew on a radio address Reagan delivered on April 25, 1987, the foundation said on Thursday. Carney met Trump at the White House on Oct. 7.',
    ].join('\n');
    assert.strictEqual(dated(talks, '2025-10-20'), '2025-10-24');
  });
});
