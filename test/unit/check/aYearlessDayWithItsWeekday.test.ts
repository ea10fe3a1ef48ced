// Round 584. "Malmström launched talks with Australia in Canberra on June 11, 2018" met an undated
// page's "in Canberra on Monday, June 18" and was left alone: a yearless day is read in the brief's
// year only near the years the corpus speaks of (here 2025). The weekday written beside the day says
// which years it can be of: June 18 was a Monday in 2018 (and in 2012 and 2029, in no year between).
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a yearless day written with its weekday', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'launch.txt': [
      'Brussels opens talks with Wellington',
      '',
      'The European Union opened free trade negotiations with New Zealand on Thursday.',
      '',
      'Trade commissioner Cecilia Malmström launched talks with Australia in Canberra on Monday, June 18, alongside the Australian trade minister.',
    ],
  });

  test('in a year where the day falls on that weekday, it dates the brief’s claim', () => {
    assert.deepStrictEqual(corpus.warnings('Malmström launched talks with Australia in Canberra on June 11, 2018.'), ['date-conflict June 11, 2018 -> 2018-06-18']);
  });

  test('in a year where it does not, it says nothing', () => {
    assert.deepStrictEqual(corpus.warnings('Malmström launched talks with Australia in Canberra on June 11, 2019.'), []);
  });
});
