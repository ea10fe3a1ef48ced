// The year an undated page's story is in, told by the days it shares with dated sources: "The
// Legislative Yuan ratified the package on Nov. 16 … a day after ministers in Doha approved it on
// Nov. 10" on a page with no date, beside a Doha wire of Nov. 10, 2001 telling the same approval.
import type { Derived } from '../index/corpusIndex';
import type { Fact } from '../types';

/** Words or names two facts must share to be taken for one event told twice. */
const SAME_EVENT_SHARED = 2;
/** Days of the page that must agree on a year, and by more than any other year gets. */
const AGREEING_DAYS = 2;

interface State {
  /** Facts with a known year and a day (or a time on it), by month and day ("11-16"). */
  byDay: Map<string, Fact[]>;
  years: Map<string, number | undefined>;
}
const states = new WeakMap<Derived, State>();

/**
 * The year most of the page's yearless days are given by dated sources telling the same events, when
 * at least two of them agree on it and more agree on it than on any other; else nothing.
 */
export function agreedPageYear(corpus: Derived, path: string, pageFacts: Fact[]): number | undefined {
  const state = stateOf(corpus);
  if (state.years.has(path)) return state.years.get(path);
  const votes = new Map<number, number>();
  for (const f of pageFacts) {
    if (f.yearKnown || !/^XXXX-\d\d-\d\d$/.test(f.date.value)) continue;
    const years = new Set<number>();
    for (const g of state.byDay.get(f.date.value.slice(5)) ?? []) if (g.path !== path && shared(f, g) >= SAME_EVENT_SHARED) years.add(Number(g.date.value.slice(0, 4)));
    for (const y of years) votes.set(y, (votes.get(y) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const year = ranked.length && ranked[0][1] >= AGREEING_DAYS && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined;
  state.years.set(path, year);
  return year;
}

/** Whether a source dates something, with its year, on `iso` ("2024-12-06"). */
export function sourcesDateDay(corpus: Derived, iso: string): boolean {
  return (stateOf(corpus).byDay.get(iso.slice(5)) ?? []).some((g) => g.date.value.startsWith(iso));
}

function stateOf(corpus: Derived): State {
  let state = states.get(corpus);
  if (!state) {
    const byDay = new Map<string, Fact[]>();
    for (const g of corpus.facts) {
      if (!g.yearKnown || !/^\d{4}-\d\d-\d\d/.test(g.date.value)) continue;
      const key = g.date.value.slice(5, 10);
      const list = byDay.get(key);
      if (list) list.push(g);
      else byDay.set(key, [g]);
    }
    states.set(corpus, (state = { byDay, years: new Map() }));
  }
  return state;
}

function shared(f: Fact, g: Fact): number {
  let n = 0;
  for (const e of f.entities) if (g.entities.includes(e)) n++;
  for (const t of f.terms) if (g.terms.includes(t)) n++;
  return n;
}
