// What a user can see of an engine (warnings, hovers, completions, the views), in an order that
// does not depend on how its index was built: two engines that must agree are compared on it.
import * as fs from 'fs';
import * as path from 'path';
import type { Engine } from '../../../src/core/engine/engine';

const OWN_EVAL = path.join(__dirname, '../../../../test/fixtures/own-eval');

/** Everything a user can see of an engine, in an order that does not depend on how it was built. */
export function visible(engine: Engine, briefs: string[], stride = 37): unknown {
  const s = engine.snapshot();
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const probes = briefs.flatMap((b) => {
    const hovers: unknown[] = [];
    const completions: unknown[] = [];
    for (let at = 0; at < b.length; at += stride) hovers.push(engine.hoverAt(b, at));
    for (let at = 40; at < b.length; at += 211) completions.push(engine.complete(b.slice(0, at), at, 'MMMM D, YYYY'));
    // Completion of a date being typed: each "Month D" in the text, cut where the day ends.
    for (const m of b.matchAll(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/g)) {
      const at = m.index! + m[0].length;
      completions.push(engine.complete(b.slice(0, at), at, 'MMMM D, YYYY'));
    }
    return [engine.check(b), hovers, completions];
  });
  // Every event's name, hovered where a writer would type it.
  const names = s.events.map((e) => e.name).sort();
  const nameText = names.join('\n');
  let offset = 0;
  const eventHovers = names.map((n) => {
    const card = engine.hoverAt(nameText, offset + 1);
    offset += n.length + 1;
    return card;
  });
  return {
    documents: s.documents,
    eventHovers,
    entities: byId(s.entities),
    events: byId(s.events),
    facts: byId(s.facts).map((f) => ({ ...f })),
    probes,
  };
}

export function copyOwnEval(dir: string): string[] {
  const briefs: string[] = [];
  for (const set of fs.readdirSync(OWN_EVAL)) {
    for (const f of fs.readdirSync(path.join(OWN_EVAL, set, 'sources'))) fs.copyFileSync(path.join(OWN_EVAL, set, 'sources', f), path.join(dir, `${set}-${f}`));
    for (const f of fs.readdirSync(path.join(OWN_EVAL, set, 'briefs'))) briefs.push(fs.readFileSync(path.join(OWN_EVAL, set, 'briefs', f), 'utf8'));
  }
  return briefs;
}
