// A weekday inside a dated table row is that row's; a notice that suspends, a rise against a fall,
// another government's measure, another party's call and a country's goods at large against one
// kind of goods are other events than the source's.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('dates: a weekday or weekend inside a dated row', () => {
  const read = (text: string) => extractDates(text, { referenceDate: '2025-11-20' }).map((m) => `${m.text}=${m.value}`);

  test('"Friday evening" in the row of Oct. 17-18 is October 17, not the Friday before the page\'s date', () => {
    assert.deepStrictEqual(read('| Oct. 17-18 | A video call (Friday evening in Valdor, Saturday morning in Carsk). |'), ['Oct. 17-18=2025-10-17', 'Friday evening=2025-10-17TEV', 'Saturday morning=2025-10-18TMO']);
  });

  test('"over the weekend" in the row of 2025-08-22 is that week\'s weekend', () => {
    assert.deepStrictEqual(read('| 2025-08-22 | Several posts halt shipments over the weekend. |'), ['2025-08-22=2025-08-22', 'the weekend=2025-W34-WE']);
  });

  test('a weekday in running prose still counts from the page\'s date', () => {
    assert.deepStrictEqual(read('Talks were held on June 9. On Friday they ended.'), ['June 9=2025-06-09', 'Friday=2025-11-14']);
  });
});

suite('check: notices that undo, moves, governments, parties, goods', () => {
  const corpus = tempCorpus({
    'timeline.md': [
      '# Key dates in the magnet dispute',
      '',
      '*Desk explainer. Last updated 2025-11-20.*',
      '',
      '| Date | Event |',
      '|---|---|',
      '| Thu., Oct. 9 | The Ruritanian commerce ministry issues two announcements on magnet export controls. |',
      '| Mon., Oct. 13 | Valcorp shares fall by the 10% daily limit in Carsk. |',
    ],
    'opinion.txt': [
      'The long tariff year',
      'VALDOR, Nov. 20, 2025 -',
      'President Donald Trump has made threats a habit, and Prime Minister Mark Carney has learned to wait them out.',
      "The Biden administration's 100 per cent duty on Chinese electric vehicles took effect on September 27, 2024.",
      'That was his second 100% threat of the year: in early August he had floated a tariff of the same size on imported semiconductors.',
      'After a telephone call with President Claudia Sheinbaum on Thursday, Trump said the 25 per cent rate on Mexican goods would stay where it is.',
    ],
    ...RATE_NEWS,
  });

  test('a notice suspending the controls is not the day they were issued', () => {
    assert.deepStrictEqual(corpus.warnings("The commerce ministry's notice formally suspending the magnet controls came out on Nov. 7, 2025."), []);
  });

  test('the day they were issued is still answered', () => {
    assert.deepStrictEqual(corpus.warnings('The Ruritanian commerce ministry issued its two magnet announcements on Oct. 10, 2025.'), ['date-conflict Oct. 10, 2025 -> 2025-10-09']);
  });

  test('shares that recovered are not dated by the day they fell', () => {
    assert.deepStrictEqual(corpus.warnings("Valcorp shares recovered about 2% on Tuesday, October 14, 2025, after the previous day's slump."), []);
  });

  test('the fall itself is still answered', () => {
    assert.deepStrictEqual(corpus.warnings('Valcorp shares fell by the daily limit on October 14, 2025.'), ['date-conflict October 14, 2025 -> 2025-10-13']);
  });

  test("Canada's surtax is not the Biden administration's duty", () => {
    assert.deepStrictEqual(corpus.warnings("Canada's 100% surtax on Chinese electric vehicles took effect on October 1, 2024."), []);
  });

  test('a tariff on a country\'s imports at large is not one on semiconductors', () => {
    assert.deepStrictEqual(corpus.warnings("Trump's threat of a further 100% tariff on Chinese imports came on October 10, 2025."), []);
  });

  test('a call between Trump and Carney is not his call with Sheinbaum', () => {
    assert.deepStrictEqual(corpus.warnings('Trump and Carney talked by telephone on Thursday, November 6, 2025.'), []);
  });
});

