// A clock's zone after "a.m." does not end the brief's sentence; a statistic is told by its value; a
// timeline entry that puts a rate on hold is not the rate's announcement; a country's column in a
// table is answered only by a source that names that country.
import * as assert from 'assert';
import { splitSentences } from '../../../src/core/text/sentences';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: clocks, figures, holds and country columns', () => {
  const corpus = tempCorpus({
    'faq.txt': [
      'Questions on the US duty',
      'Published: 12 August 2025',
      'The extra duty of 39% has been charged on Swiss goods entering the United States from 7 August 2025, 00:01 Eastern Daylight Time (06:01 Swiss time).',
    ],
    'explainer.html': [
      '<html><body><h1>How Switzerland got to 39%</h1>',
      '<p>When the White House put out its first table of "reciprocal" rates on 2 April, Switzerland was assigned 31%, far above the 20% given to the European Union.</p>',
      '<p>The Swiss Watch Federation said watch exports to the US in September were 55.7% lower than a year before; it published those figures on 21 October.</p>',
      '<p>The deal came on 14 November 2025.</p>',
      '</body></html>',
    ],
    'wire.txt': ['Brazil exports slump', 'SAO PAULO, Sept 4, 2025 (Wire) -', "The steepest drops came in goods left off the exemption list in President Donald Trump's July 30 order, including beef and coffee."],
    ...RATE_NEWS,
  });

  test('"at 12:01 a.m. Eastern time" does not cut the sentence short', () => {
    const text = 'Collection of the 50% Brazil rate began at 12:01 a.m. Eastern time on 6 August 2025. The talks ended at 9 p.m. Officials left.';
    assert.deepStrictEqual(
      splitSentences(text).map((s) => text.slice(s.start, s.end)),
      ['Collection of the 50% Brazil rate began at 12:01 a.m. Eastern time on 6 August 2025.', 'The talks ended at 9 p.m.', 'Officials left.'],
    );
  });

  test('another statistic, released another day, is not the figures the brief dates', () => {
    assert.deepStrictEqual(corpus.warnings('Figures published on Thursday, 4 September 2025, put exports to the US 18.5% below the year-earlier level in August.'), []);
  });

  test('a timeline entry putting a rate on hold is not its announcement', () => {
    assert.deepStrictEqual(corpus.warnings('- **9 April 2025**: the 31% reciprocal rate on Switzerland is put on hold.'), []);
  });

  test("a date in one country's column is not answered by a sentence about another", () => {
    assert.deepStrictEqual(corpus.warnings(['| Event | Brazil | Switzerland |', '|---|---|---|', '| Order signed by President Donald Trump | see above | 31 July 2025 |'].join('\n')), []);
  });
});

suite('check: a release day against the month its figures cover', () => {
  const corpus = tempCorpus({
    'wire.txt': [
      'Exports slide',
      'HARBOUR CITY, Sept 5, 2025 (Wire) -',
      "Lindland's exports to Osteria fell 10.1% in July from a year earlier, data released last month showed, with car shipments down by a quarter.",
    ],
    ...RATE_NEWS,
  });

  test('"reported on 20 August" is the release, not July', () => {
    assert.deepStrictEqual(corpus.warnings("Lindland's July exports to Osteria, reported on 20 August 2025, were 10.1% lower than a year before."), []);
  });

  test('a "Released" column is the release day', () => {
    assert.deepStrictEqual(corpus.warnings(['| Series | Period | Released | Change |', '|---|---|---|---|', '| Lindland exports to Osteria | July | 20 August 2025 | −10.1% y/y |'].join('\n')), []);
  });
});
