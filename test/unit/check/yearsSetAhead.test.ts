// Rounds 107-110: a date set ahead ("enters into force on 1 January 2026") neither carries a brief's
// later yearless dates into its year nor dates a wire story as if it were past; a yearless brief
// date a year off from its source's by the tool's guess is still compared day to day.
import * as assert from 'assert';
import { citedDates } from '../../../src/core/check/briefDates';
import { parseArticle } from '../../../src/core/corpus/article';
import { extractDates } from '../../../src/core/dates/extract';
import { RATE_NEWS, tempCorpus } from '../helpers/tempCorpus';

suite('brief years: dates set ahead lend no year', () => {
  const years = (prose: string) => citedDates(prose, 2025).map((c) => `${c.mention.text}=${c.year}`);

  test('"enters into force on 1 January 2026" leaves the list below it in 2025', () => {
    const prose = ['The reform was unveiled on Wednesday, September 10, 2025, and it enters into force on 1 January 2026; a first review is floated for 25 March 2026.', '', '- Retailers warned on 17 October that prices would rise.', '- Deputies voted on 10 December.'].join('\n');
    assert.deepStrictEqual(years(prose), ['Wednesday, September 10, 2025=2025', '1 January 2026=2026', '25 March 2026=2026', '17 October=2025', '10 December=2025']);
  });

  test('a date of 2026 that tells what happened, not what is planned, still lends its year', () => {
    const prose = ['Talks paused on 5 January 2026 and resumed on 12 January 2026.', '', '- Officials met again on 3 February.'].join('\n');
    assert.deepStrictEqual(years(prose), ['5 January 2026=2026', '12 January 2026=2026', '3 February=2026']);
  });
});

suite('corpus: a wire story whose full dates all look ahead', () => {
  test('"MEXICO CITY, Dec 12" above "the rates take effect on Jan. 1, 2026" is 12 December 2025', () => {
    const text = ['Beijing urges a rethink', '', 'MEXICO CITY, Dec 12 (Wire) - China on Friday urged Mexico to reconsider its tariff law, a day after the Senate gave it final approval.', '', 'The new rates take effect on Jan. 1, 2026, once the law is published in the official gazette.', '', 'The ministry said at the time that the probe would normally be completed by March 25, 2026, with a possible extension.'].join('\n');
    assert.strictEqual(parseArticle('/corpus', '/corpus/w.txt', Buffer.from(text, 'utf8')).doc!.date, '2025-12-12');
  });
});

suite('check: a yearless brief date whose year was guessed a year off', () => {
  const corpus = tempCorpus({
    'timeline.md': ['# Tariff law: a timeline', '', 'Updated 30 December 2025', '', '| Date | Event |', '|---|---|', '| Fri 17 Oct 2025 | Ruiz and Valdor Commerce Minister Teo hold a video call |'],
    ...RATE_NEWS,
  });

  test('"| Oct. 16 |" under a deadline of 2026 is compared with the call of 17 October 2025', () => {
    const brief = ['The review is to end by March 25, 2026, officials said, and the law applies from January 1, 2026.', '', '| Date | Development |', '|---|---|', '| Oct. 16 | Ruiz and Teo hold a video call |'].join('\n');
    assert.deepStrictEqual(corpus.warnings(brief), ['date-conflict Oct. 16 -> 2025-10-17']);
  });
});

suite('dates: a pause "to" a date looks ahead; "the end of the month" is the month just named', () => {
  test('"BEIJING, Nov 7" above "an extension of the tariff pause to Nov. 10, 2026" is 7 November 2025', () => {
    const text = ['Beijing suspends its controls', '', 'BEIJING, Nov 7 (Wire) - The commerce ministry said on Friday it would suspend until Nov. 10, 2026 the controls it announced on Oct. 9.', '', 'The fact sheet had promised an extension of the reciprocal tariff pause to Nov. 10, 2026.'].join('\n');
    assert.strictEqual(parseArticle('/corpus', '/corpus/w.txt', Buffer.from(text, 'utf8')).doc!.date, '2025-11-07');
  });

  test('"asked in mid-October …, and the body noted it at the end of the month" is the end of October', () => {
    const found = extractDates('The two sides asked the panel in mid-October to stop work, and the body noted the request at the end of the month.', { referenceDate: '2025-12-19' }).map((m) => `${m.text}=${m.value}`);
    assert.deepStrictEqual(found, ['mid-October=2025-10', 'the end of the month=2025-10']);
  });
});
