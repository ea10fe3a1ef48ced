// Who a person is, as the sources put it: each role once, however it is spelt ("U.S. Treasury
// Secretary", "US Treasury Secretary"), and a bare role left out where a fuller one ends with it.

export interface RoleLike {
  role: string;
  affiliation?: string;
}

/** A role with its affiliation, unless the role already names it. */
function label(r: RoleLike): string {
  return r.affiliation && !r.role.toLowerCase().includes(r.affiliation.toLowerCase()) ? `${r.role}, ${r.affiliation}` : r.role;
}

/** Distinct role labels in the order the sources give them; "Treasury Secretary" gives way to "US Treasury Secretary". */
export function distinctRoles(roles: ReadonlyArray<RoleLike | string>): string[] {
  const labels = roles.map((r) => (typeof r === 'string' ? r : label(r)));
  const key = (r: string) => r.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
  const keys = labels.map(key);
  const out: string[] = [];
  const seen = new Set<string>();
  labels.forEach((r, i) => {
    const k = keys[i];
    if (!k || seen.has(k)) return;
    if (keys.some((o) => o !== k && o.endsWith(` ${k}`))) return; // a longer role ends with this one
    seen.add(k);
    out.push(r);
  });
  return out;
}
