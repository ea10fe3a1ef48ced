// Round 417: "Washington and Seoul published their joint fact sheet on Nov. 13" was not held to "|
// Nov. 14, 2025 | Korea-U.S. joint fact sheet released |": Seoul stands for South Korea, and "Korea"
// had been a place of its own. In trade news "Korea" alone is the South (the North is named so).
import * as assert from 'assert';
import { extractEntities } from '../../../src/core/entities/extract';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

const canon = (text: string) => extractEntities(text).map((m) => `${m.text}=${m.canonical}`);

suite('entities: Korea is the South', () => {
  test('"Korea" and "the Republic of Korea" are South Korea; North Korea is not', () => {
    assert.deepStrictEqual(canon('Korea signed first, then the Republic of Korea ratified. Talks with North Korea stalled.'), ['Korea=South Korea', 'Republic of Korea=South Korea', 'North Korea=North Korea']);
  });
});

suite('check: a fact sheet of Korea and the US', () => {
  const TIMELINE = ['# Alliance timeline', '', '| Date | Step | Who | Status |', '|---|---|---|---|', '| Nov. 14, 2025 | Korea-U.S. joint fact sheet released | Seoul and Washington | Published |'];
  const corpus = tempCorpus({ 'timeline.md': TIMELINE, ...RATE_NEWS });

  test('is what "Washington and Seoul published" names', () => {
    assert.deepStrictEqual(corpus.warnings('- Washington and Seoul published their joint fact sheet on Nov. 13.'), ['date-conflict Nov. 13 -> 2025-11-14']);
  });
});
