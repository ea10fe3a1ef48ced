// Round 449: "On Tuesday, May 17, the commerce ministry cleared cargoes registered with customs
// before the ban" was held to "consignments … registered on or before May 13, the day the ban was
// notified, would be allowed": a day things happened before (or after) dates no event of the brief's.
import * as assert from 'assert';
import { tempCorpus } from '../helpers/tempCorpus';

suite('check: a cut-off in a source is not the day of the brief\'s event', () => {
  const corpus = tempCorpus({
    'wheat.txt': [
      'India eases its wheat ban for cargoes with customs',
      '',
      'NEW DELHI (AP) - India will let wheat shipments that were handed to customs before its export ban leave the country, the government said Tuesday.',
      '',
      'In a statement, the trade ministry said consignments handed to customs for checks and registered in their systems on or before May 13, the day the ban was notified, would be allowed to be exported.',
      '',
      'The ministry also cleared a cargo bound for Egypt that was being loaded at Kandla port.',
    ],
    'ban.txt': ['India bans wheat exports', 'NEW DELHI, May 14, 2022 (Reuters) -', 'India banned wheat exports on Friday, May 13, days after saying it aimed for record shipments this year.'],
  });

  test('"cleared cargoes registered before the ban" on May 17 is not dated by "registered on or before May 13"', () => {
    assert.deepStrictEqual(corpus.warnings('- On Tuesday, May 17, the trade ministry cleared cargoes registered with customs before the ban, plus a cargo at Kandla.'), []);
  });

  test('the ban itself is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('- India banned wheat exports on May 12, 2022.'), ['date-conflict May 12, 2022 -> 2022-05-13']);
  });
});
