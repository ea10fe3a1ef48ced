// A company named in one word is an organisation the corpus knows; of two matches that score alike,
// the one whose clause opens with the claim's subject is the one to answer it.
import * as assert from 'assert';
import { extractEntities } from '../../../src/core/entities/extract';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('entities: companies named in one word', () => {
  const found = (text: string) => extractEntities(text).map((m) => `${m.text}:${m.kind}`);

  test('a word written mid-sentence twice, once as "chipmaker Valchip", is an organisation', () => {
    assert.deepStrictEqual(found('The government took control of chipmaker Valchip on Sunday. Officials said Valchip had moved staff abroad.'), ['Valchip:organization', 'Valchip:organization']);
  });

  test('"Pfizer agreed …, and Pfizer shares rose": once mid-sentence, with its shares, is enough', () => {
    assert.deepStrictEqual(found('Pfizer agreed to cut prices, and Pfizer shares rose.'), ['Pfizer:organization', 'Pfizer:organization']);
  });

  test('a person\'s surname stays a person, whatever follows it', () => {
    assert.deepStrictEqual(found("President Donald Trump spoke. Later, Trump's deal was signed, and aides said Trump would travel."), ['Donald Trump:person', 'Trump:person', 'Trump:person']);
  });

  test('a name with no word that says it is a company is left alone', () => {
    assert.deepStrictEqual(found('Officials said Bessent met them twice, and later Bessent spoke again.'), []);
  });

  test('an outlet named like a pair of names ("Lakeshore Daily", "Policy Review") is an organisation, not a person', () => {
    assert.deepStrictEqual(found('The story ran in Lakeshore Daily and was quoted by Policy Review and by Meridian Newswire.'), ['Lakeshore Daily:organization', 'Policy Review:organization', 'Meridian Newswire:organization']);
  });

  test('a word the text also writes in lower case is a common noun', () => {
    assert.deepStrictEqual(found('The maker Section was cited, and the firm Section said section rules apply, as Section argued.'), []);
  });
});

suite('check: a tie broken by the claim\'s subject', () => {
  const corpus = tempCorpus({
    'timeline.md': [
      '# Valchip dispute: key dates',
      '',
      '| Date | Event |',
      '|---|---|',
      "| Sat., Nov. 1 | China's commerce ministry says it will grant exemptions, case by case, for civilian-use exports from Valchip China; a White House fact sheet says China will allow trade from Valchip's plants. |",
    ],
    'opinion.txt': [
      'Chips and leverage',
      "The leaders met in Busan on 30 October. But the White House fact sheet published two days later said China would let trade from Valchip's Chinese plants resume, and Beijing's commerce ministry announced the same weekend that it would grant exemptions case by case.",
      'The chipmaker Valchip has been caught between two governments since September, and Valchip shares have fallen.',
      '© 2025 Policy Review',
    ],
    ...RATE_NEWS,
  });

  test('"Beijing says it will approve exports" is answered by the ministry\'s row, not the fact sheet\'s sentence', () => {
    assert.deepStrictEqual(corpus.warnings('- **November 2, 2025**: Beijing says it will approve civilian-use exports from Valchip China case by case.'), ['date-conflict November 2, 2025 -> 2025-11-01']);
  });
});

suite('check: a coarse date that holds the best match\'s day', () => {
  const corpus = tempCorpus({
    'timeline.md': ['# Deal dates', '', '| Date | Step |', '|---|---|', '| 2025-07-27 | Leaders agree the Ruritania-Valdor framework at Turnberry, with a 15% ceiling |'],
    'page.txt': ['Caps and carve-outs', 'VALDOR, Aug. 20, 2025 -', 'The Ruritania-Valdor framework agreed at Turnberry in late July set a ceiling of 15% on most tariffs.'],
    ...RATE_NEWS,
  });

  test('"late July" does not speak for 29 July against a source that gives 27 July', () => {
    assert.deepStrictEqual(corpus.warnings('Leaders agreed the Ruritania-Valdor framework at Turnberry, with a 15% ceiling, on 29 July 2025.'), ['date-conflict 29 July 2025 -> 2025-07-27']);
  });

  test('a claim of late July itself is supported', () => {
    assert.deepStrictEqual(corpus.warnings('Leaders agreed the Ruritania-Valdor framework at Turnberry, with a 15% ceiling, in late July 2025.'), []);
  });
});

