// Round 614. "GENEVA, July 29 (Wire) - World trade talks collapsed on Tuesday …" over history of
// "July 24, 2006" and a pledge "to end farm export subsidies by the end of 2013" stayed in 2006
// (a Saturday): of the years from that past to the latest the text names, 2008 and 2014 both put
// July 29 on a Tuesday, and two candidates settle nothing. A year the text sets as a limit ahead
// ("by the end of 2013") is one the wire was filed before, so it does not stretch the candidates:
// 2008 is the one. And an undated page's "called for a meeting … by Dec. 15" is a limit set ahead,
// not a day already told: it no longer dates the page.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (text: string) => parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8')).doc!.date;

const collapse = (pledge: string) =>
  [
    'Trade talks collapse in Geneva',
    '',
    'GENEVA, July 29 (Wire) - World trade talks collapsed on Tuesday after nine days of bargaining, as two members failed to settle a dispute over a farm safeguard.',
    '',
    'The director-general suspended the round on July 24, 2006, after an earlier stalemate.',
    '',
    `At their last ministerial, members agreed ${pledge}.`,
  ].join('\n');

suite('corpus: a wire comes before the limits it sets', () => {
  test('"by the end of 2013" leaves 2008 as the one year after the past where July 29 is a Tuesday', () => {
    assert.strictEqual(dated(collapse('to end farm export subsidies by the end of 2013')), '2008-07-29');
  });

  test('a page whose one told day is a limit ("by Dec. 15") is not dated by it', () => {
    const text = [
      'Ministers leave Cancun empty-handed',
      '',
      'The meeting broke up on Sunday without a declaration.',
      '',
      'The round was meant to be completed by January 1, 2005. Ministers called for a meeting of senior officials in Geneva by Dec. 15.',
    ].join('\n');
    assert.notStrictEqual(dated(text)?.slice(5), '12-15');
  });
});
