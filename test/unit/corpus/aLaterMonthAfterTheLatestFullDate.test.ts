// Rounds 536 and 538. An undated analysis whose latest full date was history ("On May 17, 2019,
// Washington agreed to lift the metals duties") was dated May 17, 2019, though it goes on to "In
// August 2023, the government raised import tariffs": every relative date of it was then counted
// from 2019. A page that tells a later month, with its year and a verb in the past, after its latest
// full date was not written on that date: it stays undated.
import * as assert from 'assert';
import { pageDate } from '../helpers/pageDate';


suite('corpus: a later month told after the latest full date', () => {
  const lines = [
    'The steel route through Mexico',
    '',
    'Two days after the proclamations, importers are still working out what they mean.',
    '',
    'When Donald Trump imposed the tariffs on June 1, 2018, Mexico answered with duties of its own. On May 17, 2019, Washington agreed to lift the metals duties on both countries.',
    '',
  ];

  test('a later month told in the past leaves the page undated', () => {
    const [date, source] = pageDate([...lines, 'In August 2023, the government raised import tariffs on hundreds of products, steel among them.'].join('\n'));
    assert.deepStrictEqual([date, source], [null, 'unknown']);
  });

  test('a later month looked ahead to does not', () => {
    assert.deepStrictEqual(pageDate([...lines, '- **August 2026.** A review is expected to be scheduled.'].join('\n')), ['2019-05-17', 'inferred']);
  });
});
