// An event is named after the place or thing its date belongs to: when one clause names two
// events, the words just before the date decide.
import * as assert from 'assert';
import { PORT_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('events: the anchor of a date', () => {
  const corpus = tempCorpus({
    'permits.txt': [
      'Permits approved',
      'BEIJING, June 13, 2025 -',
      'The ministry said it had approved export permits after talks in London that followed the Geneva meeting on May 12.',
      'Officials met in Geneva on May 12 and in London on June 9.',
    ],
    'ports.txt': PORT_NEWS,
  });

  const eventOf = (day: string): string[] => {
    const d = corpus.engine().snapshot();
    const names = new Map(d.events.map((e) => [e.id, e.name]));
    return d.facts.filter((f) => f.date.value === day && f.eventId).map((f) => names.get(f.eventId!) ?? '?');
  };

  test('"talks in London that followed the Geneva meeting on May 12" dates the Geneva meeting', () => {
    assert.deepStrictEqual(eventOf('2025-05-12'), ['Geneva meeting', 'Geneva meeting']);
    // As `trade-brief index` lists them: the London event carries June 9 only.
    const london = corpus.engine().snapshot().events.filter((e) => /London/.test(e.name));
    assert.deepStrictEqual(london.map((e) => e.dates.map((d) => d.value)), [['2025-06-09']]);
  });

  test('the London talks are dated by their own words, not by the Geneva date', () => {
    assert.deepStrictEqual(eventOf('2025-06-09'), ['London meeting']);
    assert.deepStrictEqual(corpus.warnings('The London talks took place on June 9, 2025.'), []);
  });
});

suite('events: an accusation’s date', () => {
  const corpus = tempCorpus({
    'row.txt': [
      'Beijing hits back',
      'BEIJING, June 3, 2025 -',
      'Washington accused Beijing of breaching the Geneva truce on May 30.',
      'The ministry accused the US of adding new curbs since the talks in Madrid in April.',
    ],
    'ports.txt': PORT_NEWS,
  });
  const kindOn = (value: string) => corpus.engine().snapshot().facts.filter((f) => f.date.value === value).map((f) => f.kind);

  test('"accused … of breaching the truce on May 30" dates the accusation, not the truce', () => {
    assert.deepStrictEqual(kindOn('2025-05-30'), ['accusation']);
  });

  test('a date set off as another event’s ("since the talks in Madrid in April") stays that event’s', () => {
    assert.deepStrictEqual(kindOn('2025-04'), ['talks']);
  });
});
