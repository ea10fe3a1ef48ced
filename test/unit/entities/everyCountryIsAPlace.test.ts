// Round 453: "Comoros's membership took effect on 22 July 2024" was answered by a sentence about
// Timor-Leste: neither country, nor Dili, was a place the tool knew. The list of places had grown
// from the corpora read so far; every sovereign state (and its capital) is now a place.
import * as assert from 'assert';
import { extractEntities } from '../../../src/core/entities/extract';

const places = (text: string) => extractEntities(text).filter((m) => m.kind === 'place').map((m) => m.canonical);

suite('entities: every country is a place', () => {
  test('small and far members of the WTO are places, with their capitals', () => {
    assert.deepStrictEqual(places('Timor-Leste, Comoros, Costa Rica and Ghana sent envoys from Dili, Moroni, San José and Accra.'), ['Timor-Leste', 'Comoros', 'Costa Rica', 'Ghana', 'Dili', 'Accra']);
  });

  test('first names that are countries elsewhere are left alone', () => {
    assert.deepStrictEqual(places('Chad Bown and Jordan Bardella spoke.'), []);
  });
});
