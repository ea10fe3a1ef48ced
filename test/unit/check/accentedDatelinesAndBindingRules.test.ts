// Rounds 1913–1924 (held out, measured first). A wire datelined in a city written with an accent
// ("ASUNCIÓN, August 7, 2025 (Wire) -") has a dateline like any other, so its lead is no event of
// that day; a rule that "became binding on exporters on" a day started then, not when its decree was
// signed; and shipments "cleared through customs from Wednesday", in a sentence whose verb is "will
// have to pay", are cleared from the Wednesday ahead; a clause "as" opens ("…, as the other side kept
// its frontier shut in response to the closure last month") is its own date's, not the main clause's;
// and a limit the brief tells as now later ("now have until 31 August") is not set against the one a
// notice gave before ("no later than Monday 30 June") when a source extends it to the brief's day;
// and "welcomes the joint announcement made yesterday, Thursday 13 November" dates the announcement,
// not the welcome.
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
});
