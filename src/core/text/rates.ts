// Percentages as trade copy writes them ("25%", "27.5 per cent", "10 percent", "a 19-percent tariff"), and sums of money
// ("$100 per item", "US$75", "€1.2bn"): the figures that tell one tariff or fee from another.

import { NUMWORD, wordNumber } from '../dates/lexicon';

const RATE = /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)(?:\s?%|[\s-]?per[\s-]?cent)/gi;

// A rate in words, as releases write round ones: "a rate of zero percent", "ten per cent".
const WORD_RATE = new RegExp(`\\b(zero|${NUMWORD})(?:\\s|-)per(?:\\s|-)?cent\\b`, 'gi');

/** The rates written in `text`, as written ("27.5", not "27.50"), in order. */
export function ratesIn(text: string): string[] {
  return [...text.matchAll(RATE)].map((m) => m[1]);
}

/** The rates of `text` in figures, then those in words ("zero percent" is "0"). */
export function ratesInFiguresOrWords(text: string): string[] {
  const out = ratesIn(text);
  for (const m of text.matchAll(WORD_RATE)) out.push(String(wordNumber(m[1])));
  return out;
}

const MONEY = /(?:(?:\b(?:US|HK|A|C|NZ|S))?\$|€|£|¥)\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(trillion|tn|billion|bn|million|mn|m|b)\b)?/gi;
const SCALE: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, mn: 1e6, m: 1e6 };

/** The sums of money written in `text`, as numbers ("$1.5 billion" and "$1.5bn" alike: 1.5e9). */
export function sumsIn(text: string): number[] {
  return [...text.matchAll(MONEY)].map((m) => Number(m[1].replace(/,/g, '')) * (m[2] ? SCALE[m[2].toLowerCase()] : 1));
}
