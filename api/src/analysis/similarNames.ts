import type { EntityKind } from '../../../common/kinds.ts';
import type { GazetteerKey } from './gazetteerKeys.ts';
import { normalizeName } from './normalizeText.ts';
import { romanizeChineseName } from './romanizeChineseName.ts';
import type { Candidate } from './types.ts';

/** Which entities `similarNames` looks among, and how many it gives. */
export interface SimilarNamesOptions {
  readonly kind?: EntityKind | null;
  readonly first?: number;
}

// Below this bigram likeness a name is not shown as similar.
const MIN_LIKENESS = 0.5;

/** The character bigrams of a key, counted (a one-character key is its own bigram). */
function bigrams(key: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...key];
  if (chars.length === 1) out.set(key, 1);
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const pair = `${chars[i]}${chars[i + 1]}`;
    out.set(pair, (out.get(pair) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice likeness of two bigram bags, in [0, 1]. */
function dice(a: Map<string, number>, aSize: number, b: string): number {
  const other = bigrams(b);
  let shared = 0;
  let bSize = 0;
  for (const [pair, n] of other) {
    bSize += n;
    shared += Math.min(n, a.get(pair) ?? 0);
  }
  return aSize + bSize === 0 ? 0 : (2 * shared) / (aSize + bSize);
}

/**
 * The entities whose names or aliases are like `name`, best first, one candidate per entity:
 * the same key once case, dots, spacing, Thai digits and Chinese script are set aside (score 1
 * for the name as printed, 0.95 otherwise); a romanised Chinese personal name matching its Hanzi
 * either way (0.9); then near spellings by bigram likeness (at most 0.85).
 */
export function similarNames(
  byKey: ReadonlyMap<string, readonly GazetteerKey[]>,
  name: string,
  options: SimilarNamesOptions = {},
): Candidate[] {
  const query = normalizeName(name);
  if (!query) return [];
  const romanised = new Set(romanizeChineseName(name).map(normalizeName));
  const wanted = (k: GazetteerKey): boolean => !options.kind || k.kind === options.kind;
  const best = new Map<string, Candidate>();
  const offer = (c: Candidate): void => {
    const held = best.get(c.entityId);
    if (!held || c.score > held.score) best.set(c.entityId, c);
  };
  const queryBigrams = bigrams(query);
  let querySize = 0;
  for (const n of queryBigrams.values()) querySize += n;
  for (const [key, holders] of byKey) {
    const exact = key === query;
    const viaRomanisation = romanised.has(key);
    const likeness = exact || viaRomanisation ? 1 : dice(queryBigrams, querySize, key);
    if (likeness < MIN_LIKENESS) continue;
    for (const k of holders) {
      if (!wanted(k)) continue;
      if (exact && k.form === 'romanised') offer({ entityId: k.entityId, score: 0.9, reason: `${k.field} (romanised Chinese name)` });
      else if (exact) {
        const same = k.name === name.trim();
        offer({
          entityId: k.entityId,
          score: same ? 1 : 0.95,
          reason: `${k.field} "${k.name}" (${same ? 'the same name' : 'the same name across case, dots, spacing or Chinese script'})`,
        });
      } else if (viaRomanisation)
        offer({ entityId: k.entityId, score: 0.9, reason: `${k.field} "${k.name}" (romanisation of ${name.trim()})` });
      else {
        const score = Math.round(likeness * 0.85 * 1000) / 1000;
        offer({
          entityId: k.entityId,
          score,
          reason: `${k.field} "${k.name}" (similar spelling, ${Math.round(likeness * 100)} % of letter pairs shared)`,
        });
      }
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.entityId.localeCompare(b.entityId)).slice(0, options.first ?? 10);
}
