// Round 447: "| Third quarterly report | 31 July 2024 |" was held to "the option to report using a
// third country's methodology … expired on June 30": the source's "third" counts countries, not
// reports, so the words the two share are no evidence of the same occasion.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a count in the source that belongs to another noun', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'window.txt': [
      'Carbon levy filers get until Wednesday to fix early reports',
      '',
      'BRUSSELS, July 29 (Wire) - Companies importing into the EU can correct the first two reports they lodged under the carbon border levy until Wednesday, after the Commission lengthened the window, a spokesperson said on Monday.',
      '',
      'The original rules gave filers two months after each quarterly deadline to correct a report. Fixes to the first report, due on Jan. 31, 2024, would have closed in March, and fixes to the second, due on April 30, at the end of June.',
      '',
      'After outages of the registry, the Commission said in April that both could be corrected until July 31, 2024, the same day the third quarterly report, covering April to June, falls due.',
      '',
      'Wednesday also ushers in stricter reporting. The option to report using a third country\'s methodology or reference values expired on June 30, and since July 1 only the EU\'s own methodology is accepted.',
      '',
      'Steel makers said suppliers abroad still could not supply real emissions data.',
    ],
    'omnibus.txt': [
      'EU plans to spare small importers from carbon levy',
      '',
      'BRUSSELS, Feb 26 (Wire) - The European Commission on Wednesday proposed taking most small importers out of its carbon border levy, in a package meant to cut paperwork.',
      '',
      'Importers of less than 50 tonnes of covered goods a year would no longer fall under the mechanism, the Commission said, while 99% of the emissions would still be covered.',
      '',
      'The package also trims the bloc\'s corporate sustainability reporting rules, which campaigners criticised more sharply than the levy changes.',
    ],
    'china.txt': [
      'China says EU carbon levy breaks trade rules',
      '',
      'BEIJING, Jan 5 (Wire) - China\'s commerce ministry said on Monday that the EU\'s carbon border levy, whose charging phase began on Jan. 1, 2026, was a unilateral trade barrier.',
      '',
      'The ministry said it would defend the interests of Chinese steel and aluminium exporters at the World Trade Organization.',
    ],
  });

  test('"Third quarterly report | 31 July 2024" gets no warning from "a third country\'s methodology … expired on June 30"', () => {
    assert.deepStrictEqual(corpus.warnings('| Reporting step | Deadline |\n|---|---|\n| Third quarterly report | 31 July 2024 |'), []);
  });

  test('the end of the third-country option is still checked', () => {
    assert.deepStrictEqual(corpus.warnings('The option to report using a third country\'s methodology expired on June 20, 2024.'), ['date-conflict June 20, 2024 -> 2024-06-30']);
  });
});
