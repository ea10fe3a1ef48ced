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

  test('the sources’ own year in the title is not pushed aside by a look ahead to next year', () => {
    const brief = ['# Review: autumn 2025', '', 'Officials held talks on Wednesday 13 November.', '', '- A court hearing is set for mid-January 2026.', '- The ruling is due on 14 January 2026.'].join('\n');
    const [d] = corpus.engine().check(brief + '\n');
    assert.strictEqual(d?.code, 'weekday-mismatch');
    assert.match(d.message, /13 November 2025 is a Thursday/);
  });

  test('a later date of another year, in a table below, lends its year to no weekday above it', () => {
    const brief = ['## The week', '', '- **Sunday, June 1** — Bessent said the leaders would talk soon.', '- **Monday, June 2** — Beijing rejected the accusation.', '- **Friday, June 5** — the two leaders held a phone call.', '', '| Step | Timing |', '|---|---|', '| Truce extended | until 10 November 2027 |'].join('\n');
    const [d] = corpus.engine().check(brief + '\n');
    assert.strictEqual(d?.code, 'weekday-mismatch');
    assert.match(d.message, /In 2025, the year of this brief's other weekdays and of its sources, 5 June is a Thursday, not a Friday/);
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

suite('check: a weekday whose year was borrowed from a line of history', () => {
  const corpus = tempCorpus({ 'undated.txt': ['Leaders meet', 'Trump and Xi met in Busan on Thursday for about 100 minutes.'] });

  test('it is not flagged when it fits the year most of the brief’s own full dates give', () => {
    const brief = ['# Chips brief, autumn 2025', 'Talks resumed on 3 September 2025 and again on 9 October 2025.', '- The firm was added to the Entity List in December 2024.', '- Trump and Xi met in Busan on Thursday, October 30.'].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief), []);
    // A weekday that fits neither year is still a slip.
    assert.deepStrictEqual(corpus.warnings(brief.replace('Thursday', 'Friday')).map((w) => w.split(' -> ')[0]), ['weekday-mismatch Friday']);
  });

  test('a month of history in the sentence before does not lend its year to the fix', () => {
    const brief = ['# Outlook', 'Talks resumed on 3 September 2025 and again on 9 October 2025.', '', 'Trump last visited China in November 2017. In hindsight, the Madrid round that closed on Sunday, September 15 was the turning point.'].join('\n');
    const [d] = corpus.engine().check(brief + '\n');
    assert.strictEqual(d?.code, 'weekday-mismatch');
    assert.match(d.message, /15 September 2025 is a Monday, not a Sunday/);
  });

  test('a weekday wrong in both years is judged in the year the brief and its sources share', () => {
    // The one 2024 date lends its year to the next one; 4 June was a Tuesday in 2024, a Wednesday in 2025.
    const brief = ['# Metals, 2025', 'Duties were announced on 10 February 2025 and applied from 12 March 2025; Canada answered on 13 March 2024. The 50% rate applied from Friday, 4 June.'].join('\n');
    const [d] = corpus.engine().check(brief + '\n');
    assert.strictEqual(d?.code, 'weekday-mismatch');
    assert.strictEqual(d.message, '4 June 2025 is a Wednesday, not a Friday. The nearest Friday is 6 June.');
    assert.strictEqual(d.replacement, 'Wednesday');
  });
});

suite('check: a wrong weekday may be a wrong day', () => {
  const corpus = tempCorpus({ 'undated.txt': ['Leaders meet', 'Trump and Xi met in Busan on Thursday for about 100 minutes.'] });

  test('the message names the nearest day the weekday does fall on', () => {
    const [d] = corpus.engine().check('Trump accused China of breaching the Geneva deal on Friday, May 31, 2025.\n');
    assert.strictEqual(d.code, 'weekday-mismatch');
    assert.strictEqual(d.message, '31 May 2025 is a Saturday, not a Friday. The nearest Friday is 30 May.');
  });
});
