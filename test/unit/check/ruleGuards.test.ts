// The rules that keep a source's date from answering the wrong claim must not hide a wrong date
// they were not made for: a reference with no comma before the main event, another event at
// another rate, a background date of another year, a weekday that is the same day either way.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

const BRUSSELS = ['Brussels readies response to metal duties', 'March 13, 2025', '', "The European Commission said on March 12, 2025 that it would answer Washington's metal duties with countermeasures covering up to 26 billion euros of American goods. Officials in Brussels said they remained open to negotiation."];
const DELHI = ['New Delhi and Washington wrap up first round of trade talks', 'March 29, 2025', '', 'Negotiators from India and the United States ended four days of talks on a bilateral trade agreement on March 29, 2025, officials in New Delhi said. Both sides agreed to meet again within weeks to work through market access for farm goods and industrial products.'];

suite('check: what the new rules must still catch', () => {
  const corpus = tempCorpus({
    'beijing.txt': ['China strikes back at Washington', 'April 5, 2025', '', 'On April 4, 2025 two days after Washington unveiled its reciprocal tariffs Beijing announced a 34% levy on all US goods. The commerce ministry also placed export controls on seven rare earth elements.'],
    'a84.txt': ['Beijing answers with 84% levy', 'April 9, 2025', '', 'China raised its retaliatory tariff on US goods to 84% on April 9, 2025, matching the latest escalation from Washington. The finance ministry said the new rate would apply from the next day.'],
    'b125.txt': ['Beijing escalates once more', 'April 11, 2025', '', 'Beijing lifted its retaliatory tariff to 125% on April 11, 2025, answering the latest escalation from Washington and calling the tit-for-tat a joke.'],
    'steel.txt': ['Metals, again', 'March 13, 2025', '', 'The EU extended its own steel safeguard on March 3, 2024, to shield mills from diverted supply. On March 12 the 25% US tariff on steel and aluminium took effect, and Brussels announced countermeasures within hours.'],
    'pause.txt': ['Trump pauses tariff hikes for most countries', 'Published April 9, 2025 | Updated April 10, 2025', '', 'On Wednesday, Trump paused the higher reciprocal tariffs for 90 days for most trading partners, while raising the levy on Chinese goods to 125%.'],
    'eu-steel.txt': BRUSSELS,
    'india-talks.txt': DELHI,
  });

  test('a reference with no comma ends before the main event', () => {
    assert.deepStrictEqual(corpus.warnings('Beijing announced a 34% levy on all US goods on April 6, 2025.'), ['date-conflict April 6, 2025 -> 2025-04-04']);
  });

  test('another source at another rate is another event, not a disagreement', () => {
    assert.deepStrictEqual(corpus.warnings('China raised its retaliatory tariff on US goods to 84% on April 11, 2025.'), ['date-conflict April 11, 2025 -> 2025-04-09']);
  });

  test('a background date of another year does not date the story told after it', () => {
    assert.deepStrictEqual(corpus.warnings('The 25% US tariff on steel and aluminium took effect on March 12, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The 25% US tariff on steel and aluminium took effect on March 14, 2025.'), ['date-conflict March 14, 2025 -> 2025-03-12']);
  });

  test('a weekday that is the same day counted from publication or update stays firm', () => {
    assert.deepStrictEqual(corpus.warnings('Trump paused the higher reciprocal tariffs for 90 days on April 10, 2025.'), ['date-conflict April 10, 2025 -> 2025-04-09']);
  });
});

suite('check: an undoing, and a date used as a modifier', () => {
  const corpus = tempCorpus({
    'analysis.md': [
      '# Port fees: what they cost',
      '*Analysis | Harbourline Research | Monday, October 20, 2025*',
      '**Summary.** The reciprocal port fees that took effect on 14 October 2025 are small relative to global freight spend but large relative to the profits of the fleets they target.',
    ],
    'explainer.md': [
      '# How the truce was built',
      '## Key dates',
      '- **May 12** — The Geneva joint statement cuts tariffs on both sides for 90 days.',
      '- **November 10** — Agreed measures take effect: the US fentanyl-related tariff is halved to 10%, China pauses the October rare earth controls for a year.',
      '- **December 1** — the date the October extraterritorial rule would have taken effect',
    ],
    'steel.md': ['# Steel levies', '*Trade Desk Weekly | 10 April 2025*', 'The April 2 steel levies took effect on April 5, and the higher reciprocal rates followed on April 9.'],
    'eu-steel.txt': BRUSSELS,
    'india-talks.txt': DELHI,
  });

  test('a brief about a measure’s suspension is not answered by the measure’s own start', () => {
    assert.deepStrictEqual(corpus.warnings('Suspension of the U.S. fees, effective 10 November 2025, is due to expire on 9 November 2026.'), []);
    assert.deepStrictEqual(corpus.warnings('The reciprocal port fees took effect on 15 October 2025.'), ['date-conflict 15 October 2025 -> 2025-10-14']);
  });

  test('a month used as a modifier ("the October controls") names only its noun phrase', () => {
    assert.deepStrictEqual(corpus.warnings('From November 10, 2025, the fentanyl-related tariff is halved to 10%.'), []);
  });

  test('beside another date, a modifier date is not the date of what its noun did ("the April 2 levies took effect on April 5")', () => {
    assert.deepStrictEqual(corpus.warnings('The steel levies took effect on April 5, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The extraterritorial rule would have started on Monday, December 1, 2025.'), []);
    assert.deepStrictEqual(corpus.warnings('The steel levies took effect on April 7, 2025.'), ['date-conflict April 7, 2025 -> 2025-04-05']);
  });
});
