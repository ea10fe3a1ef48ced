import * as assert from 'assert';
import { kindPhrases, phrasesIn } from '../../../src/core/events/kinds';

suite('events: kind phrases found in one pass', () => {
  test('finds every phrase wherever a search for it would, overlapping ones included', () => {
    const lower = 'new export controls and export curbs; the rare earths talks. a phone call, then a video call with trade talks and a round of talks.';
    const found = phrasesIn(lower).map((p) => lower.slice(p.start, p.end));
    assert.ok(found.includes('export control') && found.includes('export controls'), 'both the phrase and its plural at one place');
    for (const phrase of ['export curbs', 'rare earth', 'rare earths', 'phone call', 'video call', 'trade talks', 'round of talks']) assert.ok(found.includes(phrase), phrase);
    // Sorted by where they start.
    const starts = phrasesIn(lower).map((p) => p.start);
    assert.deepStrictEqual(starts, [...starts].sort((a, b) => a - b));
  });

  test('finds the same as a search per phrase, on a longer text', () => {
    const lower = 'officials said the export controls on rare earths, placing limits on exports, were struck down after oral arguments; she told cnbc and later touched down in geneva for a round of talks and a virtual meeting by video link.'.repeat(3);
    const bySearch: string[] = [];
    for (const p of kindPhrases()) for (let i = lower.indexOf(p.phrase); i !== -1; i = lower.indexOf(p.phrase, i + 1)) bySearch.push(`${i}:${p.phrase.length}:${p.kind}`);
    const inOnePass = phrasesIn(lower).map((p) => `${p.start}:${p.end - p.start}:${p.kind}`);
    assert.deepStrictEqual([...inOnePass].sort(), [...bySearch].sort());
    assert.ok(inOnePass.length >= 30);
  });

  test('no phrase in a text without one', () => {
    assert.deepStrictEqual(phrasesIn('the minister said nothing new'), []);
    assert.deepStrictEqual(phrasesIn(''), []);
    assert.deepStrictEqual(phrasesIn('e'), []);
  });
});
