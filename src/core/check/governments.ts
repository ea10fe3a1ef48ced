// The governments trade copy names: by name, by adjective ("Korean goods") or by capital standing
// for the government ("Beijing announced …"). London, Geneva and other venues of talks are left out
// as capitals: "the London round" is a place, not Britain acting.

interface Government {
  name: string;
  capital?: string;
  words: RegExp;
}

/** A government's names as one pattern: whole words, and a name ending in a stop ("U.S.") ends there too. */
function names(alternatives: string): RegExp {
  return new RegExp(`\\b(?:${alternatives})(?!\\w)`);
}

const GOVERNMENTS: Government[] = [
  { name: 'United States', capital: 'Washington', words: names('United States|U\\.S\\.|US|USA|America|American|Americans|Washington|White House|(?:Trump|Biden|Obama|Bush|Clinton)\\s+administration') },
  { name: 'China', capital: 'Beijing', words: names('China|Chinese|Beijing') },
  { name: 'European Union', capital: 'Brussels', words: names('EU|E\\.U\\.|European Union|Brussels') },
  { name: 'Japan', capital: 'Tokyo', words: names('Japan|Japanese|Tokyo') },
  { name: 'South Korea', capital: 'Seoul', words: names('South Korea|Korea|Korean|Koreans|Seoul') },
  { name: 'Canada', capital: 'Ottawa', words: names('Canada|Canadian|Ottawa') },
  { name: 'Mexico', words: names('Mexico|Mexican') },
  { name: 'India', capital: 'New Delhi', words: names('India|Indian|New Delhi') },
  { name: 'Vietnam', capital: 'Hanoi', words: names('Vietnam|Vietnamese|Hanoi') },
  { name: 'Brazil', capital: 'Brasilia', words: names('Brazil|Brazilian|Brasilia|Brasília') },
  { name: 'Switzerland', words: names('Switzerland|Swiss|Bern') },
  { name: 'United Kingdom', words: names('United Kingdom|Britain|British|UK|U\\.K\\.') },
  { name: 'Indonesia', capital: 'Jakarta', words: names('Indonesia|Indonesian|Jakarta') },
  { name: 'Taiwan', capital: 'Taipei', words: names('Taiwan|Taiwanese|Taipei') },
  { name: 'Russia', capital: 'Moscow', words: names('Russia|Moscow') },
  { name: 'Australia', capital: 'Canberra', words: names('Australia|Canberra') },
  { name: 'Germany', capital: 'Berlin', words: names('Germany|Berlin') },
  { name: 'France', capital: 'Paris', words: names('France|Paris') },
  { name: 'Turkey', capital: 'Ankara', words: names('Turkey|Türkiye|Turkish|Ankara') },
  { name: 'South Africa', capital: 'Pretoria', words: names('South Africa|South African|Pretoria') },
  { name: 'Thailand', capital: 'Bangkok', words: names('Thailand|Thai|Bangkok') },
  { name: 'Philippines', capital: 'Manila', words: names('Philippines|Philippine|Filipino|Manila') },
  { name: 'Pakistan', capital: 'Islamabad', words: names('Pakistan|Pakistani|Islamabad') },
  { name: 'Ukraine', capital: 'Kyiv', words: names('Ukraine|Ukrainian|Kyiv|Kiev') },
  { name: 'Poland', capital: 'Warsaw', words: names('Poland|Polish|Warsaw') },
  { name: 'New Zealand', capital: 'Wellington', words: names('New Zealand|Wellington') },
  { name: 'Netherlands', capital: 'The Hague', words: names('Netherlands|Dutch|The Hague') },
  { name: 'Singapore', words: names('Singapore|Singaporean') },
  { name: 'Malaysia', words: names('Malaysia|Malaysian') },
  { name: 'Chile', words: names('Chile|Chilean') },
  { name: 'Argentina', words: names('Argentina|Argentine|Argentinian') },
  { name: 'Kenya', capital: 'Nairobi', words: names('Kenya|Kenyan|Nairobi') },
  { name: 'Lithuania', capital: 'Vilnius', words: names('Lithuania|Lithuanian|Vilnius') },
  { name: 'Italy', words: names('Italy|Italian') },
  { name: 'Spain', words: names('Spain|Spanish') },
  { name: 'Saudi Arabia', capital: 'Riyadh', words: names('Saudi Arabia|Saudi|Riyadh') },
  { name: 'Israel', words: names('Israel|Israeli') },
  { name: 'Egypt', capital: 'Cairo', words: names('Egypt|Egyptian|Cairo') },
  { name: 'Nigeria', capital: 'Abuja', words: names('Nigeria|Nigerian|Abuja') },
  { name: 'Colombia', capital: 'Bogota', words: names('Colombia|Colombian|Bogota|Bogotá') },
  { name: 'Peru', words: names('Peru|Peruvian') },
  { name: 'Norway', capital: 'Oslo', words: names('Norway|Norwegian|Oslo') },
  { name: 'Sweden', words: names('Sweden|Swedish') },
  { name: 'Ireland', capital: 'Dublin', words: names('Ireland|Irish|Dublin') },
  // (Smaller trading governments, by the capital their copy names them by: "Kampala answered with a
  // diplomatic note" is Uganda acting.)
  { name: 'Uganda', capital: 'Kampala', words: names('Uganda|Ugandan|Kampala') },
  { name: 'Tanzania', capital: 'Dodoma', words: names('Tanzania|Tanzanian|Dodoma') },
  { name: 'Rwanda', capital: 'Kigali', words: names('Rwanda|Rwandan|Kigali') },
  { name: 'Ethiopia', capital: 'Addis Ababa', words: names('Ethiopia|Ethiopian|Addis Ababa') },
  { name: 'Ghana', capital: 'Accra', words: names('Ghana|Ghanaian|Accra') },
  { name: 'Senegal', capital: 'Dakar', words: names('Senegal|Senegalese|Dakar') },
  { name: 'Cameroon', capital: 'Yaounde', words: names('Cameroon|Cameroonian|Yaounde|Yaoundé') },
  { name: 'Zambia', capital: 'Lusaka', words: names('Zambia|Zambian|Lusaka') },
  { name: 'Zimbabwe', capital: 'Harare', words: names('Zimbabwe|Zimbabwean|Harare') },
  { name: 'Mozambique', capital: 'Maputo', words: names('Mozambique|Mozambican|Maputo') },
  { name: 'Angola', capital: 'Luanda', words: names('Angola|Angolan|Luanda') },
  { name: 'Namibia', capital: 'Windhoek', words: names('Namibia|Namibian|Windhoek') },
  { name: 'Botswana', capital: 'Gaborone', words: names('Botswana|Gaborone') },
  { name: 'Morocco', capital: 'Rabat', words: names('Morocco|Moroccan|Rabat') },
  { name: 'Algeria', capital: 'Algiers', words: names('Algeria|Algerian|Algiers') },
  { name: 'Tunisia', capital: 'Tunis', words: names('Tunisia|Tunisian|Tunis') },
  { name: 'Jordan', capital: 'Amman', words: names('Jordan|Jordanian|Amman') },
  { name: 'Iraq', capital: 'Baghdad', words: names('Iraq|Iraqi|Baghdad') },
  { name: 'Iran', capital: 'Tehran', words: names('Iran|Iranian|Tehran') },
  { name: 'United Arab Emirates', capital: 'Abu Dhabi', words: names('United Arab Emirates|UAE|Emirati|Abu Dhabi') },
  { name: 'Bangladesh', capital: 'Dhaka', words: names('Bangladesh|Bangladeshi|Dhaka') },
  { name: 'Sri Lanka', capital: 'Colombo', words: names('Sri Lanka|Sri Lankan|Colombo') },
  { name: 'Nepal', capital: 'Kathmandu', words: names('Nepal|Nepali|Nepalese|Kathmandu') },
  { name: 'Afghanistan', capital: 'Kabul', words: names('Afghanistan|Afghan|Kabul') },
  { name: 'Kazakhstan', capital: 'Astana', words: names('Kazakhstan|Kazakh|Astana') },
  { name: 'Uzbekistan', capital: 'Tashkent', words: names('Uzbekistan|Uzbek|Tashkent') },
  { name: 'Mongolia', capital: 'Ulaanbaatar', words: names('Mongolia|Mongolian|Ulaanbaatar') },
  { name: 'Cambodia', capital: 'Phnom Penh', words: names('Cambodia|Cambodian|Phnom Penh') },
  { name: 'Laos', capital: 'Vientiane', words: names('Laos|Lao|Vientiane') },
  { name: 'Myanmar', capital: 'Naypyidaw', words: names('Myanmar|Burma|Burmese|Naypyidaw') },
  { name: 'Bolivia', capital: 'La Paz', words: names('Bolivia|Bolivian|La Paz') },
  { name: 'Ecuador', capital: 'Quito', words: names('Ecuador|Ecuadorian|Quito') },
  { name: 'Paraguay', capital: 'Asuncion', words: names('Paraguay|Paraguayan|Asuncion|Asunción') },
  { name: 'Uruguay', capital: 'Montevideo', words: names('Uruguay|Uruguayan|Montevideo') },
  { name: 'Serbia', capital: 'Belgrade', words: names('Serbia|Serbian|Belgrade') },
  { name: 'Hungary', capital: 'Budapest', words: names('Hungary|Hungarian|Budapest') },
  { name: 'Romania', capital: 'Bucharest', words: names('Romania|Romanian|Bucharest') },
];

