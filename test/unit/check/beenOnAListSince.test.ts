// Round 495. "The parent group had been on Washington's export blacklist since December 2023" was
// taken for a bound ("after December 2023"), which any later day supports, so "Washington added the
// Chinese group to its Entity List … last December" (December 2024) answered it. Being on a list,
// in a bloc or under a measure since a day is a state, and that day is its start.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: on a list since a day', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'control.txt': [
      'Dutch government takes control of chipmaker',
      '',
      'AMSTERDAM, Oct 12, 2025 (Wire) - The Dutch government took control of the chipmaker.',
      '',
      'Wingtech completed its takeover in 2019, and Washington added the Chinese group to its Entity List of companies subject to export restrictions in December 2024.',
    ],
  });

  test('"had been on the blacklist since December 2023" is set against the day it was added', () => {
    assert.deepStrictEqual(corpus.warnings("Wingtech, the parent group, had been on Washington's Entity List of companies subject to export restrictions since December 2023."), ['date-conflict December 2023 -> 2024-12']);
  });

  test('"after December 2023" is still a bound the later day meets', () => {
    assert.deepStrictEqual(corpus.warnings("Wingtech, the parent group, was added to Washington's Entity List of companies subject to export restrictions after December 2023."), []);
  });
});
