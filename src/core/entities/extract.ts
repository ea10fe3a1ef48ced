// Rule-based entity mentions: people (with titles and appositive roles), organisations, places
// and named things. Bounded regular expressions only; precision over recall.
import type { EntityKind, EntityMention } from '../types';
import { boundedMemo } from '../text/boundedMemo';
import { escapeRegExp } from '../text/escapeRegExp';

const PLACES = new Set(
  [
    'United States|China|Beijing|Washington|Geneva|London|Madrid|Busan|Stockholm|Kuala Lumpur|Tokyo|Seoul|Hong Kong|Taipei|Taiwan|Japan|South Korea|Korea|India|Europe|Vietnam|Brussels|Paris|Berlin|Germany|France|Britain|United Kingdom|Canada|Mexico|Russia|Singapore|Switzerland|Spain|Italy|Australia|Brazil|Shanghai|Shenzhen|New York|Ottawa|Moscow|Asia|Lancaster House',
    // Trading nations and the cities where trade is negotiated, beyond the first corpus's.
    'North Korea|Indonesia|Malaysia|Thailand|Philippines|Cambodia|Laos|Myanmar|Bangladesh|Pakistan|Sri Lanka|Nepal|Kazakhstan|Mongolia|New Zealand|Turkey|Israel|Iran|Iraq|Saudi Arabia|United Arab Emirates|Qatar|Kuwait|Egypt|Morocco|Nigeria|Kenya|Ethiopia|South Africa|Argentina|Chile|Peru|Colombia|Venezuela|Ecuador|Uruguay|Paraguay|Bolivia|Ukraine|Poland|Netherlands|Belgium|Luxembourg|Austria|Hungary|Czech Republic|Slovakia|Romania|Bulgaria|Greece|Portugal|Ireland|Scotland|Sweden|Norway|Denmark|Finland|Iceland|Estonia|Latvia|Lithuania|Serbia|Croatia|Belarus|Georgia|Armenia|Azerbaijan|Uzbekistan',
    // ("St Petersburg" is no person "St": the city, as the press writes it.)
    'St Petersburg|St. Petersburg|Saint Petersburg|Hanoi|Ho Chi Minh City|Jakarta|Manila|Bangkok|Phnom Penh|New Delhi|Delhi|Mumbai|Islamabad|Dhaka|Ankara|Istanbul|Riyadh|Dubai|Abu Dhabi|Doha|Cairo|Tel Aviv|Jerusalem|Tehran|Johannesburg|Pretoria|Nairobi|Lagos|Buenos Aires|Brasilia|Sao Paulo|Rio de Janeiro|Santiago|Lima|Bogota|Mexico City|Toronto|Vancouver|Montreal|Chicago|Los Angeles|San Francisco|Detroit|Houston|Seattle|Mar-a-Lago|Camp David|Davos|Osaka|Yokohama|Gyeongju|Guangzhou|Hangzhou|Wuhan|Tianjin|Chongqing|Xinjiang|Macau|Kyiv|Warsaw|Rome|Milan|Barcelona|Lisbon|Amsterdam|Rotterdam|Vienna|Prague|Budapest|Athens|Dublin|Oslo|Copenhagen|Helsinki|Zurich|Bern|Strasbourg|Frankfurt|Munich|Hamburg|Canberra|Sydney|Melbourne|Wellington|Auckland|Anchorage|Africa|Latin America|Middle East|Southeast Asia|North America|South America',
    // The other sovereign states (but not 'Chad' or 'Jordan', also first names) and their capitals.
    'Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Bahamas|Bahrain|Barbados|Belize|Benin|Bhutan|Bosnia and Herzegovina|Botswana|Brunei|Burkina Faso|Burundi|Cabo Verde|Cape Verde|Cameroon|Central African Republic|Comoros|Costa Rica|Cote d\'Ivoire|Côte d\'Ivoire|Ivory Coast|Cuba|Cyprus|Democratic Republic of the Congo|Djibouti|Dominica|Dominican Republic|East Timor|Timor-Leste|El Salvador|Equatorial Guinea|Eritrea|Eswatini|Fiji|Gabon|Gambia|Ghana|Grenada|Guatemala|Guinea-Bissau|Guyana|Haiti|Honduras|Jamaica|Kiribati|Kosovo|Kyrgyzstan|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Madagascar|Malawi|Maldives|Malta|Marshall Islands|Mauritania|Mauritius|Micronesia|Moldova|Monaco|Montenegro|Mozambique|Namibia|Nauru|Nicaragua|North Macedonia|Oman|Palau|Palestine|Panama|Papua New Guinea|Rwanda|Saint Lucia|Samoa|San Marino|Senegal|Seychelles|Sierra Leone|Slovenia|Solomon Islands|Somalia|South Sudan|Sudan|Suriname|Syria|Tajikistan|Tanzania|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkmenistan|Tuvalu|Uganda|Vanuatu|Yemen|Zambia|Zimbabwe|Greenland|Puerto Rico|Dili|Bandar Seri Begawan|Port Louis|Colombo|Kathmandu|Astana|Tashkent|Baku|Tbilisi|Yerevan|Minsk|Chisinau|Bucharest|Sofia|Belgrade|Zagreb|Ljubljana|Bratislava|Vilnius|Riga|Tallinn|Valletta|Nicosia|Reykjavik|Accra|Abuja|Addis Ababa|Dakar|Kinshasa|Luanda|Lusaka|Harare|Maputo|Kampala|Kigali|Dar es Salaam|Algiers|Tunis|Rabat|Casablanca|Amman|Beirut|Damascus|Baghdad|Muscat|Manama|Kuwait City|Karachi|Lahore|Chennai|Bengaluru|Kolkata|Ulaanbaatar|Vientiane|Yangon|Naypyidaw|Quito|Caracas|Montevideo|Havana|Panama City|Guatemala City|Port of Spain|Suva|Port Moresby|Windhoek|Gaborone|Antananarivo|Djibouti City|Tirana|Skopje|Podgorica|Sarajevo|Bishkek|Dushanbe|Ashgabat|Thimphu',
  ]
    .join('|')
    .split('|'),
);
// ("Korea" alone is the South in trade news: the North is always named so.)
const PLACE_ALIASES: Record<string, string> = { US: 'United States', 'U.S.': 'United States', America: 'United States', UK: 'United Kingdom', 'U.K.': 'United Kingdom', Britain: 'United Kingdom', 'Great Britain': 'United Kingdom', Hague: 'The Hague', Korea: 'South Korea', 'Republic of Korea': 'South Korea' };
// The lookahead, not \b, ends the word: "Co." is followed by a space or comma, never a letter.
const ORG_WORDS = /\b(Ministry|Department|Directorate|Secretariat|Survey|Service|Tribunal|Commission|Council|Bank|Fund|Organization|Organisation|Chamber|Academy|Office|House|Treasury|Union|Corp\.?|Co\.|Ltd\.?|Inc\.?|LLC|Group|Holdings|News|Agency|Institute|Association|Representative|Bureau|Administration|Parliament|Congress|Senate|Court|Authority|Federation|Forum|Exchange|Committee|Board|Customs|Industries|Motors|Electronics|Technologies|Semiconductor|Securities|Partners|Post|Poste|Airlines|Airways|Railways|Telecom|Times|Journal|Logistics|Shipping|Pharmaceuticals|Review|Daily|Herald|Tribune|Gazette|Media|Weekly|Monitor|Observer|Telegraph|Insider|Digest|Wire|Ledger|Chronicle|Express|Network|Channel|Radio|Broadcasting|Newswire)(?![A-Za-z])/;
const KNOWN_ORGS: Record<string, string> = {
  IMF: 'International Monetary Fund', MOFCOM: 'Ministry of Commerce', Mofcom: 'Ministry of Commerce', WTO: 'World Trade Organization', APEC: 'Asia-Pacific Economic Cooperation', USTR: 'Office of the U.S. Trade Representative', EU: 'European Union',
  CNBC: 'CNBC', CBS: 'CBS', 'Truth Social': 'Truth Social', Bloomberg: 'Bloomberg', Reuters: 'Reuters', Huawei: 'Huawei', ByteDance: 'ByteDance', Oracle: 'Oracle', Blackstone: 'Blackstone',
  OECD: 'OECD', ASEAN: 'ASEAN', NATO: 'NATO', OPEC: 'OPEC', BRICS: 'BRICS', G7: 'G7', G20: 'G20', UN: 'United Nations', 'United Nations': 'United Nations', ECB: 'European Central Bank',
  Congress: 'Congress', Xinhua: 'Xinhua', Nvidia: 'Nvidia', Apple: 'Apple', Tesla: 'Tesla', Boeing: 'Boeing', Samsung: 'Samsung', TSMC: 'TSMC', Pentagon: 'Pentagon', Kremlin: 'Kremlin',
};
/** Last words of a capitalised run that is a paper, a measure or an occasion, never a person's name. */
const NOT_A_PERSON = /^(?:Agreement|Act|Order|Deal|Framework|Plan|Regulation|Directive|Treaty|Accord|Partnership|Mechanism|Package|Summit|Conference|Meeting|Session|Forum|Dialogue|Initiative|Programme|Program|Strategy|Rules?|Law|Bill|Protocol|Statement|Declaration|Review|Report|Tariffs?|Duty|Duties|Quota|Series|Games|Cup|Prize|Award|Index|Day|Reserves?|Notes|Social|Intermediate|Crude)$/;
/**
 * Other last words that say a capitalised run is no person: a body ("Finance Division", "General
 * Assembly"), a room or grounds ("Cabinet Room", "Rose Garden"), or no name at all: a bare title
 * ("Finance Minister"), a group of office-holders ("G7 Finance Ministers") or a region's adjective
 * ("Middle Eastern").
 */