const BY_CAPITAL = new Map(GOVERNMENTS.filter((g) => g.capital).map((g) => [g.capital!, g.name]));

/** Capitals that are venues of talks as often as governments ("the London round"): they act only as a verb's subject. */
const VENUE_CAPITALS = new Map([
  ['London', 'United Kingdom'],
  ['Bern', 'Switzerland'],
  ['Rome', 'Italy'],
  ['Madrid', 'Spain'],
  ['Stockholm', 'Sweden'],
  ['Kuala Lumpur', 'Malaysia'],
  ['Santiago', 'Chile'],
  ['Buenos Aires', 'Argentina'],
  ['Lima', 'Peru'],
]);
/** A verb right after a subject: "London published", "Bern has offered", "Rome said". */
const VERB_AFTER = /^\s+(?:has\s+|had\s+|have\s+|also\s+|then\s+|later\s+|formally\s+)?(?:[a-z]{3,}ed|said|says|told|sent|set|put|cut|made|gave|took|won|hit|announces|publishes|signs)\b/;

/**
 * The government a venue capital stands for when it acts: "On 24 January 2024, London published its
 * strategic approach" is Britain acting, "talks in London" are not.
 */
export function governmentOfActingCapital(place: string, after: string): string | undefined {
  const government = VENUE_CAPITALS.get(place);
  return government && VERB_AFTER.test(after) ? government : undefined;
}

