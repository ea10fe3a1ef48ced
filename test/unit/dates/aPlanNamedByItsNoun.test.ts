// Round 1035 (held out, measured first; a false warning). A wire of 20 November 2025 wrote "Trump,
// who plans a visit to Beijing in April, has cited the soybean purchases …", and "April" was read
// as the April before, by the main clause's perfect: "plans a visit" looks ahead as "plans to visit"
// does.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string) => extractDates(text, { referenceDate: '2025-11-20' }).map((m) => `${m.text}=${m.value}`);

suite('dates: a plan named by its noun', () => {
  test('"who plans a visit to Beijing in April" is the April ahead', () => {
    assert.deepStrictEqual(values('Trump, who plans a visit to Beijing in April, has cited the soybean purchases as evidence.'), ['April=2026-04']);
  });

  test('a visit made in April is the one before', () => {
    assert.deepStrictEqual(values('Trump, who made a visit to Beijing in April, has cited the soybean purchases as evidence.'), ['April=2025-04']);
  });
});