const BODY_LAST = /^(?:Division|Assembly|Studies|Affairs|Relations|Sciences|Embassy|Advisory|Commodities|Insight|Works|Shipyard|Consultants|Trading|Farms|Mills|Resources|Advocaten|Services|Protection|Research|Strategies|Consulting|Consultancy|Advisors|Advisers|Associates|Analytics|Economics|Insights|Solutions|Systems|Capital|Steelworkers|Autoworkers)$/;
const GROUNDS_LAST = /^(?:Room|Garden|Wing|Hall|Building|Palace|Airport|River|Harbour|Harbor|Square|Plaza|Bridge)$/;
const NO_NAME_LAST = /^(?:Minister|Secretary|General|Officer|Officers|Eastern|Western|Northern|Southern|Central|Ministers|Secretaries|Governors|Leaders|Commissioners|Ambassadors|Presidents|Officials|Negotiators|Envoys|Deputies|Sherpas)$/;

/** A place that is a building or grounds ("the Imperial Palace", "Haneda Airport"): inside a city, not one. */
export function isGrounds(name: string): boolean {
  return GROUNDS_LAST.test(name.split(/\s+/).pop() ?? '');
}

/** What a bare capitalised run mid-sentence is, by its last word: most often a person. */
function runKind(last: string): EntityKind | undefined {
  if (NO_NAME_LAST.test(last)) return undefined;
  if (BODY_LAST.test(last)) return 'organization';
  if (GROUNDS_LAST.test(last)) return 'place';
  return NOT_A_PERSON.test(last) ? 'thing' : 'person';
}

