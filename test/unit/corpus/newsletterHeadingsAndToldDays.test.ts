// Rounds 307-314: a newsletter dated by a heading that is only a date ("## Friday, 26 September
// 2025") or by an e-mail header ("Sent: Sunday, November 9, 2025") is dated by it; and an undated
// page whose only full date is background ("took control on Sept. 30, 2025") but which goes on to
// tell later days of that year ("On Oct. 28, Honda halted production") was written after them.
import * as assert from 'assert';
import { parseArticle } from '../../../src/core/corpus/article';

const dated = (text: string[]) => {
  const doc = parseArticle('/corpus', '/corpus/a.md', Buffer.from(text.join('\n'), 'utf8')).doc!;
  return [doc.date, doc.dateSource];
};

suite('corpus: a newsletter’s date heading and e-mail header', () => {
  test('a heading that is only a date, under the title, is the issue’s day', () => {
    const letter = ['# Lakeside Trade Letter', '', '## Friday, 26 September 2025', '', 'Good morning. Parliament closes its session today, and the drug tariff is due from Oct. 1.'];
    assert.deepStrictEqual(dated(letter), ['2025-09-26', 'dateline']);
  });

  test('a timeline whose headings are dates is not dated by its first entry', () => {
    const timeline = ['# How the dispute unfolded', '', '## 2 April 2025', '', 'Tariffs were announced.', '', '## 9 April 2025', '', 'They were paused.', '', 'Talks resumed in May 2025.'];
    assert.notStrictEqual(dated(timeline)[1], 'dateline');
  });

  test('"Sent: Sunday, November 9, 2025" heads an e-mail newsletter', () => {
    const mail = ['From: Harbour Letters <news@example.org>', 'Sent: Sunday, November 9, 2025', 'Subject: Issue 12', '', 'Hi all. The port fees were paused this week.', '', '- **Fri Nov 14** — shipbuilders’ briefing in Seoul'];
    assert.deepStrictEqual(dated(mail), ['2025-11-09', 'dateline']);
  });
});

suite('corpus: an undated page dated by the later days it tells of', () => {
  const feature = (...more: string[]) => [
    '# Why the chip dispute hit carmakers',
    '',
    'When the Dutch government took control of key decisions at the chipmaker on Sept. 30, 2025, few buyers noticed.',
    'On Oct. 4 the commerce ministry in Beijing barred exports from the company’s Chinese plant.',
    ...more,
  ];

  test('days told in the past after the latest full date move the page to the latest of them', () => {
    assert.deepStrictEqual(dated(feature('Two days after the supplier stopped shipping wafers, on Oct. 28, a carmaker halted production in Mexico.')), ['2025-10-28', 'inferred']);
  });

  test('a day still ahead ("from Nov. 1", "**Fri Nov 14** — hearing") does not', () => {
    assert.deepStrictEqual(dated(feature('Export licences are to be granted from Nov. 1.', '', '- **Fri Nov 14** — court hearing in Amsterdam')), ['2025-10-04', 'inferred']);
  });

  test('nor a day months after the full date, which may be another year’s', () => {
    assert.strictEqual(dated(feature('Buyers first complained about lead times on Feb. 12, when a supplier said it was short.'))[0], '2025-10-04');
  });
});

suite('corpus: a yearless wire whose only full date is an end years ahead', () => {
  test('"through Oct. 31, 2030" bounds the filing: the lead’s Friday does not put "Oct 17" in 2031', () => {
    const wire = [
      'Truck tariff signed',
      '',
      'WASHINGTON, Oct 17 (Wire) - The president on Friday signed a proclamation imposing a 25% tariff on heavy trucks from Nov. 1.',
      'An offset for engine makers runs through Oct. 31, 2030.',
    ];
    const [date] = dated(wire);
    assert.ok(date === null || date <= '2030-10-31', String(date));
  });
});
