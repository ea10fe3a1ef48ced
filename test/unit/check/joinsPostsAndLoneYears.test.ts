// A clause joined to another with its own subject, postal operators named "… Post", a stop against
// a return, and a lone full date of another year than the sources' in an earlier section.
import * as assert from 'assert';
import { citedDates } from '../../../src/core/check/briefDates';
import { extractEntities } from '../../../src/core/entities/extract';
import { clausesFor } from '../../../src/core/text/clauses';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: a clause joined to another with its own subject', () => {
  const corpus = tempCorpus({
    'permits.txt': [
      'Ruritania clears magnet permits',
      'VALDOR, June 13, 2025 -',
      'The Ruritanian trade ministry approved a batch of export permits for magnets today, officials said.',
      'The Ruritanian trade ministry said the truce talks held in Valdor earlier this week had made progress on magnets and permits.',
    ],
    ...RATE_NEWS,
  });

  test('"The truce talks went on, and the ministry approved permits on June 15" is about the permits, not the talks', () => {
    assert.deepStrictEqual(corpus.warnings('The truce talks went on, and the Ruritanian trade ministry approved export permits for magnets on June 15, 2025.'), ['date-conflict June 15, 2025 -> 2025-06-13']);
  });

  test('a list of names before ", and" is the subject, not a clause of its own', () => {
    const clauseStart = (text: string) => {
      const at = text.indexOf('June 15');
      return text.slice(clausesFor(text, { start: 0, end: text.length }, [{ start: at, end: at + 7 }])[0].start, at);
    };
    assert.strictEqual(clauseStart('Valdor, Carsk, and the Ruritanian ministry signed the permits on June 15.'), 'Valdor, Carsk, and the Ruritanian ministry signed the permits on ');
    assert.strictEqual(clauseStart('The talks went on, and the Ruritanian ministry signed the permits on June 15.'), 'the Ruritanian ministry signed the permits on ');
  });
});

suite('entities: postal operators', () => {
  test('"Swiss Post" and "Thailand Post" are organisations, not people', () => {
    const found = extractEntities('Parcels were halted by Swiss Post and by Thailand Post last week.').map((m) => `${m.text}:${m.kind}`);
    assert.deepStrictEqual(found, ['Swiss Post:organization', 'Thailand Post:organization']);
  });
});

suite('check: one postal operator is not another, and a stop is not a return', () => {
  const corpus = tempCorpus({
    'posts.md': [
      '# Postal suspensions to the US',
      '',
      '| Date | What happened |',
      '|---|---|',
      '| 2025-08-22 | Royal Mail, Austrian Post and Swiss Post pause goods shipments to the US. |',
      '| 2025-08-25 | Hellas Post suspension begins; La Poste halts most US-bound parcels. |',
      '| 2025-09-22 | Atlantis Post resumes business parcels to the US through an approved carrier. |',
    ],
    'roundup.txt': [
      'Posts in Asia follow suit',
      'SINGAPORE, Aug. 27, 2025 -',
      'Taiwan\'s Chunghwa Post said it would stop taking parcels for the United States, and Thailand Post and New Zealand Post announced similar steps.',
    ],
    ...RATE_NEWS,
  });

  // Read as a person, "Swiss Post" lent its surname "Post" to every operator, and all of them shared it.
  test('Thailand Post\'s halt is not dated by the row of Hellas Post and La Poste', () => {
    assert.deepStrictEqual(corpus.warnings('Thailand Post announced its own halt on August 24, 2025.'), []);
  });

  test('a suspension that started is not dated by the day the same post resumed', () => {
    assert.deepStrictEqual(corpus.warnings("Atlantis Post's partial suspension of parcels to the US started on August 26, 2025."), []);
  });

  test('the day a post resumed still answers a claim of its return', () => {
    assert.deepStrictEqual(corpus.warnings('Atlantis Post resumed business parcels to the US on September 24, 2025.'), ['date-conflict September 24, 2025 -> 2025-09-22']);
  });
});

suite('brief years: a lone full date of another year than the sources\'', () => {
  const brief = ['## The trigger', '', 'The order signed on July 30, 2024 gave carriers a month.', 'The guidance came on August 15.', '', '## Who stopped', '', 'Hellas Post stopped on August 25.'].join('\n');

  test('lends its year within its paragraph only, when the brief gives no year twice', () => {
    const years = citedDates(brief, 2025).map((c) => `${c.mention.text}:${c.year}`);
    assert.deepStrictEqual(years, ['July 30, 2024:2024', 'August 15:2024', 'August 25:2025']);
  });

  test('still lends it when the brief gives that year twice', () => {
    const years = citedDates(brief.replace('## Who stopped', '## Who stopped (March 3, 2024 recap)'), 2025).map((c) => `${c.mention.text}:${c.year}`);
    assert.deepStrictEqual(years.at(-1), 'August 25:2024');
  });

  const corpus = tempCorpus({
    'halts.txt': ['Posts halt parcels', 'BERN, Aug. 26, 2025 -', 'Several European posts stopped US-bound goods this week.'],
    ...RATE_NEWS,
  });

  test('a yearless weekday wrong in the sources\' year and in the brief\'s only year is flagged', () => {
    const text = ['The order was signed on July 30, 2024.', '', 'The European halt began on Wednesday, August 26.'].join('\n');
    assert.deepStrictEqual(corpus.warnings(text), ['weekday-mismatch Wednesday -> Tuesday']);
  });

  test('one that fits the brief\'s own year is not', () => {
    const text = ['The order was signed on July 30, 2024.', '', 'The European halt began on Monday, August 26.'].join('\n');
    assert.deepStrictEqual(corpus.warnings(text), []);
  });
});
