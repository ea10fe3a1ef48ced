// Rounds 171-172: a capitalised run mid-sentence is most often a person, but not when its last word
// is a body ("Finance Division"), a room or grounds ("Cabinet Room"), a bare title ("Finance
// Minister"), a region's adjective ("Middle Eastern") or a crude's name ("West Texas Intermediate"),
// nor when it opens with "Whether".
import * as assert from 'assert';
import { extractEntities } from '../../../src/core/entities/extract';

const kinds = (text: string) => extractEntities(text).map((m) => `${m.text}=${m.kind}`);

suite('entities: capitalised runs that are no people', () => {
  test('a body, a room and the grounds', () => {
    assert.deepStrictEqual(kinds('The plan went from the Finance Division to the General Assembly, then to the Cabinet Room and the Rose Garden.'), [
      'Finance Division=organization',
      'General Assembly=organization',
      'Cabinet Room=place',
      'Rose Garden=place',
    ]);
  });

  test('a bare title and a region’s adjective are no names at all', () => {
    assert.deepStrictEqual(kinds('The refiner told the Finance Minister that Middle Eastern grades cost more.'), []);
  });

  test('a crude’s name is a thing, and "Whether" opens no name', () => {
    assert.deepStrictEqual(kinds('The cargo of West Texas Intermediate arrived. Whether Cnergyico buys more is open.'), ['West Texas Intermediate=thing']);
  });

  // Round 402: "the meeting of G7 Finance Ministers and Central Bank Governors" made a person
  // "Finance Ministers", whom "G7 finance ministers agreed on Oct. 2" in a brief then named, so a
  // source telling the ministers' call with its chair's name was held to be about other people.
  test('a group of office-holders is no person', () => {
    assert.deepStrictEqual(kinds('It followed a video call of G7 Finance Ministers on Wednesday and a letter from Trade Commissioners last week.'), []);
  });

  test('a two-word name is still a person', () => {
    assert.deepStrictEqual(kinds('Talks were led by trade envoy Jamieson Greer on Monday.'), ['Jamieson Greer=person']);
  });
});