const THINGS = new Set(['TikTok', 'Nikkei 225', 'Hang Seng']);

/** The full name of a well-known body written short ("MOFCOM", "USTR"), if it is one. */
export function knownOrgName(word: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(KNOWN_ORGS, word) ? KNOWN_ORGS[word] : undefined;
}
const TITLES = '(?:(?:U\\.S\\.|US|Chinese|China\'s|American)\\s+)?(?:Vice\\s+)?(?:(?:Attorney|Solicitor|Inspector|Auditor|Surgeon)\\s+General|Secretary[- ]General|President|Premier|Vice Premier|Prime Minister|Chairman|Secretary|Treasury Secretary|Commerce Secretary|Secretary of State|Trade Representative|Finance Minister|Commerce Minister|Foreign Minister|(?:Trade|Economy|Economic|Industry|Agriculture|Energy|Digital|Farm)\\s+(?:Minister|Secretary)|(?:trade|economy|finance|commerce|foreign|industry|agriculture) (?:minister|secretary)|(?:Trade\\s+|trade\\s+)?[Cc]ommissioner|Director-General|Director General|Chief Executive|CEO|Speaker|Minister|Ambassador|Spokesman|Spokesperson|Senator|Governor|Chancellor|Leader|leader)';
// Letters of the Latin scripts names are written in ("Støre", "Šefčovič", "Inácio"), as ranges
// rather than Unicode properties: a property class with the u flag made these scans six times slower.
// (Latin Extended-A alternates capitals and small letters, so its whole range is in both.)
const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F';
const LOWER = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF\\u0100-\\u024F';
const LETTERS = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const LETTER = `${LETTERS}0-9`;
// A word of a name: "McCarthy", "DeSantis", "O’Neill" and "Okonjo-Iweala" whole, an acronym never.
const NAME_WORD = `(?:Mc|Mac|De|Di|La|Le|O['’])?[${UPPER}][${LOWER}'’]{1,20}(?:-[${UPPER}]?[${LOWER}'’]{1,20})?`;
const NAME_START = `(?<![${LETTER}])`;
const NAME_END = `(?![${LETTER}])`;
/** Small words inside a name before the surname: "Ursula von der Leyen", "Lula da Silva", "Charles de Gaulle". */
const PARTICLES = 'von|van|der|den|de|del|della|di|da|do|dos|das|du|la|le|bin|ibn|ter|ten|zu';
const PARTICLE = new RegExp(`^(?:${PARTICLES})$`);
// A name word, after any particles: "von der Leyen" is one step, "al-Jubeir" one word.
const NAME_STEP = `(?:(?:${PARTICLES})\\s+){0,2}(?:(?:al|el|bin)-)?${NAME_WORD}`;
// An honorific between a title and a name ("Prime Minister Sir Keir Starmer", "Shri Narendra Modi")
// is not part of the name: the man is the same as "Keir Starmer" elsewhere.
const HONORIFIC = '(?:Sir|Dame|Shri|Smt|Shrimati|Mr|Mrs|Ms|Dr|Hon|Honourable)\\.?';
const HONORIFIC_LEAD = new RegExp(`^${HONORIFIC}\\s+(?=\\S+\\s+\\S)`);
/** A middle initial: "J." of "Donald J. Trump". */
const INITIAL = /^[A-Z]\.$/;
// (A middle initial stands inside a name: "President Donald J. Trump".)
const TITLE_NAME = new RegExp(`\\b(${TITLES}(?:\\s+(?:of\\s+)?[A-Z][a-z]+){0,2}?)\\s+(?:${HONORIFIC}\\s+)?(${NAME_START}${NAME_WORD}(?:\\s+(?:[A-Z]\\.\\s+)?${NAME_STEP}){0,2})${NAME_END}`, 'g');
const APPOSITIVE = new RegExp(String.raw`${NAME_START}(${NAME_WORD}(?:\s+${NAME_STEP}){1,2}),\s+(?:a\s+|the\s+)?((?:senior\s+|chief\s+|vice\s+)?(?:president|chairman|director|researcher|analyst|economist|spokesperson|spokesman|chief executive|head|professor|founder|partner|minister|secretary)[a-z ]{0,20}?)\s+(?:of|at)\s+(?:the\s+)?([A-Z][A-Za-z.'’-]{0,30}(?:\s+(?:of|for|and|in|on|the|[A-Z][A-Za-z.'’-]{0,30})){0,9})`, 'g');
/** A surname with the particles before it ("von der Leyen", "da Silva"); a name of one word is its own. */
export function surnameOf(name: string): string {
  const parts = name.split(/\s+/);
  let i = parts.length - 1;
  while (i > 1 && PARTICLE.test(parts[i - 1])) i--;
  return parts.slice(i).join(' ');
}
// (In emphasis too, "*By Jane Doe, senior correspondent*": a role after the comma is no agency.)
const BYLINE = /^[ \t]*[*_]{0,2}(?:[Bb]y|BY)[ \t]+([A-Z][\p{L}'’-]{1,20}(?:[ \t]+[A-Z][\p{L}'’-]{1,20}){1,2})(?:[ \t]*[,|—–][ \t]*(?:([A-Z][\p{L} .&'’-]{1,40})|[a-z][\p{L} .&'’-]{1,40}))?[ \t]*[*_]{0,2}[ \t]*$/gmu;
// A run starts at a capital: runs of connector words alone name nothing (and were most matches).
const CAPS = new RegExp(String.raw`${NAME_START}[${UPPER}][${LETTERS}'’.&-]{0,30}(?:[ \t]+(?:[${UPPER}][${LETTERS}'’.&-]{0,30}|of|for|the|on|in|(?:${PARTICLES})(?=[ \t]+(?:${PARTICLES}[ \t]+)?[${UPPER}]))){0,8}`, 'g');
// A run of names joined by a small word ("Geneva in May", "Banco de Mexico"), and the names in it.
const JOINED_RUN = new RegExp(`\\s(?:in|on|the|for|of|${PARTICLES})\\s`);
const PIECE = new RegExp(`[${UPPER}][${LETTERS}.'’&-]{0,30}(?:[ \\t]+[${UPPER}][${LETTERS}.'’&-]{0,30}){0,3}`, 'g');
// Question words open a FAQ's lines ("Will Speed Post to other countries be affected?").
const STOP_START = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'This', 'That', 'As', 'If', 'While', 'Mainland', 'Questions', 'Meanwhile', 'Among', 'According', 'Separately', 'Also', 'Earlier', 'Beyond', 'Despite', 'However', 'Will', 'Would', 'Can', 'Could', 'Should', 'Does', 'Do', 'Did', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'What', 'When', 'Why', 'How', 'Where', 'Which', 'Whether', 'Who', 'Whose', 'Unless', 'Until', 'Although', 'Though', 'Because', 'Since', 'After', 'Before']);
const DEMONYM = /^(?:[A-Z][a-z]+(?:an|ese|ish|ic|i))$/;
/**
 * A people's or a region's adjective that may open a capitalised run ("Korean Air", "Japanese Yen",
 * "Public Policy"): one of -ese, -ish or -ic, or a known one of -an or -i. A name's own word that
 * ends alike is no such adjective: "Jonathan Reynolds", "Rishi Sunak", "Narendra Modi", "Eric
 * Adams", "Maros Sefcovic".
 */
