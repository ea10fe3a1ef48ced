// Rounds 692 and 696. Three ways a source sentence names who acted on its date that the checker
// did not read, so a brief naming that actor was taken to tell of someone else's act:
// - a saying set after what is said ("Lagos will reopen four crossings, Finance Minister Amina
//   Sule said on Wednesday"): the sayer spoke that day;
// - a clause joined on with its own subject ("…, and Argentina lost its appeal in January 2015");
// - a name set beside an owner's noun ("Milei's party, La Libertad Avanza, won …").
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: who acts in a source clause', () => {
  const corpus = tempCorpus({
    ...rateNews(24),
    'crossings.txt': [
      'Borders to reopen',
      '',
      'LAGOS, Dec. 16, 2020 (Wire) - Nigeria will reopen four of its land crossings at once, Finance Minister Amina Sule said on Wednesday, sixteen months after the frontier was shut.',
    ],
    'appeal.txt': [
      'Import permits case',
      '',
      'GENEVA, March 3, 2015 (Wire) - The World Trade Organization found the permit scheme broke its rules after a complaint by the European Union, the United States and Japan, and Argentina lost its appeal in January 2015.',
      '',
      'Argentina said it would change the scheme.',
    ],
    'midterms.txt': [
      'Ruling party wins midterms',
      '',
      'BUENOS AIRES, Oct. 27, 2025 (Wire) - Milei\'s party, La Libertad Avanza, won about 41 percent of the vote in those Oct. 26 elections, a result that lifted Argentine bonds.',
      '',
      'President Javier Milei called the vote a mandate for his reforms.',
    ],
  });

  test('the minister who says so spoke on the day the source gives', () => {
    assert.deepStrictEqual(corpus.warnings('Finance Minister Amina Sule said on Thursday, December 17, 2020 that four land crossings would reopen.'), ['date-conflict Thursday, December 17, 2020 -> 2020-12-16']);
  });

  test('the subject of a joined clause lost the appeal', () => {
    assert.deepStrictEqual(corpus.warnings("Argentina's appeal at the WTO over the permit scheme was lost in January 2016."), ['date-conflict January 2016 -> 2015-01']);
  });

  test('the party named beside its leader won the vote', () => {
    assert.deepStrictEqual(corpus.warnings('La Libertad Avanza won about 41 percent of the vote in the midterm elections of October 19, 2025.'), ['date-conflict October 19, 2025 -> 2025-10-26']);
  });

  test('someone the source does not name is still another actor', () => {
    assert.deepStrictEqual(corpus.warnings('Japan lost its appeal at the WTO over the permit scheme in January 2016.'), []);
  });
});