suite('check: a date written onto another noun, and "local time"', () => {
  const corpus = tempCorpus({
    'swap.txt': [
      'Swap talks stall',
      'SEOUL, Oct. 2, 2025 -',
      'The Aug. 25 summit at the White House failed to settle the question, and the Sept. 4 detention of Ruritanian workers in Georgia soured the public mood further.',
    ],
    'statement.txt': ['Statement on the fact sheet', 'SEOUL, Nov. 14, 2025 -', 'Valdor confirms a reciprocal tariff rate of 15 percent on Ruritanian goods, as agreed in Washington on July 30 (U.S. local time).'],
    ...RATE_NEWS,
  });

  test('"the Sept. 4 detention of workers in Georgia" does not date the workers\' return', () => {
    assert.deepStrictEqual(corpus.warnings('The released Georgia workers were back on Ruritanian soil on Friday, Sept. 12, 2025.'), []);
  });

  test('the detention itself is still answered', () => {
    assert.deepStrictEqual(corpus.warnings('The detention of Ruritanian workers in Georgia came on September 5, 2025.'), ['date-conflict September 5, 2025 -> 2025-09-04']);
  });

  test('"local time" is no word of what happened', () => {
    assert.deepStrictEqual(corpus.warnings('| Sept. 12, 2025 | Touchdown at Incheon, 3:20 p.m. local time |'), []);
  });
});

suite('check: a count of events since a day', () => {
  const corpus = tempCorpus({
    'wire.txt': ['Ottawa files again', 'GENEVA, April 8, 2025 -', "Ottawa has asked for WTO consultations over the car tariffs. It is Ruritania's third WTO case against its neighbour since early March."],
    ...RATE_NEWS,
  });

  test('"its third case since early March" dates none of the cases', () => {
    assert.deepStrictEqual(corpus.warnings('Ruritania lodged its car-tariff WTO case on April 3, 2025.'), []);
  });
});

suite('check: a signing against the start it set', () => {
  const corpus = tempCorpus({
    'opinion.txt': [
      'Fifty percent',
      'SAO PAULO, Nov. 20, 2025 -',
      'The Ruritanian surcharge began on August 6. On the very day the surcharge started to bite, Trump signed a second order adding 25% to Valdorian goods as a penalty, with that extra layer kicking in three weeks later.',
    ],
    ...RATE_NEWS,
  });

  test('"signed the extra 25% penalty on Valdorian goods on August 6" is not dated by the layer "kicking in three weeks later"', () => {
    assert.deepStrictEqual(corpus.warnings('Trump signed the extra 25% penalty on Valdorian goods on August 6, 2025, the day the Ruritanian surcharge began to bite.'), []);
  });
});

suite('check: reports named by their month, and another country\'s figures', () => {
  const corpus = tempCorpus({
    'notice.txt': [
      'Revised release schedule',
      'WASHINGTON, Nov. 14, 2025 -',
      'U.S. International Trade in Goods and Services, August 2025 - joint release with the statistics bureau, originally scheduled for October 7, 2025.',
    ],
    'wire.txt': [
      'US trade gap narrows',
      'WASHINGTON, Nov. 19, 2025 -',
      'With official numbers missing for weeks, economists leaned on Chinese customs figures released on Oct. 13 to gauge US import demand.',
    ],
    ...RATE_NEWS,
  });

  test('"the September trade report" names a report, which the August one does not contradict', () => {
    assert.deepStrictEqual(corpus.warnings("The September trade report's original release date, November 4, 2025, passed with no data."), []);
  });

  test('Chinese customs figures released on Oct. 13 do not date the US figures', () => {
    assert.deepStrictEqual(corpus.warnings('US imports fell 5.1% in August, according to US figures released on November 19, 2025.'), []);
  });
});
