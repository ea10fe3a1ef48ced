// Rounds 355 and 362: "The original $60 cap on Russian crude entered into force on 5 December 2023"
// was read as a plan that later changed ("original"), so the source's "came into force … on 5
// December 2022" could not contradict it. "Original" of a thing is the first one, which did happen;
// only "original" of a date ("the original deadline") or "originally" is a setting later changed.
import * as assert from 'assert';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: the original thing, against the original date', () => {
  const corpus = tempCorpus({
    'cap.txt': ['Price cap tightened', 'BRUSSELS, July 19, 2025 -', 'The G7 price cap on Russian crude, first set at $60 a barrel, came into force on 5 December 2022; the EU lowered it to $47.60 this week.'],
    'probe.txt': ['Canola probe extended', 'BEIJING, March 10, 2025 -', 'The commerce ministry extended its anti-dumping probe into Canadian canola by six months, to September 9.'],
    ...RATE_NEWS,
  });

  test('"the original $60 cap … entered into force" is dated like any start', () => {
    assert.deepStrictEqual(corpus.warnings('- The original $60 price cap on Russian crude came into force on 5 December 2023.'), ['date-conflict 5 December 2023 -> 2022-12-05']);
  });

  test('"the original deadline" is still a first setting, which the later one does not contradict', () => {
    assert.deepStrictEqual(corpus.warnings('- The canola probe’s original deadline was 9 March 2025.'), []);
  });
});
