// Round 337: "… set that rate in a July 31 executive order, after first telling Ramaphosa in a letter
// on July 7 that it would apply from Aug. 1", in a wire of 19 November: the "that" clause after July 7
// is what the letter told, not the tense of the day it was sent (July 7 is the past one, not next
// year's), and what "would" happen is ahead of that saying, not of the wire's day.
import * as assert from 'assert';
import { extractDates } from '../../../src/core/dates/extract';

const values = (text: string, ref: string) => extractDates(text, { referenceDate: ref }).map((m) => `${m.text}=${m.value}`);

suite('dates: a saying dated in its sentence, and what it said would happen', () => {
  const wire = 'President Donald Trump set that rate in a July 31 executive order, after first telling President Cyril Ramaphosa in a letter on July 7 that it would apply from Aug. 1.';

  test('the letter’s day is this year’s, and the start it told of follows it', () => {
    assert.deepStrictEqual(values(wire, '2025-11-19'), ['July 31=2025-07-31', 'July 7=2025-07-07', 'Aug. 1=2025-08-01']);
  });

  test('a start told days ago that falls after the text’s date stays ahead', () => {
    assert.deepStrictEqual(values('He said on Nov. 18 that the tariff would apply from Aug. 1.', '2025-11-19'), ['Nov. 18=2025-11-18', 'Aug. 1=2026-08-01']);
  });

  test('"will" still looks ahead of the text’s date', () => {
    assert.deepStrictEqual(values('He told them on July 7 that it will apply from Aug. 1.', '2025-11-19'), ['July 7=2025-07-07', 'Aug. 1=2026-08-01']);
  });
});

// Round 340: "On Monday, Iceland's ambassador Einar Gunnarsson, who chairs the negotiating group on
// rules, circulated a revised draft", in a newsletter of Friday 24 October: "who chairs" is a standing
// role, not a schedule, and the draft went out on the past Monday.
suite('dates: a role in the present beside a past act', () => {
  test('"who chairs" does not make Monday the coming one', () => {
    assert.deepStrictEqual(values("On Monday, Iceland's ambassador Einar Gunnarsson, who chairs the negotiating group on rules, circulated a revised draft.", '2025-10-24'), ['Monday=2025-10-20']);
  });

  test('an event verb in the present is still a schedule', () => {
    assert.deepStrictEqual(values('On Monday the minister meets the envoy.', '2025-10-24'), ['Monday=2025-10-27']);
  });
});

// Round 357: "The slide began in February, when Trump signed an executive order on 7 February", on a
// page updated 2 December 2025: a day told in the past, ten months back, is not next February's.
suite('dates: a day told in the past, months back', () => {
  test('"signed an executive order on 7 February" in December is that year’s', () => {
    assert.deepStrictEqual(values('The slide began in February, when President Donald Trump signed an executive order on 7 February cutting aid.', '2025-12-02'), ['February=2025-02', '7 February=2025-02-07']);
  });

  test('a day set ahead is still the coming one', () => {
    assert.deepStrictEqual(values('The tariff will apply from 7 February.', '2025-12-02'), ['7 February=2026-02-07']);
  });

  // Round 362: "NATO launched its Baltic Sentry mission on Jan. 14", in a newsletter of 14 November.
  test('"launched on Jan. 14", two months before the page’s next January, is this year’s', () => {
    assert.deepStrictEqual(values('NATO launched its Baltic Sentry mission on Jan. 14, sending frigates to the Baltic.', '2025-11-14'), ['Jan. 14=2025-01-14']);
  });

  test('a dividend "payable Jan. 2 to stock of record Dec. 15" is a schedule', () => {
    assert.deepStrictEqual(values('The reduced dividend is payable Jan. 2 to stock of record Dec. 15.', '1989-11-02'), ['Jan. 2=1990-01-02', 'Dec. 15=1989-12-15']);
  });
});

// Round 930: "Under the executive order, a 10% baseline duty on nearly all imports takes effect on
// Saturday", in a wire of Thursday 3 April 2025, was read as the Saturday before, 29 March. A measure
// that "takes effect", "comes into force" or "expires" on a day, in the present, is a schedule.
suite('dates: a start or an end told in the present', () => {
  test('"takes effect on Saturday" on a Thursday is the coming Saturday', () => {
    assert.deepStrictEqual(values('A 10% baseline duty on nearly all imports takes effect on Saturday, while higher rates apply from April 9.', '2025-04-03'), ['Saturday=2025-04-05', 'April 9=2025-04-09']);
  });

  test('"takes effect on Jan. 1" in a wire of November is the next January', () => {
    assert.deepStrictEqual(values('The new quota system takes effect on Jan. 1, officials said.', '2021-11-01'), ['Jan. 1=2022-01-01']);
  });

  test('"took effect on Saturday" is still the one before', () => {
    assert.deepStrictEqual(values('A 10% baseline duty on nearly all imports took effect on Saturday.', '2025-04-08'), ['Saturday=2025-04-05']);
  });
});

// Round 936: "The two sides agreed to hold the second round in Wellington in July", on a page of 10
// May 2025, was read as July 2024. A month an agreement or a pledge set for what it bound them to do
// is ahead of the agreeing; a weekday may be the day it was agreed.
suite('dates: a month an agreement set', () => {
  test('"agreed to hold the second round … in July" in May is this July', () => {
    assert.deepStrictEqual(values('The two sides agreed to hold the second round in Wellington in July.', '2025-05-10'), ['July=2025-07']);
  });

  // Round 1216: "agreed at the end of the round to meet again in Auckland in the first week of
  // November", on a page of 19 September 2025, was read as November 2024.
  test('"agreed at the end of the round to meet again … in November" in September is this November', () => {
    assert.deepStrictEqual(values('Negotiators agreed at the end of the round to meet again in Auckland in the first week of November.', '2025-09-19'), ['November=2025-11']);
  });

  test('"agreed to delay the tariffs on Monday" is still the Monday before', () => {
    assert.deepStrictEqual(values('Trump agreed to delay the tariffs on Monday.', '2025-05-10'), ['Monday=2025-05-05']);
  });
});

// Round 981: "The statutory instrument that will create the UK's new steel import regime was laid
// before Parliament on Tuesday", on a page of Wednesday 22 April 2026, was read as the next Tuesday:
// the "will" of a relative clause before the main verb made the sentence look ahead. A past passive
// nearer the date is the date's own.
suite('dates: a past verb after a future relative clause', () => {
  test('"that will create the regime was laid … on Tuesday" is the Tuesday before', () => {
    assert.deepStrictEqual(values("The statutory instrument that will create the UK's new steel import regime was laid before Parliament on Tuesday.", '2026-04-22'), ['Tuesday=2026-04-21']);
  });

  test('"said it will meet on Tuesday" still looks ahead', () => {
    assert.deepStrictEqual(values('He said it will meet on Tuesday.', '2026-04-22'), ['Tuesday=2026-04-28']);
  });
});
