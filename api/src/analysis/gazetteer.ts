import AhoCorasick from 'modern-ahocorasick';
import { gazetteerKeys, type GazetteerKey } from './gazetteerKeys.ts';
import { normalizeText } from './normalizeText.ts';
import { scoreCandidate } from './scoreCandidate.ts';
import type { Candidate, GazetteerEntry, Mention } from './types.ts';
import { wordBoundaries } from './wordBoundaries.ts';

/** The graph's names, matched in any text; kept current as entities are added, changed or removed. */
export interface Gazetteer {
  /** Adds an entity, or replaces the names of one already there. */
  add(entry: GazetteerEntry): void;
  /** Forgets an entity; false if it was not there. */
  remove(entityId: string): boolean;
  /** Number of entities held. */
  readonly size: number;
  /** Every span of the text that normalises to a name or alias, longest first where they overlap. */
  find(text: string): Mention[];
}

// New keys wait in a small second automaton; past this share of the main one, both are rebuilt as one.
const OVERLAY_SHARE = 0.1;
const OVERLAY_MINIMUM = 1000;

/**
 * Builds a gazetteer: one Aho–Corasick automaton over the normalised keys of all names, searched
 * on the normalised text and mapped back to the original offsets.
 */
export function buildGazetteer(entries: Iterable<GazetteerEntry>): Gazetteer {
  const byKey = new Map<string, Map<string, GazetteerKey>>();
  const keysOf = new Map<string, string[]>();
  let compiled = new Set<string>();
  let base: AhoCorasick<never> | null = null;
  let overlayKeys = new Set<string>();
  let overlay: AhoCorasick<never> | null = null;

  const add = (entry: GazetteerEntry): void => {
    if (keysOf.has(entry.entityId)) remove(entry.entityId);
    const keys = gazetteerKeys(entry);
    keysOf.set(
      entry.entityId,
      keys.map((k) => k.key),
    );
    for (const key of keys) {
      let holders = byKey.get(key.key);
      if (!holders) byKey.set(key.key, (holders = new Map()));
      holders.set(key.entityId, key);
      if (base && !compiled.has(key.key) && !overlayKeys.has(key.key)) {
        overlayKeys.add(key.key);
        overlay = null;
      }
    }
  };
  // A removed key stays in the automaton until the next rebuild; a match on it finds no holder.
  const remove = (entityId: string): boolean => {
    const keys = keysOf.get(entityId);
    if (!keys) return false;
    for (const key of keys) {
      const holders = byKey.get(key);
      holders?.delete(entityId);
      if (holders?.size === 0) byKey.delete(key);
    }
    keysOf.delete(entityId);
    return true;
  };
  const rebuild = (): void => {
    compiled = new Set(byKey.keys());
    base = new AhoCorasick<never>([...compiled]);
    overlayKeys = new Set();
    overlay = null;
  };
  const automata = (): AhoCorasick<never>[] => {
    if (!base || overlayKeys.size > Math.max(OVERLAY_MINIMUM, compiled.size * OVERLAY_SHARE)) rebuild();
    if (overlayKeys.size > 0 && !overlay) overlay = new AhoCorasick<never>([...overlayKeys]);
    return [base, overlay].filter((a): a is AhoCorasick<never> => a !== null);
  };

  const find = (text: string): Mention[] => {
    const normal = normalizeText(text);
    const hits: { start: number; end: number; candidates: Candidate[]; kind: GazetteerKey['kind'] }[] = [];
    let boundaries: ReadonlySet<number> | null = null;
    for (const automaton of automata()) {
      for (const match of automaton.iterate(normal.text)) {
        const holders = byKey.get(match.pattern);
        if (!holders || holders.size === 0) continue;
        const start = normal.starts[match.start] ?? 0;
        const end = normal.ends[match.end - 1] ?? start;
        boundaries ??= wordBoundaries(text);
        const candidates = [...holders.values()]
          .map((key) => scoreCandidate(text, start, end, key, boundaries as ReadonlySet<number>))
          .filter((c): c is Candidate => c !== null)
          .sort((a, b) => b.score - a.score || a.entityId.localeCompare(b.entityId));
        const best = candidates[0];
        if (best) hits.push({ start, end, candidates, kind: holders.get(best.entityId)?.kind ?? 'AGENCY' });
      }
    }
    // The longest of overlapping matches wins; ties go to the earlier one.
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: typeof hits = [];
    for (const hit of hits) if (!taken.some((t) => hit.start < t.end && t.start < hit.end)) taken.push(hit);
    taken.sort((a, b) => a.start - b.start);
    return taken.map((hit) => ({
      start: hit.start,
      end: hit.end,
      text: text.slice(hit.start, hit.end),
      kind: hit.kind,
      candidates: hit.candidates,
      rule: 'gazetteer',
      attributes: {},
    }));
  };

  for (const entry of entries) add(entry);
  return {
    add,
    remove,
    find,
    get size() {
      return keysOf.size;
    },
  };
}
