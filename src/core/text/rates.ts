// Percentages as trade copy writes them ("25%", "27.5 per cent", "10 percent"): the rates that tell
// one tariff from another.

const RATE = /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)\s?(?:%|per\s?cent|percent)/gi;

/** The rates written in `text`, as written ("27.5", not "27.50"), in order. */
export function ratesIn(text: string): string[] {
  return [...text.matchAll(RATE)].map((m) => m[1]);
}