function adjectiveOfPeople(word: string, at: number, count: number): boolean {
  if (PEOPLES.has(word)) return true;
  if (!/^[A-Z][a-z]+(?:ese|ish|ic)$/.test(word) || GIVEN_NAMES_IC.test(word)) return false;
  // (A Slavic surname closes a run: "Sefcovic", "Vucic", "Plenkovic".)
  return !(at === count - 1 && at > 0 && SLAVIC_SURNAME.test(word));
}
const GIVEN_NAMES_IC = /^(?:Eric|Dominic|Frederic|Ludovic|Cedric|Alaric|Patric|Isaac)$/;
const SLAVIC_SURNAME = /(?:vic|cic|kic|jic|sic|zic|dic|lic|nic)$/;
const PEOPLES = new Set(
  (
    'American Mexican Canadian Korean Indian Indonesian Italian German Russian Brazilian Australian Asian African ' +
    'European Malaysian Iranian Pakistani Israeli Iraqi Saudi Thai Bangladeshi Kuwaiti Omani Qatari Emirati Yemeni ' +
    'Somali Nepali Azerbaijani Bahraini Afghani Kazakhstani Uzbekistani Colombian Peruvian Chilean Venezuelan ' +
    'Cuban Bolivian Ecuadorian Nigerian Kenyan Ghanaian Egyptian Ethiopian Ugandan Tanzanian Rwandan Zambian ' +
    'Namibian Angolan Mozambican Algerian Tunisian Libyan Syrian Jordanian Palestinian Ukrainian Belarusian ' +
    'Hungarian Romanian Bulgarian Serbian Croatian Bosnian Slovenian Slovakian Estonian Latvian Lithuanian ' +
    'Georgian Armenian Mongolian Cambodian Laotian Singaporean Lankan Maldivian Fijian Samoan Tongan Haitian ' +
    'Jamaican Dominican Guatemalan Honduran Nicaraguan Panamanian Rican Paraguayan Uruguayan Norwegian Austrian ' +
    'Belgian Argentinian Zimbabwean Malawian Liberian Leonean Gambian Guinean Mauritanian Mauritian Eritrean ' +
    'Djiboutian Chadian Sahelian Caribbean Andean Mediterranean Balkan Caucasian Siberian Persian Cameroonian ' +
    'Ivorian Malian Nigerien Sudanian Republican Macedonian Albanian Moldovan Cypriot Tibetan Mughal Iberian ' +
    'Scandinavian Anglican Hawaiian Alaskan Texan Californian Floridian Ontarian Victorian Tasmanian Nipponese Lao ' +
    'Punjabi Gujarati Marathi Bengali Hindi Tamil Telugu Kashmiri Sindhi Baluchi Pashtun Uzbek Kyrgyz Tajik ' +
    'Turkmen Kazakh Czech Slovak Welsh Dutch French Greek Swiss Filipino Argentine Philippine Khmer Burmese Malay'
  ).split(/\s+/),
);
/** First words of a capitalised run that no person's name opens with: "Many Pfizer medicines", "By Hannah Voss", "Updated Oct. 17". */
// (Nor a paper's kind: "signed Directive No. 21/CT-BCT", "issued Decree Alpha".)
const NOT_FIRST_NAME = /^(?:By|Updated|Posted|Published|Many|Most|Some|Several|Both|Each|Every|Other|All|Few|More|New|Top|State|Federal|National|Directive|Decree|Decision|Resolution|Circular|Regulation|Proclamation|Ordinance|Notice|Memorandum|Executive|Implementing|Delegated)$/;
/** A month written short: "Oct", "Sept". */
const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;
/** Month and weekday names: words of the calendar, never part of a name. */
const CALENDAR = 'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTHS = new RegExp(`^(${CALENDAR})$`);
/**
 * "Wednesday's State of the Union": a day's or a month's possessive before a name; and "In mid-May
 * the Commerce Department put …": a month or day the run reached across "the".
 */