suite('check: a readout\'s own date, and a day counted to a reference', () => {
  const corpus = tempCorpus({
    'timeline.md': [
      '# Truce dates',
      '',
      '| Date | Step |',
      '|---|---|',
      '| 2025-09-25 | Tariff of 100% on branded drugs announced |',
      '| 2025-09-30 | Valpharm deal announced in the Oval Office, with a three-year tariff grace period |',
      '| 10 Nov 2025 | Fentanyl tariff cut to 10% and one-year suspensions take effect |',
    ],
    ...RATE_NEWS,
  });

  test('"the readout, dated 2025-10-30, lists the cut" dates the readout, not the cut', () => {
    assert.deepStrictEqual(corpus.warnings("The ministry's readout, dated 2025-10-30, lists the cut to the fentanyl tariff and the one-year suspensions."), []);
  });

  test('"came five days after the announcement of September 25" gives the announcement\'s day', () => {
    assert.deepStrictEqual(corpus.warnings("Valpharm's Oval Office deal came five days after the tariff announcement of September 25, 2025."), []);
  });

  test('a wrong count is still answered', () => {
    assert.deepStrictEqual(corpus.warnings("Valpharm's Oval Office deal was announced on September 26, 2025."), ['date-conflict September 26, 2025 -> 2025-09-30']);
  });
});

suite('check: summits by name, the present at large, a pause put off to a day', () => {
  const corpus = tempCorpus({
    'reply.txt': [
      'Leaders trade messages',
      'NEW DELHI, Sept. 6, 2025 -',
      'Earlier on Friday, Trump had posted a photograph of Modi with Xi Jinping and Vladimir Putin from the Shanghai Cooperation Organisation summit in Tianjin, writing that India had been lost.',
    ],
    'analysis.txt': [
      'The phone relationship',
      'BRUSSELS, Oct. 9, 2025 -',
      'Nothing comparable exists today; the relationship is run by phone between Maros Sefcovic and Jamieson Greer.',
      'Sefcovic and Greer last met in Brussels at the end of July, officials said.',
    ],
    'timeline.md': ['# App ban dates', '', '| Step |', '|---|', '| On his inauguration day, Trump orders a 75-day pause in enforcement of the app ban, to 5 April. |'],
    ...RATE_NEWS,
  });

  test('a meeting at the ASEAN summit is not dated by a post from the Shanghai Cooperation Organisation summit', () => {
    assert.deepStrictEqual(corpus.warnings('Trump and Modi could meet in person at the ASEAN summit in late October 2025.'), []);
  });

  test('"nothing comparable exists today" dates no call', () => {
    assert.deepStrictEqual(corpus.warnings('Greer and Sefcovic spoke again by phone on December 2, 2025.'), []);
  });

  test('the day a pause ran to does not date the day it was extended', () => {
    assert.deepStrictEqual(corpus.warnings('| April 4, 2025 | Trump extends the enforcement pause of the app ban by 75 days |'), []);
  });
});

suite('check: a bill first sent, and a row labelled by its change', () => {
  const corpus = tempCorpus({
    'congress.txt': [
      'Congress approves tariff bill',
      'CARSK, Dec. 11, 2025 -',
      "The bill was first sent to Congress in September as part of the government's budget package, and lawmakers in the Chamber of Deputies spent weeks reviewing it with industry groups.",
    ],
    'timeline.md': ['# Tariff dates', '', '| Date | Event |', '|---|---|', '| 2025-03-06 | Trump signs orders exempting treaty-compliant Ruritanian goods, after a call with the president. |', '| 2025-03-07 | The exemption for treaty-compliant goods starts. |'],
    ...RATE_NEWS,
  });

  test('a bill first sent to Congress does not date what industry did about it later', () => {
    assert.deepStrictEqual(corpus.warnings('Industry chambers spent mid-November 2025 pressing deputies to trim the product list.'), []);
  });

  test('the sending itself is still answered', () => {
    assert.deepStrictEqual(corpus.warnings('The bill was sent to Congress in November 2025.'), ['date-conflict November 2025 -> 2025-09']);
  });

  test('"| March 7 | goods exempted from the duty |" is a start, not the day the orders were signed', () => {
    const brief = ['| Date | Development |', '|---|---|', '| March 7, 2025 | Treaty-compliant Ruritanian goods exempted from the 25% duty |'].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief), []);
  });
});
