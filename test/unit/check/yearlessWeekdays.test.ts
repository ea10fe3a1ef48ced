// A brief that never writes its year still shows it in its weekdays: when most of them fall in
// the year its sources speak of, a weekday that does not is a slip worth a warning.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

suite('check: weekdays of a brief that gives no year', () => {
  const corpus = tempCorpus({
    'call.txt': ['Leaders speak by phone', 'Published: 5 June 2025', 'Donald Trump and Xi Jinping spoke by telephone on Thursday, June 5, for about 90 minutes.'],
  });

  test('a weekday off the year its other weekdays and its sources share is flagged', () => {
    const brief = ['- Sunday, June 1: Bessent said the leaders would talk soon.', '- Monday, June 2: Beijing rejected the accusation.', '- Wednesday, June 5: the two leaders held a phone call.'].join('\n');
    const ws = corpus.warnings(brief);
    assert.deepStrictEqual(ws, ['weekday-mismatch Wednesday -> Thursday']);
    const message = corpus.engine().check(brief + '\n')[0].message;
    assert.match(message, /In 2025, the year of this brief's other weekdays and of its sources, 5 June is a Thursday/);
  });

  test('one yearless weekday alone tells no year: not checked', () => {
    assert.deepStrictEqual(corpus.warnings('- Wednesday, June 5: the two presidents held a long phone call.'), []);
  });

  test('weekdays that mostly fit another year are not checked against the sources’ year', () => {
    // 2024: June 3 was a Monday, June 4 a Tuesday, June 5 a Wednesday.
    const brief = ['- Monday, June 3: officials met in Geneva.', '- Tuesday, June 4: the ministry replied.', '- Wednesday, June 5: the talks ended.'].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief), []);
  });
});