/** The government a capital stands for ("Beijing": "China"), if it is one. */
/** Whether `name` is a government the list knows by name ("Ecuador", "European Union"). */
export function isGovernmentName(name: string): boolean {
  return GOVERNMENT_NAMES.has(name);
}
const GOVERNMENT_NAMES = new Set(GOVERNMENTS.map((g) => g.name));

export function governmentOfCapital(place: string): string | undefined {
  return BY_CAPITAL.get(place);
}

/**
 * The executive departments of the US government by the names trade copy gives them ("the Commerce
 * Department", "the Department of Commerce", "USTR"): each is Washington acting, though its name
 * holds no country.
 */
const US_DEPARTMENT = /^(?:(?:Commerce|State|Treasury|Justice|Agriculture|Labor|Energy|Defense|Homeland Security)\s+Department|Department\s+of\s+(?:Commerce|State|the\s+Treasury|Justice|Agriculture|Labor|Energy|Defense|Homeland\s+Security)|(?:Office\s+of\s+the\s+)?(?:U\.?S\.?|United\s+States)\s+Trade\s+Representative|USTR|Bureau\s+of\s+Industry\s+and\s+Security)$/;

/** The government an organisation is a department of, when its name says so without naming a country. */
export function governmentOfDepartment(name: string): string | undefined {
  return US_DEPARTMENT.test(name) ? 'United States' : undefined;
}

/** A capital not after a word of place ("in Hanoi", "flew to Tokyo"): a government acting. */
const CAPITAL_AS_ACTOR = new RegExp(`(?<!\\b(?:in|at|to|from|into|near|visit|visits|visited|visiting|via|outside|across|around)\\s+)\\b(?:${GOVERNMENTS.filter((g) => g.capital).map((g) => g.capital).join('|')})\\b(?!\\s+(?:time|talks?|round|summit|meeting|visit)\\b)`, 'g');

/** Capitals standing for their governments in a text ("Hanoi had secured …", "Tokyo's deal"). */
export function capitalsActing(text: string): Array<{ start: number; end: number; government: string }> {
  const out: Array<{ start: number; end: number; government: string }> = [];
  for (const m of text.matchAll(CAPITAL_AS_ACTOR)) out.push({ start: m.index!, end: m.index! + m[0].length, government: BY_CAPITAL.get(m[0])! });
  return out;
}

/** The governments a text names, by name, adjective or capital. */
export function governmentsIn(text: string): Set<string> {
  return new Set(GOVERNMENTS.filter((g) => g.words.test(text)).map((g) => g.name));
}
