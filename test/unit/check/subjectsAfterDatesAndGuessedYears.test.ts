// Round 263. "Lucía, a week ago today, on July 30, the White House finally published the copper
// proclamation": the name after a date set off by commas is who acted, so a brief's "Lutnick's
// department transmitted its copper report to the White House on 30 June" is not set against it.
// And a brief whose year the tool guessed (its own dates are of another year) is not contradicted
// by one source's July 30 when the same source gives the writer's July 8 a few lines on.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: who acts after a date set off by commas', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'podcast.txt': ['# Metals podcast, episode 12', '', 'Published: 6 August 2025', '', 'HOST: Lucía, a week ago today, on July 30, the White House finally published the copper proclamation.'],
    'factsheet.txt': ['Copper fact sheet', 'Published: July 30, 2025', '', 'On June 30, 2025, the Secretary transmitted the resulting report to the President.'],
    'wire.txt': ['Lutnick on copper', 'SANTIAGO, July 9, 2025 (Andes Wire) -', 'Commerce Secretary Howard Lutnick has led the copper review for the administration.'],
  });

  test('a report sent to the White House is not the day the White House published the proclamation', () => {
    assert.deepStrictEqual(corpus.warnings("Howard Lutnick's department transmitted its copper report to the White House on 30 June 2025."), []);
  });

  test('the White House’s own act on another day still warns', () => {
    assert.deepStrictEqual(corpus.warnings('The White House published the copper proclamation on 31 July 2025.'), ['date-conflict 31 July 2025 -> 2025-07-30']);
  });
});

suite('check: a guessed year and the same source’s day', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'explainer.txt': [
      'How the copper duty came about',
      'By A. Writer | 12 August 2025',
      '',
      'When President Donald Trump signed his copper proclamation on July 30, 2025, the headline rate, 50%, was exactly what he had promised.',
      '',
      'Commerce handed its report to the President on June 30. Eight days later, on July 8, Trump told a cabinet meeting that copper would face a 50% rate.',
    ],
  });

  test('"named the 50% rate on July 8", in a brief of another year, is the source’s July 8', () => {
    assert.deepStrictEqual(corpus.warnings('The steel case was opened on 3 March 2024. The report reached the President eight days before Trump named the 50% rate on July 8.'), []);
  });

  test('a wrong day of the same brief still warns', () => {
    assert.deepStrictEqual(corpus.warnings('Trump told a cabinet meeting on July 18, 2025 that copper would face a 50% rate.'), ['date-conflict July 18, 2025 -> 2025-07-08']);
  });
});
