// Rounds 267-269. A brief mostly about 2024, over sources mostly about 2023: "In early December 2024
// Washington moved again" is the brief's own year, not a horizon past the sources', so it dates
// "On Monday, December 2" below it. "For Australia, the UK's membership took effect … on 24 December
// 2024" is answered by another source's "Agreement takes effect between UK and Australia" on that
// day, though neither it nor the contradicting "whose membership took effect on December 15" names
// a kind of event. And "As of this week, Commerce had not publicly confirmed any licences" dates no
// licence.
import * as assert from 'assert';
import { citedDates } from '../../../src/core/check/briefDates';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('brief years: a month of the brief’s own year is no horizon', () => {
  const years = (prose: string, corpusYear: number) => citedDates(prose, corpusYear).map((c) => `${c.mention.text}=${c.year}`);
  // Sources mostly of 2023 and a brief mostly of 2024, whose section on Japan ends on a date of 2023.
  const brief = (lead: string) =>
    [
      'The Dutch rules took effect on 1 September 2023 and were widened on 6 September 2024.',
      'The US rules of 15 January 2024, 29 March 2024 and 4 April 2024 followed.',
      '',
      '## Japan',
      '',
      'Japan proposed its controls on 31 March 2023 and they took effect on 23 July 2023.',
      '',
      '## The US December package',
      '',
      lead,
      '',
      '- On Monday, December 2, BIS released its rules on memory chips.',
    ].join('\n');

  test('"In early December 2024" dates the December 2 below it, in sources of 2023', () => {
    assert.deepStrictEqual(years(brief('In early December 2024 Washington moved again.'), 2023).slice(-2), ['early December 2024=2024', 'Monday, December 2=2024']);
  });

  // (Not 2023, the year of the Japan section's last date: December 2 was a Saturday then, and a
  // Monday in 2024, the year of the dates before it.)
  test('a month of a later year the brief seldom gives is still a horizon', () => {
    assert.deepStrictEqual(years(brief('A further review is pencilled in for March 2026.'), 2023).slice(-2), ['March 2026=2026', 'Monday, December 2=2024']);
  });
});

suite('check: another source agrees when no kind of event is named', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    // Australia and the UK are named often, as in a corpus about the bloc.
    ...Object.fromEntries(Array.from({ length: 8 }, (_, k) => [`wool-${k + 1}.txt`, [`Wool ${k + 1}`, `SYDNEY, April ${k + 1}, 2025 -`, `Australia sold wool to buyers from the UK at an auction on April ${k + 1}.`]])),
    'melbourne.txt': ['Uruguay applies', 'MELBOURNE, Nov 28, 2025 (Pacific Wire) -', 'The bloc has admitted one new member since its creation: the United Kingdom, whose membership took effect on December 15, 2024, after the other parties had ratified.'],
    'history.md': ['# How the partnership grew', '', "The agreement entered into force for its first six parties on 30 December 2018. Peru's membership took effect on 19 September 2021, Malaysia's on 29 November 2022 and Chile's on 21 February 2023."],
    'timeline.md': ['# Accession timeline', '', '| Date | Step |', '|---|---|', '| 2024-12-24 | Agreement takes effect between UK and Australia |'],
  });

  test('"For Australia, the UK’s membership took effect … on 24 December 2024" is not set against December 15', () => {
    assert.deepStrictEqual(corpus.warnings("For Australia, the UK's membership took effect nine days after the other parties, on 24 December 2024."), []);
  });

  test('a day neither source gives still warns', () => {
    assert.deepStrictEqual(corpus.warnings("The UK's membership took effect on 16 December 2024."), ['date-conflict 16 December 2024 -> 2024-12-15']);
  });
});

suite('check: how things stood, of what had not happened', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'explainer.txt': ['Three months after the Gulf tour', 'By T. Writer | 26 August 2025', '', 'On May 22, the partners announced a one-gigawatt cluster inside the new campus. As of this week, Commerce had not publicly confirmed any export licences for the Nvidia processors the project needs.'],
  });

  test('"As of this week, Commerce had not confirmed any licences" does not date the licences', () => {
    assert.deepStrictEqual(corpus.warnings('Commerce is reported to have cleared the first Nvidia export licences for the campus in mid-October 2025.'), []);
  });

  test('the announcement of that day is still dated', () => {
    assert.deepStrictEqual(corpus.warnings('The partners announced the one-gigawatt cluster inside the campus on May 12, 2025.'), ['date-conflict May 12, 2025 -> 2025-05-22']);
  });
});
