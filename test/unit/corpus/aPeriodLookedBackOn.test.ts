// Round 653 (held out, measured first). "BRUSSELS, Dec 20 (Wire) - The European Commission on
// Wednesday launched an anti-dumping investigation … The Commission will look at trade data for the
// period from Oct. 1, 2022 to Sept. 30, 2023" went to 2017: the future verb set the period ahead of
// the wire, so the wire was put before Oct. 1, 2022, in the one nearby year where Dec 20 was a
// Wednesday. A period of data is looked back on, whatever the verb: the wire is of 2023.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (text: string) => parseArticle('/corpus', '/corpus/a.txt', Buffer.from(text, 'utf8')).doc!.date;

suite('corpus: a period of data is looked back on', () => {
  test('the wire comes after the period it will look at', () => {
    const text = [
      'EU opens anti-dumping investigation into Chinese biodiesel',
      '',
      'BRUSSELS, Dec 20 (Wire) - The European Commission on Wednesday launched an anti-dumping investigation into imports of biodiesel from China.',
      '',
      'The Commission will look at trade data for the period from Oct. 1, 2022 to Sept. 30, 2023.',
      '',
      'Chinese shipments to the EU rose sharply in 2023. The EU imposed duties on biodiesel from Argentina and Indonesia in November 2013, which the WTO ruled against in part in 2016.',
    ].join('\n');
    assert.strictEqual(dated(text), '2023-12-20');
  });
});