const CALENDAR_POSSESSIVE = new RegExp(`^(?:${CALENDAR})(?:['’]s|\\s+the)\\s+(?=[A-Z])`);
/** "the Council on Foreign Relations in May": a date after a name, and all that follows it. */
const CALENDAR_AFTER = new RegExp(`\\s+(?:in|on)\\s+(?:${CALENDAR})\\b.*$`);

/**
 * What a bare two- or three-word capitalised run is: mid-sentence, most likely a person, unless its
 * last word names a paper or an occasion ("a National Security Agreement", "Liberation Day"), or its
 * words are no name's ("Many Pfizer medicines", "Updated Oct. 17").
 */
function bareRunKind(text: string, start: number, words: string[]): EntityKind | undefined {
  const first = words[0];
  if (!isNameRun(words) || words.some((w, i) => adjectiveOfPeople(w, i, words.length)) || STOP_START.has(first) || words.some((w) => MONTHS.test(w) || PLACES.has(w) || ORG_WORDS.test(w))) return undefined;
  // "the Commons Business and Trade Committee", "the Taxation (Cross-border Trade) Act": the first
  // half of a body's or a law's name, no person.
  const end = start + words.join(' ').length;
  if (NAME_GOES_ON.test(text.slice(end, end + 80))) return undefined;
  const k = atSentenceStart(text, start) || isHeadline(text, start) ? undefined : runKind(words[words.length - 1]);
  return k === 'person' && (NOT_FIRST_NAME.test(first) || words.some((w) => MONTH_SHORT.test(w))) ? undefined : k;
}
/** A body named by what it is of or for: "Ministry of Industry", "Department for Business". */
const FIELD_BODY = /\b(?:Ministry|Department|Office|Commission|Agency|Council|Committee|Bureau|Institute|Authority|Directorate|Secretariat)\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+$/;
/** The rest of its fields: " and Trade", " and Rural Development", ", Trade and Industry". */
const FIELDS_GO_ON = /^(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?![\w'’.-])/;

const PERSONS_TITLE = /^(?:President|Premier|Minister|Secretary|Chairman|Chancellor|Governor|Senator|Ambassador|Commissioner|Director|Spokesman|Spokeswoman|Representative|Official|Officials)$/;
/** The fields a body's name goes on to after offset `end` ("Ministry of Industry| and Trade"), or '' (not a place, a body or a title: "and Treasury Secretary Bessent"). */
function fieldsAfter(text: string, end: number): string {
  const more = FIELDS_GO_ON.exec(text.slice(end, end + 60));
  if (!more) return '';
  const words = more[0].split(/[\s,]+/).filter((w) => w && w !== 'and');
  return words.some((w) => PLACES.has(w) || PLACE_ALIASES[w] || KNOWN_ORGS[w] || PERSONS_TITLE.test(w) || ORG_WORDS.test(w) || MONTHS.test(w)) ? '' : more[0];
}
const NAME_GOES_ON = /^(?:\s+and\s+(?:[A-Z][\w-]*\s+){0,3}(?:Committee|Department|Ministry|Commission|Council|Office|Agency|Authority|Association|Federation|Institute|Board|Directorate|Service)\b|\)\s+(?:Act|Regulations?|Order|Bill|Law)\b)/;
/** " in The Hague", " in Brussels on Monday": a run that goes on to a place (PIECE reads the place itself). */
const IN_PLACE = /^\s+in\s+(?:The\s+)?[A-Z]/;

/** At the start of the text or of a sentence or line, where any word is capitalised. */
function atSentenceStart(text: string, at: number): boolean {
  return at === 0 || /[.!?\n]\s*$/.test(text.slice(Math.max(0, at - 3), at));
}

const NAME_WORD_ONLY = new RegExp(`^${NAME_WORD}$`);
/** Two or three name words, with particles only between them: "Jonas Gahr Støre", "Ursula von der Leyen". */
function isNameRun(words: string[]): boolean {
  const named = words.filter((w, i) => !(i > 0 && i < words.length - 1 && PARTICLE.test(w)));
  return named.length >= 2 && named.length <= 3 && named.every((w) => NAME_WORD_ONLY.test(w) && !/['’]/.test(w));
}

/** A Title Case headline capitalises every word: bare capitalised runs there are not names. */
function isHeadline(text: string, at: number): boolean {
  const ls = text.lastIndexOf('\n', at) + 1;
  const le = text.indexOf('\n', at);
  const words = text.slice(ls, le === -1 ? text.length : le).split(/\s+/).filter((w) => /^[A-Za-z]/.test(w));
  return words.length >= 4 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.6;
}

function push(out: EntityMention[], m: EntityMention): void {
  if (out.some((o) => o.start < m.end && m.start < o.end)) return;
  out.push(m);
}

/** A body of two words or more, ending in what a body is called, that owns the name after it. */
const OWNING_BODY = /^((?:[A-Z][A-Za-z.&-]*\s+(?:(?:of|for|and|the)\s+)*){1,5}(?:Organization|Organisation|Union|Commission|Council|Ministry|Department|Office|Parliament|Government|Administration|Agency|Court|Association|Federation|Forum|Bank|Fund))['’]s\s+(?=[A-Z])/;

/** What a capitalised run (see CAPS) reads as before the text around it is read: the same for the same run. */
interface RunHead {
  /** Where the scan goes on, from the run's start, when the run crosses a full stop. */
  resume?: number;
  /** The name left to read and where it starts in the run; none when the run names nothing. */
  phrase?: string;
  at: number;
  /** Names the run opens with (a country or a body that owns the name), from the run's start. */
  opening: Array<{ at: number; text: string; kind: EntityKind; canonical: string }>;
}

/** Runs recur ("The", "Trump", "the United States"): each is read once (bounded). */
const runHead = boundedMemo(readRunHead, 50_000);

function readRunHead(run: string): RunHead {
  const head: RunHead = { at: 0, opening: [] };
  // A run that crosses a full stop ("… Scott Bessent. Curbs on Hanwha …") is read up to it, and
  // what follows is scanned again as a run of its own.
  const stop = run.search(/\.\s/);
  if (stop >= 0 && !/(?:\b[A-Z]\.[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Co|Corp|Inc|Ltd|Gen|Gov|Sen|Rep))$/.test(run.slice(0, stop))) head.resume = stop + 1;
  let phrase = run.replace(/\.\s[\s\S]*$/, (tail) => (/^\.\s/.test(tail) ? '' : tail)).replace(/^(?:(?:of|for|and|the|on|in)\s+)+/, '').replace(/(?:\s+(?:of|for|and|the|on|in))+$/, '').replace(/[’']s$/, '');
  if (phrase.endsWith('.') && !/(Corp|Co|Ltd|Inc|U\.S|U\.K)\.$/.test(phrase)) phrase = phrase.slice(0, -1);
  if (!phrase || phrase.length < 2) return head;
  let at = run.indexOf(phrase);
  // "The Commerce Department said", "In Geneva, …": a capital that only starts the sentence is not part of the name.
  for (let w = /^(\S+)\s+/.exec(phrase); w && STOP_START.has(w[1]); w = /^(\S+)\s+/.exec(phrase)) {
    phrase = phrase.slice(w[0].length).replace(/^(?:(?:of|for|and|the|on|in)\s+)+/, '');
    at = run.indexOf(phrase, at + 1);
  }
  // "Wednesday's State of the Union speech": a day's or a month's possessive tells when, not whose.
  const when = CALENDAR_POSSESSIVE.exec(phrase);
  if (when) {
    phrase = phrase.slice(when[0].length);
    at += when[0].length;
  }
  // "Germany's Deutsche Post": the country that owns it is a name of its own, not part of this one.
  const owner = /^([A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)['’]s\s+(?=[A-Z])/.exec(phrase);
  const ownerName = owner && (PLACES.has(owner[1]) || PLACE_ALIASES[owner[1]]) ? owner[1] : undefined;
  if (owner && ownerName) {
    head.opening.push({ at, text: ownerName, kind: 'place', canonical: PLACE_ALIASES[ownerName] ?? ownerName });
    phrase = phrase.slice(owner[0].length);
    at += owner[0].length;
  }
  // "The World Trade Organization's General Council": a body's body is named on its own, as the
  // body that acts ("the General Council adopted"); its owner is a name of its own too.
  const body = !ownerName ? OWNING_BODY.exec(phrase) : null;
  if (body) {
    head.opening.push({ at, text: body[1], kind: 'organization', canonical: body[1] });
    phrase = phrase.slice(body[0].length);
    at += body[0].length;
  }
  // "the Council on Foreign Relations in May": the date is not part of the name.
  head.phrase = phrase.replace(CALENDAR_AFTER, '');
  head.at = at;
  return head;
}

export function extractEntities(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  TITLE_NAME.lastIndex = 0;
  for (let m = TITLE_NAME.exec(text); m; m = TITLE_NAME.exec(text)) {
    const name = m[2].replace(/['’]s$/, '');
    const parts = name.split(/\s+/).filter((w) => !INITIAL.test(w));
    // "the APEC CEO Summit": a title before a run that names an occasion or a body, not a person.
    if (MONTHS.test(parts[0]) || PLACES.has(name) || runKind(parts[parts.length - 1]) !== 'person') continue;
    const start = m.index + m[0].length - m[2].length; // where the name begins, possessive or not
    push(out, { start, end: start + name.length, text: name, kind: 'person', canonical: parts.join(' '), role: m[1].replace(/\s+/g, ' ') });
  }
  // A byline on a line of its own ("By Jane Doe", "By Jane Doe, Reuters"): the reporter.
  for (const m of text.matchAll(BYLINE)) {
    const start = m.index! + m[0].indexOf(m[1]);
    const agency = m[2]?.trim();
    push(out, { start, end: start + m[1].length, text: m[1], kind: 'person', canonical: m[1], role: 'reporter', ...(agency ? { affiliation: agency } : {}) });
  }
  APPOSITIVE.lastIndex = 0;
  for (let m = APPOSITIVE.exec(text); m; m = APPOSITIVE.exec(text)) {
    const org = m[3].replace(/\s+(?:the|of|and|in|on|for)$/, '').trim();
    push(out, { start: m.index, end: m.index + m[1].length, text: m[1], kind: 'person', canonical: m[1], role: m[2].trim(), affiliation: org });
    const os = m.index + m[0].length - m[3].length;
    push(out, { start: os, end: os + org.length, text: org, kind: 'organization', canonical: org });
  }
  // Ministries named by their portfolio: "commerce ministry" is the Ministry of Commerce.
  for (const m of text.matchAll(/\b(?:Ministry of ([A-Z][a-z]+(?: Affairs)?)|([Cc]ommerce|[Ff]oreign|[Ff]inance) [Mm]inistry)\b/g)) {
    const more = m[1] ? fieldsAfter(text, m.index! + m[0].length) : '';
    if (more) {
      push(out, { start: m.index!, end: m.index! + m[0].length + more.length, text: m[0] + more, kind: 'organization', canonical: m[0] + more });
      continue;
    }
    const field = (m[1] ?? m[2]).replace(/^./, (c) => c.toUpperCase());
    push(out, { start: m.index!, end: m.index! + m[0].length, text: m[0], kind: 'organization', canonical: `${field === 'Foreign' ? 'Foreign' : field === 'Commerce' ? 'Ministry of Commerce' : `Ministry of ${field}`}`.replace(/^Foreign$/, 'Foreign Ministry') });
  }
  CAPS.lastIndex = 0;
  for (let m = CAPS.exec(text); m; m = CAPS.exec(text)) {
    const head = runHead(m[0]);
    if (head.resume !== undefined) CAPS.lastIndex = m.index + head.resume;
    for (const o of head.opening) push(out, { start: m.index + o.at, end: m.index + o.at + o.text.length, text: o.text, kind: o.kind, canonical: o.canonical });
    if (head.phrase === undefined) continue;
    let phrase = head.phrase;
    let start = m.index + head.at;
    // "Limits on Hanwha Ocean Co.": a sentence's first word joined to a name by "on"/"in" is not part of it.
    const joined = /^[A-Z][a-z]+\s+(?:on|in)\s+(?=[A-Z])/.exec(phrase);
    if (joined && atSentenceStart(text, start)) {
      phrase = phrase.slice(joined[0].length);
      start += joined[0].length;
    }
    // "Both ASEAN …", "Meanwhile Beijing …": a known name after the sentence's first word.
    const rest = /^[A-Z][a-z]+\s+(.+)$/.exec(phrase)?.[1];
    if (rest && (PLACES.has(rest) || PLACE_ALIASES[rest] || KNOWN_ORGS[rest] || THINGS.has(rest)) && atSentenceStart(text, start)) {
      start += phrase.length - rest.length;
      phrase = rest;
    }
    // "Sir Keir Starmer said": the honorific is left out of the name it heads.
    const honorific = HONORIFIC_LEAD.exec(phrase);
    if (honorific) {
      phrase = phrase.slice(honorific[0].length);
      start += honorific[0].length;
    }
    // "the Federation of Indian Steel Exporters in Mumbai": a body and where it met, not one name.
    const inPlace = /^(.+?)\s+in\s+((?:The\s+)?[A-Z][^]*)$/.exec(phrase);
    if (inPlace && (PLACES.has(inPlace[2]) || PLACE_ALIASES[inPlace[2]]) && ORG_WORDS.test(inPlace[1]) && /\s/.test(inPlace[1])) {
      const at = start + phrase.length - inPlace[2].length;
      push(out, { start: at, end: at + inPlace[2].length, text: inPlace[2], kind: 'place', canonical: PLACE_ALIASES[inPlace[2]] ?? inPlace[2] });
      phrase = inPlace[1];
    }
    if (phrase.length < 2) continue;
    const first = phrase.split(/\s+/)[0];
    const words = phrase.split(/\s+/);
    let kind: EntityKind | undefined;
    let canonical = phrase;
    if (PLACES.has(phrase) || PLACE_ALIASES[phrase]) {
      kind = 'place';
      canonical = PLACE_ALIASES[phrase] ?? phrase;
    } else if (KNOWN_ORGS[phrase]) {
      kind = 'organization';
      canonical = KNOWN_ORGS[phrase];
    } else if (THINGS.has(phrase)) kind = 'thing';
    else if (words.length >= 2 && ORG_WORDS.test(phrase) && !STOP_START.has(first)) {
      kind = 'organization';
      // "the Ministry of Industry and Trade", "the Ministry of Economy, Trade and Industry": a
      // body's fields joined by "and" are its name, which the run stops short of.
      const more = FIELD_BODY.test(phrase) ? fieldsAfter(text, start + phrase.length) : '';
      if (more) {
        phrase += more;
        canonical = phrase;
        CAPS.lastIndex = Math.max(CAPS.lastIndex, start + phrase.length);
      }
    }
    else kind = bareRunKind(text, start, words);
    if (kind) push(out, { start, end: start + phrase.length, text: phrase, kind, canonical });
    else if (JOINED_RUN.test(phrase)) {
      // "Geneva in May", "Madrid in September": a known name inside a longer capitalised run.
      PIECE.lastIndex = 0;
      for (let p = PIECE.exec(phrase); p; p = PIECE.exec(phrase)) {
        const name = p[0];
        const at = start + p.index;
        if (PLACES.has(name) || PLACE_ALIASES[name]) push(out, { start: at, end: at + name.length, text: name, kind: 'place', canonical: PLACE_ALIASES[name] ?? name });
        else if (KNOWN_ORGS[name]) push(out, { start: at, end: at + name.length, text: name, kind: 'organization', canonical: KNOWN_ORGS[name] });
        // "met Vincent Karremans in The Hague": the name the run opens with, before "in" a place.
        else if (p.index === 0 && IN_PLACE.test(phrase.slice(name.length)) && bareRunKind(text, at, name.split(/\s+/)) === 'person') push(out, { start: at, end: at + name.length, text: name, kind: 'person', canonical: name });
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  // People's surnames first: "Trump's" after "Donald Trump" is the man, never a company.
  resolveShortNames(text, out);
  oneWordCompanies(text, out);
  return out;
}

// A word beside a company's one-word name that says what it is: "chipmaker Nexperia", "Pfizer's shares".
const COMPANY_BEFORE = /\b(?:company|firm|chipmaker|carmaker|automaker|drugmaker|maker|giant|conglomerate|supplier|manufacturer|parent|subsidiary|exporter|importer|retailer|platform|startup|lender|insurer|miner|shipbuilder|operator|rival|group|carrier|courier|airline|shipper|app)\s+$/i;
const COMPANY_AFTER = /^(?:['’]s\s+(?:shares|stock|plants?|factor(?:y|ies)|units?|subsidiar(?:y|ies)|CEO|chips|products|headquarters)\b|\s+(?:shares|stock|Inc|Corp|Ltd|Group)\b|,\s+(?:which|whose)\s+(?:owns|makes|produces|supplies|builds)\b)/;
const ONE_WORD = /\b[A-Z][a-z]+(?:[A-Z][a-z]+)*\b/g;
const TITLE_WORDS = /^(?:President|Premier|Minister|Secretary|Chairman|Chancellor|Governor|Senator|Ambassador|Commissioner|Director|Spokesman|Spokeswoman|Section|Article|Phase|Act|Order|Annex|Chapter|Part|Tariff|Trade|State|Federal|National|Global|Official|Reuters|Associated|Press)$/;

/** A capitalised word that opens no person's name: a title, a calendar word, a sentence opener. */
export function opensNoName(word: string): boolean {
  return TITLE_WORDS.test(word) || MONTHS.test(word) || STOP_START.has(word) || NOT_FIRST_NAME.test(word);
}

/**
 * Companies named in one word ("Nexperia", "Pfizer", "AstraZeneca"), which the capitalised runs
 * above leave out as single words: one the text writes mid-sentence, at least once
 * beside a word that says it is a company, and never in lower case.
 */
function oneWordCompanies(text: string, out: EntityMention[]): void {
  const seen = new Map<string, { mid: number; cue: boolean; at: number[] }>();
  ONE_WORD.lastIndex = 0;
  for (let m = ONE_WORD.exec(text); m; m = ONE_WORD.exec(text)) {
    const word = m[0];
    if (word.length < 4 || out.some((o) => o.start <= m!.index && m!.index < o.end)) continue;
    let w = seen.get(word);
    if (!w) seen.set(word, (w = { mid: 0, cue: false, at: [] }));
    w.at.push(m.index);
    if (!atSentenceStart(text, m.index)) w.mid++;
    if (COMPANY_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index)) || COMPANY_AFTER.test(text.slice(m.index + word.length, m.index + word.length + 30))) w.cue = true;
  }
  for (const [word, w] of seen) {
    if (w.mid < 1 || !w.cue || PLACES.has(word) || PLACE_ALIASES[word] || KNOWN_ORGS[word] || THINGS.has(word) || MONTHS.test(word) || DEMONYM.test(word) || STOP_START.has(word) || TITLE_WORDS.test(word)) continue;
    if (new RegExp(`\\b${word.toLowerCase()}\\b`).test(text)) continue;
    for (const at of w.at) push(out, { start: at, end: at + word.length, text: word, kind: 'organization', canonical: word });
  }
  out.sort((a, b) => a.start - b.start);
}

/** "Bessent" after "Scott Bessent" in the same article is the same person. */
function resolveShortNames(text: string, out: EntityMention[]): void {
  const surnames = new Map<string, string>();
  for (const m of out) if (m.kind === 'person') surnames.set(surnameOf(m.canonical), m.canonical);
  for (const [surname, full] of surnames) {
    if (surname.length < 3 || surname === full) continue;
    // "Von der Leyen" opens a sentence as "von der Leyen" runs on inside one.
    const esc = escapeRegExp(surname.slice(1));
    const head = surname[0] === surname[0].toUpperCase() ? surname[0] : `[${surname[0]}${surname[0].toUpperCase()}]`;
    // (\b where the name starts in ASCII: a lookbehind before every letter made this scan slower.)
    const re = new RegExp(`${/^[A-Za-z]/.test(surname) ? '\\b' : NAME_START}${head}${esc}${NAME_END}`, 'g');
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      if (!out.some((o) => o.start <= start && start < o.end)) out.push({ start, end: start + m[0].length, text: m[0], kind: 'person', canonical: full });
    }
  }
  out.sort((a, b) => a.start - b.start);
}
