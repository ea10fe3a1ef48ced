// Rounds 1211-1216 (held out, measured first; two false warnings, nine missed).
// - "exhausted on 2 October" was warned against another source's "exhausted on 1 October", though a
//   third said the quota "ran out on Wednesday" (2 October): an allocation exhausted or used up is
//   one run out, an end, and the sources disagree.
// - "AGOA expired on Tuesday, 30 September 2025, hours before the US federal shutdown began" was
//   warned against the shutdown's own day: the event named as the date's reference point weighs as
//   the rest of the sentence does, not as the date's clause.
// - "Deutsche Post said on Friday it would stop accepting parcels … from Saturday" was let speak for a
//   brief's stop on Friday: a saying's day speaks only for a brief of a saying.
// - "the United States Congress on 24 September" was read as a saying ("States").
// - A yearless match that cannot be compared with the brief's year, or a bare year, gives way to a
//   dated match that can ("launched in May 2023" for "launched negotiations … in May 2022").
import * as assert from 'assert';
import { roundCorpus } from '../helpers/roundCorpus';

suite('check: a quota run out and a reference point', () => {
  const steel = roundCorpus('../probe-rounds/r1212');
  const agoa = roundCorpus('../probe-rounds/r1215');
  const posts = roundCorpus('../probe-rounds/r1214');
  const ambassadors = roundCorpus('../probe-rounds/r908');
  const minerals = roundCorpus('../probe-rounds/r1211');
  const peru = roundCorpus('../probe-rounds/r1213');

  test('a quota "exhausted" is one that "ran out": sources that disagree on its day are not taken sides with', () => {
    assert.deepStrictEqual(steel.warnings("- Turkey's hot-rolled allocation for that quarter was exhausted on 2 October."), []);
  });

  test('the event a date is set before does not date it', () => {
    assert.deepStrictEqual(agoa.warnings('- AGOA expired on Tuesday, 30 September 2025, hours before the US federal shutdown began.'), []);
  });

  test('a saying of Friday does not speak for a stop on Friday', () => {
    assert.deepStrictEqual(posts.warnings('- Deutsche Post stopped accepting US-bound business parcels on 22 August.'), ['date-conflict 22 August']);
    assert.deepStrictEqual(posts.warnings('- Deutsche Post stopped accepting US-bound business parcels on 23 August.'), []);
  });

  test('"the United States Congress on" is no saying', () => {
    assert.deepStrictEqual(ambassadors.warnings('- African ambassadors in Washington delivered a joint letter to congressional leaders on 24 September 2025.'), []);
  });

  test('a yearless match from a page dated by guess gives way to a dated one', () => {
    assert.deepStrictEqual(minerals.warnings('- The Commerce Department opened its Section 232 investigation into processed critical minerals on 22 March 2025.'), ['date-conflict 22 March 2025']);
    assert.deepStrictEqual(minerals.warnings('- The Commerce Department opened its Section 232 investigation into processed critical minerals on 22 April 2025.'), []);
  });

  test('a bare year gives way to a dated match', () => {
    assert.deepStrictEqual(peru.warnings('- Hong Kong and Peru launched negotiations on a bilateral FTA in May 2022.'), ['date-conflict May 2022']);
    assert.deepStrictEqual(peru.warnings('- Hong Kong and Peru launched negotiations on a bilateral FTA in May 2023.'), []);
  });
});
