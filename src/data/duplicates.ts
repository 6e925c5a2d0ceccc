/**
 * Nobody is paid twice: a payee whose name appears more than once in a data file (two JSON entries,
 * or CSV rows that spell the same name differently: other case, extra spaces, another Unicode
 * form) is not paid at all. We cannot know which entry is right, so every entry of that payee
 * fails with one PP6013 naming all the places; every other payee is still paid.
 */
import type { PayeeEntry, RowLocation } from './entries.js';

/** The name that identifies a payee: Unicode NFC, runs of spaces as one, case folded. */
export function payeeKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface Candidate {
  readonly entry: PayeeEntry;
  /** The payee's name as written, or null for an unnamed payee (never a duplicate). */
  readonly name: string | null;
  /** Where this entry is, for the message: `#3`, `line 7`. */
  readonly place: string;
  readonly location: RowLocation;
}

/** The entries with each duplicated payee collapsed into one failing entry, where it first appears. */
export function withoutDuplicates(candidates: readonly Candidate[], describe: (group: readonly Candidate[]) => string): PayeeEntry[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.name === null) continue;
    const key = payeeKey(c.name);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [c]);
    else group.push(c);
  }
  const out: PayeeEntry[] = [];
  for (const c of candidates) {
    const group = c.name === null ? undefined : groups.get(payeeKey(c.name));
    if (group === undefined || group.length < 2) {
      out.push(c.entry);
      continue;
    }
    if (group[0] !== c) continue;
    const location = c.location;
    out.push({
      payee: c.entry.payee,
      data: null,
      problem: { code: 'PP6013', args: { where: `payee "${c.entry.payee}"`, places: describe(group) }, location },
      locate: () => location,
    });
  }
  return out;
}

/** `a and b`, `a, b and c`. */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
