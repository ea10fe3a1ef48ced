// What a source says is still ahead, or what a brief only points back at, is not the act the brief
// dates: "said on Wednesday that goods would face", "agreed to begin talks", "after the vote".
import * as assert from 'assert';
import { PORT_NEWS, RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('check: plans and references', () => {
  const corpus = tempCorpus({
    'fish.txt': [
      'Fish deal outlined',
      'OSLO, July 3, 2025 -',
      'The prime minister said on Wednesday, after a call with the Icelandic premier, that cod fillets from Iceland would face a 12% levy and that smoked salmon would face 20%.',
      'Last month, fisheries ministers from the Nordic bloc met in Tromso and agreed to begin quota talks with the Faroe Islands.',
      'Member states were asked to vote on the herring quota on 4 June, and the proposal passed.',
    ],
    'ports.txt': PORT_NEWS,
    ...RATE_NEWS,
  });

  test('a saying’s date is not the date of what it says is ahead', () => {
    assert.deepStrictEqual(corpus.warnings('Cod fillets from Iceland faced a 12% levy from August 7, 2025.'), []);
  });

  test('"agreed to begin talks" dates the agreement, not the talks', () => {
    assert.deepStrictEqual(corpus.warnings('Nordic ministers began quota talks with the Faroe Islands in September 2025.'), []);
  });

  test('a brief that only points back at the source’s act ("after the vote") is not about it', () => {
    assert.deepStrictEqual(corpus.warnings('The council adopted the herring quota on 20 June 2025, after the member-state vote.'), []);
  });
});
