// Round 436: "- Many Pfizer medicines will be sold …" made a person "Many Pfizer" (and so Pfizer a
// person's surname), "*Updated Oct. 17, 2025*" a person "Updated Oct", "Chief Executive Officer of
// AstraZeneca" a person "Officer", "Customs and Border Protection" a person "Border Protection",
// and "*By Hannah Voss, senior correspondent*" a person "By Hannah Voss" rather than the reporter.
import * as assert from 'assert';
import { extractEntities } from '../../../src/core/entities/extract';

const kinds = (text: string) => extractEntities(text).map((m) => `${m.text}=${m.kind}${m.role ? `/${m.role}` : ''}`);

suite('entities: words that open no name', () => {
  test('"Many", "New" and a stamp’s "Updated Oct" open no person’s name', () => {
    assert.deepStrictEqual(kinds('Doses of the drug rose.\n- Many Pfizer medicines will be sold at a discount.\n- New Pfizer drugs will launch at lower prices.\n\n*Updated Oct. 17, 2025*'), []);
  });

  test('a run ending in a body’s word is an organisation; an officer is a title', () => {
    assert.deepStrictEqual(kinds('Goods cleared by the Customs and Border Protection staff, said Pascal Soriot, Chief Executive Officer of the firm, and analysts at Ridgeline Strategies.'), ['Border Protection=organization', 'Pascal Soriot=person', 'Ridgeline Strategies=organization']);
  });

  test('a byline in emphasis names the reporter', () => {
    assert.deepStrictEqual(kinds('*By Hannah Voss, senior correspondent*'), ['Hannah Voss=person/reporter']);
  });

  test('a name before "in" a place is a person', () => {
    assert.deepStrictEqual(kinds('- The two trade ministers met with Vincent Karremans in The Hague to talk about the chip supply.').filter((k) => k.startsWith('Vincent')), ['Vincent Karremans=person']);
  });
});
