// Round 675 (held out): "The Court of Justice's final word on the fisheries appeal came on Friday,
// October 11, 2024" (wrong: Friday, October 4) was let pass: "The Court of Justice of the European
// Union on Friday dismissed appeals" named the body in full, another entity to the index. A body's
// name and that name with what it is of are one actor.
import * as assert from 'assert';
import { rateNews, tempCorpus } from '../helpers/tempCorpus';

suite('check: a body named short and in full', () => {
  const corpus = tempCorpus({
    ...rateNews(12),
    'background.txt': ['How the case went', '', 'Published: 2024-03-22 10:00', '', 'The General Court annulled the agreements in September 2021, and the Court of Justice heard the appeals of the Council and the Commission in 2023.'],
    'ruling.txt': ['EU top court confirms annulment', '', 'Published: 2024-10-04 15:02', '', 'The Court of Justice of the European Union on Friday dismissed appeals by the Council and confirmed that the 2019 trade and fisheries agreements were unlawful.'],
  });

  test('the short name is the same actor', () => {
    assert.deepStrictEqual(corpus.warnings("The Court of Justice's final word on the fisheries appeals came on Friday, October 11, 2024."), ['date-conflict Friday, October 11, 2024 -> 2024-10-04']);
  });

  test('another body is still another actor', () => {
    assert.deepStrictEqual(corpus.warnings("The General Court's final word on the fisheries appeals came on Friday, October 11, 2024."), []);
  });
});
