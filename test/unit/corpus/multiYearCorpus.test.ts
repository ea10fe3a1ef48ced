// Round 454: a folder on the steel and aluminium tariffs ran from 2018 to 2022, and four yearless
// wires of 2018 to 2020 were all put in 2022, the year of its middle dated source. The corpus now
// votes with every year its dated sources span; where the vote or the year the text's history gives
// still puts the wire's day on another weekday than its lead names, the weekday decides among the
// years the text names. A yearless date is then read in its own page's year, not the corpus's
// commonest, when it is set against a brief.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

const dateOf = (engine: { snapshot(): { documents: Array<{ path: string; date: string | null }> } }, name: string) => engine.snapshot().documents.find((d) => d.path.endsWith(name))!.date;

suite('corpus: yearless wires in a corpus that spans years', () => {
  const corpus = tempCorpus({
    'canada.txt': ['Canada answers the metal tariffs', 'Date: May 31, 2018', '', 'Canada will impose countermeasures on U.S. steel, aluminium and other goods from July 1.'],
    'timeline.md': ['# The metal tariffs, four years on', 'Published 4 April 2022', '', 'The quota deal with Britain took effect on June 1, 2022.'],
    'eu.txt': ['EU duties on U.S. goods from Friday', '', 'BRUSSELS, June 20 (Wire) - The European Union will start charging duties on bourbon, jeans and motorcycles from Friday, the Commission said on Wednesday, after member states backed the list on June 14.'],
    'aluminum.txt': ['U.S. drops Canadian aluminum tariff', '', 'OTTAWA, Sept 15 (Wire) - The United States said on Tuesday it would drop its tariff on some Canadian aluminum, expecting shipments to stay normal in the last four months of 2020.'],
    'signs.txt': [
      'Trump signs metal tariffs',
      '',
      'WASHINGTON, March 8 (Wire) - President Trump on Thursday signed proclamations putting a 25 percent tariff on steel and 10 percent on aluminum.',
      '',
      'The tariffs rest on the Trade Expansion Act of 1962. Commerce opened its steel inquiry on April 19, 2017.',
    ],
  });

  test('a wire whose corpus neighbour is of 2018 is of 2018, not the middle source\'s 2022', () => {
    assert.strictEqual(dateOf(corpus.engine(), 'eu.txt'), '2018-06-20');
  });

  test('"said on Tuesday" under "Sept 15" beside "the last four months of 2020" is of 2020', () => {
    assert.strictEqual(dateOf(corpus.engine(), 'aluminum.txt'), '2020-09-15');
  });

  test('"on Thursday signed" under "March 8" after history of 2017 is of 2018 (March 8, 1962 was a Thursday too, but 1962 is no full date)', () => {
    assert.strictEqual(dateOf(corpus.engine(), 'signs.txt'), '2018-03-08');
  });
});

suite('check: a yearless source date is read in its page\'s year', () => {
  const corpus = tempCorpus({
    'applies.txt': ['Britain applies to join', 'LONDON, Feb 1, 2021 -', 'Britain applied on Monday to join the Pacific trade pact, its biggest step since Brexit.'],
    'opens.txt': ['Pact opens talks with Britain', 'Date: 2 June 2021', '', 'Members agreed today to open accession talks with the United Kingdom, and a working group will meet later this year.'],
    'group.txt': ['Working group meets', 'Date: 28 September 2021', '', 'The accession working group held its first meeting today, chaired by Japan.'],
    'release.txt': ['Entry into force', 'Date: 15 December 2024', '', 'The agreement enters into force for the UK today.'],
    'vancouver.txt': [
      'Pact ministers meet in Vancouver',
      '',
      'VANCOUVER, Nov 28 (Wire) - Ministers of the Pacific pact agreed on Thursday to open talks with Costa Rica.',
      '',
      'Britain\'s trade department said last week that it had extended the deadline for responses to its consultation on guidance for importers to Nov. 22 from Nov. 8.',
    ],
  });

  test('"extended deadline … Nov. 29, 2024" is flagged against Nov. 22, though most sources are of 2021', () => {
    assert.deepStrictEqual(corpus.warnings('| Step | Date |\n|---|---|\n| Importer guidance consultation: extended deadline | Nov. 29, 2024 |'), ['date-conflict Nov. 29, 2024 -> 2024-11-22']);
  });
});
