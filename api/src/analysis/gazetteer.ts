import { compileMatcher, type Matcher } from './compileMatcher.ts';
import { gazetteerKeys, type GazetteerKey } from './gazetteerKeys.ts';
import { normalizeText } from './normalizeText.ts';
import { matchedSpan, scoreCandidate } from './scoreCandidate.ts';
import { similarNames, type SimilarNamesOptions } from './similarNames.ts';
import type { Candidate, GazetteerEntry, Mention } from './types.ts';
import { boundariesAt } from './wordBoundaries.ts';

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
  /** The entities whose names are like `name` in any script, best first (`similarNames.ts`). */
  similar(name: string, options?: SimilarNamesOptions): Candidate[];
}

const COMBINING = /\p{M}/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;
const MARK = 1;
const WORD = 2;

/** For each UTF-16 unit: a combining mark (no match begins or ends before one), a Latin letter or digit (no match runs into a longer word: `MOST` in `almost`), or neither. */
function characterClasses(text: string): Uint8Array {
  const out = new Uint8Array(text.length + 1);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) out[i] = (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) ? WORD : 0;
    else {
      const char = text[i] as string;
      out[i] = COMBINING.test(char) ? MARK : LATIN_OR_DIGIT.test(char) ? WORD : 0;
    }
  }
  return out;
}
// A name shared by more entities than this proposes only the best scored of them.
const MAX_CANDIDATES = 20;
// New keys wait in a small second automaton; past this share of the main one, both are rebuilt as one.
const OVERLAY_SHARE = 0.1;
const OVERLAY_MINIMUM = 1000;

/**
 * Builds a gazetteer: one Aho–Corasick automaton over the normalised keys of all names, searched
 * on the normalised text and mapped back to the original offsets.
 */
export function buildGazetteer(entries: Iterable<GazetteerEntry>): Gazetteer {
  const byKey = new Map<string, GazetteerKey[]>();
  const keysOf = new Map<string, string[]>();
  let compiled = new Set<string>();
  let base: Matcher | null = null;
  let overlayKeys = new Set<string>();
  let overlay: Matcher | null = null;

  const add = (entry: GazetteerEntry): void => {
    if (keysOf.has(entry.entityId)) remove(entry.entityId);
    const keys = gazetteerKeys(entry);
    keysOf.set(
      entry.entityId,
      keys.map((k) => k.key),
    );
    for (const key of keys) {
      let holders = byKey.get(key.key);
      if (!holders) byKey.set(key.key, (holders = []));
      holders.push(key);
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
      const holders = byKey.get(key)?.filter((k) => k.entityId !== entityId) ?? [];
      if (holders.length === 0) byKey.delete(key);
      else byKey.set(key, holders);
    }
    keysOf.delete(entityId);
    return true;
  };
  const rebuild = (): void => {
    compiled = new Set(byKey.keys());
    base = compileMatcher([...compiled]);
    overlayKeys = new Set();
    overlay = null;
  };
  const automata = (): Matcher[] => {
    if (!base || overlayKeys.size > Math.max(OVERLAY_MINIMUM, compiled.size * OVERLAY_SHARE)) rebuild();
    if (overlayKeys.size > 0 && !overlay) overlay = compileMatcher([...overlayKeys]);
    return [base, overlay].filter((a): a is Matcher => a !== null);
  };

  const find = (text: string): Mention[] => {
    const normal = normalizeText(text);
    const marks = characterClasses(text);
    const hits: { start: number; end: number; pattern: string }[] = [];
    for (const automaton of automata()) {
      automaton.search(normal.text, (index, from, to) => {
        const pattern = automaton.patterns[index] as string;
        if (!byKey.get(pattern)?.length) return;
        const start = normal.starts[from] ?? 0;
        let end = normal.ends[to - 1] ?? start;
        // An acronym's final dot belongs to the mention when the name prints it too (`บพท.`).
        if (text[end] === '.' && byKey.get(pattern)?.some((k) => k.name.endsWith('.'))) end += 1;
        // No match begins or ends inside a character cluster (before a Thai vowel or tone mark).
        if (marks[start] === MARK || marks[end] === MARK) return;
        if ((marks[start] === WORD && marks[start - 1] === WORD) || (marks[end - 1] === WORD && marks[end] === WORD)) return;
        hits.push({ start, end, pattern });
      });
    }
    // The longest of crossing matches wins; ties go to the earlier one.
    hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: typeof hits = [];
    // `owner[i]`: the outermost kept match over unit i. A match inside a longer one stays (a
    // place in an agency's name); one that crosses a longer one is dropped.
    const owner = new Int32Array(text.length).fill(-1);
    for (const hit of hits) {
      const outer = owner[hit.start] as number;
      let free = true;
      for (let i = hit.start; i < hit.end && free; i += 1) if (owner[i] !== -1) free = false;
      const nested = outer !== -1 && owner[hit.end - 1] === outer && !(taken[outer]?.start === hit.start && taken[outer]?.end === hit.end);
      if (!free && !nested) continue;
      if (free) owner.fill(taken.length, hit.start, hit.end);
      taken.push(hit);
    }
    taken.sort((a, b) => a.start - b.start);
    return taken.map((hit) => {
      const holders = byKey.get(hit.pattern) ?? [];
      const boundaries = boundariesAt(text, hit.start, hit.end);
      const span = matchedSpan(text.slice(hit.start, hit.end));
      const candidates = holders
        .map((key) => scoreCandidate(span, key, boundaries))
        .sort((a, b) => b.score - a.score || a.entityId.localeCompare(b.entityId))
        .slice(0, MAX_CANDIDATES);
      const best = holders.find((k) => k.entityId === candidates[0]?.entityId);
      return {
        start: hit.start,
        end: hit.end,
        text: text.slice(hit.start, hit.end),
        kind: best?.kind ?? null,
        candidates,
        rule: 'gazetteer',
        attributes: {},
      };
    });
  };

  for (const entry of entries) add(entry);
  return {
    add,
    remove,
    find,
    similar: (name, options) => similarNames(byKey, name, options),
    get size() {
      return keysOf.size;
    },
  };
}
