// The governments trade copy names: by name, by adjective ("Korean goods") or by capital standing
// for the government ("Beijing announced …"). London, Geneva and other venues of talks are left out
// as capitals: "the London round" is a place, not Britain acting.

interface Government {
  name: string;
  capital?: string;
  words: RegExp;
}

const GOVERNMENTS: Government[] = [
  { name: 'United States', capital: 'Washington', words: /\b(?:United States|U\.S\.|US|USA|America|American|Americans|Washington|White House|(?:Trump|Biden|Obama|Bush|Clinton)\s+administration)(?!\w)/ },
  { name: 'China', capital: 'Beijing', words: /\b(?:China|Chinese|Beijing)(?!\w)/ },
  { name: 'European Union', capital: 'Brussels', words: /\b(?:EU|E\.U\.|European Union|Brussels)(?!\w)/ },
  { name: 'Japan', capital: 'Tokyo', words: /\b(?:Japan|Japanese|Tokyo)(?!\w)/ },
  { name: 'South Korea', capital: 'Seoul', words: /\b(?:South Korea|Korea|Korean|Koreans|Seoul)(?!\w)/ },
  { name: 'Canada', capital: 'Ottawa', words: /\b(?:Canada|Canadian|Ottawa)(?!\w)/ },
  { name: 'Mexico', words: /\b(?:Mexico|Mexican)(?!\w)/ },
  { name: 'India', capital: 'New Delhi', words: /\b(?:India|Indian|New Delhi)(?!\w)/ },
  { name: 'Vietnam', capital: 'Hanoi', words: /\b(?:Vietnam|Vietnamese|Hanoi)(?!\w)/ },
  { name: 'Brazil', capital: 'Brasilia', words: /\b(?:Brazil|Brazilian|Brasilia|Brasília)(?!\w)/ },
  { name: 'Switzerland', words: /\b(?:Switzerland|Swiss|Bern)(?!\w)/ },
  { name: 'United Kingdom', words: /\b(?:United Kingdom|Britain|British|UK|U\.K\.)(?!\w)/ },
  { name: 'Indonesia', capital: 'Jakarta', words: /\b(?:Indonesia|Indonesian|Jakarta)(?!\w)/ },
  { name: 'Taiwan', capital: 'Taipei', words: /\b(?:Taiwan|Taiwanese|Taipei)(?!\w)/ },
  { name: 'Russia', capital: 'Moscow', words: /\b(?:Russia|Moscow)(?!\w)/ },
  { name: 'Australia', capital: 'Canberra', words: /\b(?:Australia|Canberra)(?!\w)/ },
  { name: 'Germany', capital: 'Berlin', words: /\b(?:Germany|Berlin)(?!\w)/ },
  { name: 'France', capital: 'Paris', words: /\b(?:France|Paris)(?!\w)/ },
  { name: 'Turkey', capital: 'Ankara', words: /\b(?:Turkey|Türkiye|Turkish|Ankara)(?!\w)/ },
  { name: 'South Africa', capital: 'Pretoria', words: /\b(?:South Africa|South African|Pretoria)(?!\w)/ },
  { name: 'Thailand', capital: 'Bangkok', words: /\b(?:Thailand|Thai|Bangkok)(?!\w)/ },
  { name: 'Philippines', capital: 'Manila', words: /\b(?:Philippines|Philippine|Filipino|Manila)(?!\w)/ },
  { name: 'Pakistan', capital: 'Islamabad', words: /\b(?:Pakistan|Pakistani|Islamabad)(?!\w)/ },
  { name: 'Ukraine', capital: 'Kyiv', words: /\b(?:Ukraine|Ukrainian|Kyiv|Kiev)(?!\w)/ },
  { name: 'Poland', capital: 'Warsaw', words: /\b(?:Poland|Polish|Warsaw)(?!\w)/ },
  { name: 'New Zealand', capital: 'Wellington', words: /\b(?:New Zealand|Wellington)(?!\w)/ },
];

const BY_CAPITAL = new Map(GOVERNMENTS.filter((g) => g.capital).map((g) => [g.capital!, g.name]));

/** The government a capital stands for ("Beijing": "China"), if it is one. */
export function governmentOfCapital(place: string): string | undefined {
  return BY_CAPITAL.get(place);
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
