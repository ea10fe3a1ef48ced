// Rounds 1913–1924 (held out, measured first). A wire datelined in a city written with an accent
// ("ASUNCIÓN, August 7, 2025 (Wire) -") has a dateline like any other, so its lead is no event of
// that day; a rule that "became binding on exporters on" a day started then, not when its decree was
// signed; and shipments "cleared through customs from Wednesday", in a sentence whose verb is "will
// have to pay", are cleared from the Wednesday ahead; a clause "as" opens ("…, as the other side kept
// its frontier shut in response to the closure last month") is its own date's, not the main clause's;
// and a limit the brief tells as now later ("now have until 31 August") is not set against the one a
// notice gave before ("no later than Monday 30 June") when a source extends it to the brief's day;
// and "welcomes the joint announcement made yesterday, Thursday 13 November" dates the announcement,
// not the welcome. And rounds 1925–1954: a planned shutdown another source tells pushed back off
// its day ("had been pencilled in for 26 July but was pushed back") does not bear that day out; an
// undated page is not dated after the end point it sets ahead ("The end point is now 1 January
// 2028"); a cabinet is not a legislature; "Cabinet, at its meeting of Friday 17 November 2017,
// approved a package … that follows the abolition of quotas … on 30 September" dates the approval
// by the meeting; and a cut-off is an end, not the day payments began. Rounds 1955–1966: a body of
// several words as the brief's owner that no source names ("The European Parliament's foreign affairs
// committee") dates nothing in them; "moved back the closing date of its tender on May 19" is not the
// day it was moved to; "stopped night-time truck crossings" is not "reopened … on Sunday, two days
// after suspending it"; a limit "initially set at 28 February" and "extended to 31 March" bears out
// "ultimately had until 31 March"; and a count of days is from a past day only ("would take effect on
// Aug. 1, a day after he first floated the rate" counts from the saying), never of weeks. Rounds
// 1967–1978: "opened their joint technical review in Lima on" is an opening, though its verb stands
// far from its date. Rounds 1979–1984: an act against a packing house "implicated in the find" is
// not dated by the find; "The survey cruise ended" is not "Talks … ended"; and a count that began is
// not dated by "…, the Miami Field Office said today". Rounds 1985–1990: "disclosed the filing, and a
// claim of roughly US$48 million, on March 4" is one clause; a date that ends a relative clause ("a
// regime that PNG's Department … set out earlier this month", "a cargo the utility refused to accept in
// January") is that clause's; and a country the source names only as a place ("the borders with
// Uzbekistan") is not the brief's acting country. Rounds 1997–2002: an "after" clause in the past
// ("will face the full tariff after President Donald Trump signed an executive order on Wednesday")
// dates its own day, not the future before it. Rounds 2009–2014: days joined by "and" alone ("on
// Wednesday, 7 February, and Thursday, 8 February, it held technical meetings") share the words of
// their act; and a price of one unit ("above USD 10/kg") is not dated by another ("rose to about $8.40
// a kilogram … on Wednesday").
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { clausesFor } from '../../../src/core/text/clauses';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: accented datelines and binding rules', () => {
  const r1913 = roundCorpus('../probe-rounds/r1913');
  const r1923 = roundCorpus('../probe-rounds/r1923');
  const r1924 = roundCorpus('../probe-rounds/r1924');
  const r1777 = roundCorpus('../probe-rounds/r1777');
  const r1929 = roundCorpus('../probe-rounds/r1929');
  const r1622 = roundCorpus('../probe-rounds/r1622');
  const r1935 = roundCorpus('../probe-rounds/r1935');
  const r1927 = roundCorpus('../probe-rounds/r1927');
  const r1928 = roundCorpus('../probe-rounds/r1928');
  const r1950 = roundCorpus('../probe-rounds/r1950');
  const r1954 = roundCorpus('../probe-rounds/r1954');
  const r1957 = roundCorpus('../probe-rounds/r1957');
  const r1960 = roundCorpus('../probe-rounds/r1960');
  const r1962 = roundCorpus('../probe-rounds/r1962');
  const r1972 = roundCorpus('../probe-rounds/r1972');
  const r1882 = roundCorpus('../probe-rounds/r1882');
  const r1638 = roundCorpus('../probe-rounds/r1638');
  const r1978 = roundCorpus('../probe-rounds/r1978');
  const r1979 = roundCorpus('../probe-rounds/r1979');
  const r1980 = roundCorpus('../probe-rounds/r1980');
  const r1986 = roundCorpus('../probe-rounds/r1986');
  const r1988 = roundCorpus('../probe-rounds/r1988');
  const r2002 = roundCorpus('../probe-rounds/r2002');
  const r2009 = roundCorpus('../probe-rounds/r2009');
  const r2012 = roundCorpus('../probe-rounds/r2012');

  test('a dateline in "ASUNCIÓN" dates the wire, not its lead', () => {
    assert.strictEqual(r1923.dateOf('trade-press-senacsa-exports.txt'), '2025-08-07');
    assert.deepStrictEqual(r1923.warnings('- SENACSA put out its January-to-July beef export figures on Wednesday, 6 August 2025.'), []);
  });

  test('a floor that became binding on exporters started when it came into force', () => {
    assert.deepStrictEqual(r1924.suggested('- The US$2,300-per-tonne floor for cleaned hashab became binding on exporters on 2 February 2025.'), ['date-conflict 2 February 2025 -> 2025-03-01']);
  });

  test('"will have to pay … on shipments cleared through customs from Wednesday" looks ahead', () => {
    const found = extractDates('Importers will have to pay the duty, or post a guarantee, on shipments cleared through customs from Wednesday.', { referenceDate: '2025-04-22' });
    assert.deepStrictEqual(found.map((d) => `${d.text} ${d.value}`), ['Wednesday 2025-04-23']);
    assert.deepStrictEqual(r1913.suggested('- Importers began paying the provisional duty, or lodging guarantees, on 22 April 2025.'), ['date-conflict 22 April 2025 -> 2025-04-23']);
  });

  test('a date in a clause "as" opens is not the day of the main clause before it', () => {
    const text = "Friday's binational market in this border town drew only a few hundred buyers, as the other side kept its frontier shut in response to the closure last month.";
    const dates = [{ start: 0, end: 6 }, { start: text.indexOf('last month'), end: text.indexOf('last month') + 10 }];
    const [, last] = clausesFor(text, { start: 0, end: text.length }, dates, true);
    assert.ok(!text.slice(last.start, last.end).includes('drew'), text.slice(last.start, last.end));
    assert.deepStrictEqual(r1777.warnings('- The Dajabón market on Friday, 13 October 2023 drew only a few hundred Haitian buyers.'), []);
  });

  test('a limit the brief tells as now later is not set against the one "no later than" gave before', () => {
    assert.deepStrictEqual(r1929.warnings('- Exporters now have until 31 August 2025 to register on the certification platform.'), []);
  });

  test('a limit extended to another day than the brief gives still warns', () => {
    assert.deepStrictEqual(r1622.suggested('- Packing houses now have until 30 May 2025 to name their accredited laboratory.'), ['date-conflict 30 May 2025 -> 2025-04-30']);
  });

  test("a welcome is not dated by the announcement it welcomes, made the day before", () => {
    assert.deepStrictEqual(r1935.warnings('- Anacafé formally welcomed the exemption and the framework on Monday, 17 November 2025.'), []);
  });

  test('a planned shutdown another source tells pushed back off its day does not bear the day out', () => {
    assert.deepStrictEqual(r1927.unsettled('- A day-long maintenance shutdown of the Dhalkebar-Muzaffarpur 400 kV line halted exports, including the Bangladesh supply, on 26 July 2025.'), ['date-unsettled 26 July 2025']);
  });

  test('an undated page is not dated after the end point it sets ahead', () => {
    assert.strictEqual(r1928.dateOf('analysis-log-cap.txt'), '2025-07-18');
  });

  test("a cabinet's subsidy is not the legislature's levy cut", () => {
    assert.deepStrictEqual(r1954.warnings('- Cabinet approved a seed subsidy for registered squash growers in early May.'), []);
  });

  test("the main verb after a date's aside is that date's, up to the relative clause", () => {
    assert.deepStrictEqual(r1950.suggested('- Cabinet signed off the Rs 1.3 billion support package on 21 November 2017.'), ['date-conflict 21 November 2017 -> 2017-11-17']);
  });

  test('a cut-off is not dated by the day payments began', () => {
    assert.deepStrictEqual(r1950.suggested('- Planters faced a final cut-off of 31 January 2018 to register for the guaranteed price.'), []);
  });

  test("a committee of a body no source names is not another body's committee", () => {
    assert.deepStrictEqual(r1957.warnings("- The European Parliament's foreign affairs committee adopted its annual Montenegro report on 9 July 2025."), []);
  });

  test('moving a closing date back is not dated by the day it was moved to', () => {
    assert.deepStrictEqual(r1960.warnings('- Indian Potash Ltd moved back the closing date of its phosphoric acid tender on May 19.'), []);
  });

  test('crossings stopped are not dated by their reopening two days later', () => {
    assert.deepStrictEqual(r1962.warnings('- Burkina Faso stopped night-time truck crossings at Cinkassé on Friday, 9 May 2025 after a convoy was attacked.'), []);
  });

  test('a limit "initially set at" one day and extended to the brief\'s bears the brief out', () => {
    assert.deepStrictEqual(r1972.warnings('- Comptoirs ultimately had until 31 March 2025 to declare the gold they were holding.'), []);
  });

  test('a count of days from a day set ahead is no count from that day', () => {
    assert.deepStrictEqual(r1882.suggested('- The 50% figure first surfaced when the President raised it at a cabinet meeting on Wednesday, 9 July 2025.'), ['date-conflict Wednesday, 9 July 2025 -> 2025-07-08']);
  });

  test('"six weeks after" is a round figure that dates nothing', () => {
    assert.deepStrictEqual(r1638.suggested('- Chinese customs registered the first eleven Honduran shrimp packing plants as approved suppliers on 16 August 2023.'), ['date-conflict 16 August 2023 -> 2023-08-15']);
  });

  test('an opening told far from its date is not the meetings\' close', () => {
    assert.deepStrictEqual(r1978.warnings('- SENASA and APHIS opened their joint technical review in Lima on Monday, 8 September 2025.'), []);
  });

  test('an act against a packing house "implicated in the find" is not dated by the find', () => {
    assert.deepStrictEqual(r1978.warnings('- SENASA withdrew certification from the Viru packing house implicated in the find on Monday, 25 August 2025.'), []);
  });

  test('a survey cruise that ended is not talks that ended', () => {
    assert.deepStrictEqual(r1979.warnings('- The survey cruise ended on 16 July, when the vessel returned to port.'), []);
  });

  test('a count that began is not dated by the day the agency reported on it', () => {
    assert.deepStrictEqual(r1980.warnings("- CBP began its Miami count of Valentine's flower arrivals on Monday, 12 January 2026."), []);
  });

  test('a second object set off by commas is no clause of its own', () => {
    const text = '- The company disclosed the filing, and a claim of roughly US$48 million, on March 4.';
    const at = text.indexOf('March 4');
    const [clause] = clausesFor(text, { start: 0, end: text.length }, [{ start: at, end: at + 7 }]);
    assert.strictEqual(text.slice(clause.start, clause.end), text);
    assert.deepStrictEqual(r1986.warnings('- The company disclosed the filing, and a claim of roughly US$48 million, on March 4.'), []);
  });

  test("a date that ends a relative clause the brief shares nothing with is that clause's", () => {
    assert.deepStrictEqual(r1986.warnings('- Deliveries to Seiryu have run under those interim terms since 1 June 2025.'), []);
  });

  test("a country's customs service is not dated by a source that names the country only as a border", () => {
    assert.deepStrictEqual(r1988.warnings("- Uzbekistan's customs service stepped up checks on inbound tankers in early May."), []);
  });

  test('"will face the tariff after Trump signed an executive order on Wednesday" is the Wednesday before', () => {
    const found = extractDates('Brazilian coffee will face the full 50% U.S. import tariff after President Donald Trump signed an executive order on Wednesday.', { referenceDate: '2025-07-31' });
    assert.deepStrictEqual(found.map((d) => `${d.text} ${d.value}`), ['Wednesday 2025-07-30']);
    assert.deepStrictEqual(r2002.suggested('- The executive order imposing the tariff was signed on Thursday, 31 July 2025.'), ['date-conflict Thursday, 31 July 2025 -> 2025-07-30']);
  });

  test('two days joined by "and" share the words of their act', () => {
    const text = 'Agrocalidad said that on Wednesday, 7 February, and Thursday, 8 February, it held technical meetings by videoconference.';
    const a = text.indexOf('Wednesday, 7 February');
    const b = text.indexOf('Thursday, 8 February');
    const [first, second] = clausesFor(text, { start: 0, end: text.length }, [{ start: a, end: a + 21 }, { start: b, end: b + 20 }], true);
    assert.deepStrictEqual([first.start, first.end], [second.start, second.end]);
    assert.deepStrictEqual(r2009.warnings('- Agrocalidad opened technical talks with the Russian service by videoconference on February 7.'), []);
  });

  test('a price of one unit is not dated by another price of it', () => {
    assert.deepStrictEqual(r2012.warnings('- Benchmark 11-13 mm kernel offers in Istanbul were already above USD 10/kg in late April.'), []);
  });
});
