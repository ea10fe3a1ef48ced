// Property and fuzz tests: every parser takes any input without throwing and within a time
// bound (no catastrophic backtracking), and the checker is stable under edits elsewhere.
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as path from 'path';
import { readBrief } from '../../../src/core/check/briefText';
import { readFrontMatter } from '../../../src/core/corpus/frontMatter';
import { extractDates } from '../../../src/core/dates/extract';
import { Engine } from '../../../src/core/engine/engine';
import { extractEntities } from '../../../src/core/entities/extract';
import { parseKnowledge } from '../../../src/core/knowledge/knowledgeFile';

const examples = path.resolve(__dirname, '..', '..', '..', '..', 'examples');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Runs f and fails when it takes longer than `ms` (a regular expression gone quadratic). */
function within<T>(ms: number, what: string, f: () => T): T {
  const t = performance.now();
  const out = f();
  const took = performance.now() - t;
  assert.ok(took < ms, `${what} took ${took.toFixed(0)} ms (bound ${ms} ms)`);
  return out;
}

// Text that looks like news: words, digits, dates, punctuation and stray Unicode.
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom('May', 'June', 'Nov.', '12', '2025', 'early', 'mid-June', 'Thursday', 'last week', 'a day after', 'between', 'and', '–', '-', ',', '.', '\n', ' ', 'Geneva', 'talks', 'Vice Premier He Lifeng', 'the', 'of', '2025-06-13', 'T08:00:00Z', '---', ':', '"', '“', '’s', '#', '*'),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(' '));

// Long adversarial strings: the shapes that make backtracking regular expressions explode.
const adversarial = [
  'May '.repeat(20_000),
  '1'.repeat(100_000),
  'A'.repeat(50_000) + '!',
  'Aa '.repeat(30_000),
  'of the '.repeat(20_000),
  '12-'.repeat(30_000),
  ' '.repeat(100_000) + 'x',
  '—'.repeat(50_000),
  'Vice '.repeat(20_000) + 'Premier',
  'Ministry of '.repeat(10_000),
  `${'June 1, '.repeat(10_000)}2025`,
  '---\n' + 'a: b\n'.repeat(20_000),
  '[' .repeat(20_000),
];

suite('reliability: parsers take any input', () => {
  test('date extraction never throws on arbitrary news-like text', () => {
    fc.assert(
      fc.property(newsy, fc.option(fc.constantFrom('2025-06-13', '2024-02-29', '1999-12-31'), { nil: null }), (text, ref) => {
        const found = extractDates(text, { referenceDate: ref });
        for (const m of found) {
          assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, 'span inside the text');
          assert.strictEqual(text.slice(m.start, m.end), m.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('a full date written any common way normalises to the same value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2035 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom(0, 1, 2, 3), (y, mo, d, style) => {
        const iso = `${y}-${String(mo + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const written = [`${MONTHS[mo]} ${d}, ${y}`, `${d} ${MONTHS[mo]} ${y}`, iso, `${MONTHS[mo].length > 5 ? `${MONTHS[mo].slice(0, 3)}.` : MONTHS[mo]} ${d}, ${y}`][style];
        const found = extractDates(`Officials met on ${written} in Geneva.`, { referenceDate: '2025-06-13' });
        assert.ok(found.some((m) => m.value === iso), `${written} → ${found.map((m) => m.value).join(', ')}`);
      }),
      { numRuns: 300 },
    );
  });

  test('front matter and the knowledge file never throw, whatever the YAML', () => {
    const yamlish = fc.array(fc.oneof(fc.constantFrom('---', 'title:', 'date:', '&a', '*a', '[', ']', '{', '}', '- ', '  ', ':', '"', "'", '!!binary', '%YAML 1.2', 'entities:', 'events:', 'name:', 'aliases:', '\t'), fc.string({ maxLength: 10 })), { maxLength: 40 }).map((p) => p.join('\n'));
    fc.assert(
      fc.property(yamlish, (text) => {
        const fm = readFrontMatter(`---\n${text}\n---\nBody.`);
        assert.ok(fm.bodyStart >= 0);
        const k = parseKnowledge(text, 'trade-brief.yaml');
        for (const p of k.problems) assert.ok(p.message.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  test('entity extraction and brief reading never throw', () => {
    fc.assert(
      fc.property(newsy, (text) => {
        for (const m of extractEntities(text)) assert.ok(m.start >= 0 && m.end <= text.length);
        readBrief(text);
      }),
      { numRuns: 300 },
    );
  });

  test('long adversarial strings finish quickly in every parser', function () {
    this.timeout(300_000);
    for (const s of adversarial) {
      const label = JSON.stringify(s.slice(0, 12)) + `… (${s.length} chars)`;
      within(10_000, `dates on ${label}`, () => extractDates(s, { referenceDate: '2025-06-13' }));
      within(10_000, `entities on ${label}`, () => extractEntities(s));
      within(10_000, `front matter on ${label}`, () => readFrontMatter(`---\n${s}\n---\n`));
      within(10_000, `knowledge file on ${label}`, () => parseKnowledge(s, 'trade-brief.yaml'));
      within(10_000, `brief on ${label}`, () => readBrief(s));
    }
  });
});

suite('reliability: the checker is stable', () => {
  let engine: Engine;
  const brief = [
    '# Brief',
    '',
    'The ministry responded on June 4, 2025, to the accusations.',
    // (Not "began on Monday, June 9": a source's "ended two days of talks on Tuesday" tells their end, not their start.)
    'The London talks ended on Tuesday, June 11, 2025.',
  ].join('\n');
  suiteSetup(async () => {
    engine = await Engine.open({ roots: [path.join(examples, 'sources')] });
  });

  test('checking a brief twice gives the same diagnostics', () => {
    assert.deepStrictEqual(engine.check(brief), engine.check(brief));
  });

  test('edits elsewhere in a brief do not move a warning off its date', () => {
    const base = engine.check(brief);
    assert.ok(base.length > 0, 'the fixture brief warns');
    fc.assert(
      fc.property(fc.constantFrom('', 'Background.', 'A short note on markets', '> quoted aside', '- a list item'), fc.integer({ min: 0, max: 2 }), (insert, where) => {
        // Insert a paragraph before, between or after the dated lines (never inside one).
        const lines = brief.split('\n');
        const at = [2, 3, 4][where];
        const edited = [...lines.slice(0, at), insert, '', ...lines.slice(at)].join('\n');
        const again = engine.check(edited);
        const cited = (text: string, ds: typeof base) => ds.map((d) => `${d.code}:${text.slice(d.start, d.end)}`).sort();
        assert.deepStrictEqual(cited(edited, again), cited(brief, base));
      }),
      { numRuns: 30 },
    );
  });
});
