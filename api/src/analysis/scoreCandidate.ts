import type { GazetteerKey } from './gazetteerKeys.ts';
import { toSimplified } from './toSimplified.ts';
import type { Candidate } from './types.ts';

/** The matched text in the forms a name is compared with, computed once per match. */
export interface MatchedSpan {
  readonly text: string;
  readonly lower: string;
  readonly simplified: string;
  readonly simplifiedLower: string;
}

/** The forms of a matched span that `scoreCandidate` compares. */
export function matchedSpan(text: string): MatchedSpan {
  const lower = text.toLowerCase();
  return { text, lower, simplified: toSimplified(text), simplifiedLower: toSimplified(lower) };
}

// The forms of each key's name, computed once when the key is first scored.
const nameForms = new WeakMap<GazetteerKey, MatchedSpan>();

/**
 * How well a span of the text names an entity through one of its keys: 1 for the name as the
 * graph prints it, less for each normalisation needed and for each end of the span that is not
 * on a word boundary (`[start on a boundary, end on a boundary]`).
 */
export function scoreCandidate(span: MatchedSpan, key: GazetteerKey, boundaries: readonly [boolean, boolean]): Candidate {
  let score: number;
  let how: string;
  let name = nameForms.get(key);
  if (!name) nameForms.set(key, (name = matchedSpan(key.name)));
  if (key.form === 'romanised') [score, how] = [0.8, 'romanised Chinese name'];
  else if (span.text === name.text) [score, how] = [1, 'exact'];
  else if (span.lower === name.lower) [score, how] = [0.95, 'case'];
  else if (span.simplified === name.simplified) [score, how] = [0.9, 'traditional/simplified Chinese'];
  else if (span.simplifiedLower === name.simplifiedLower) [score, how] = [0.9, 'case, Chinese script'];
  else [score, how] = [0.85, 'spacing, dots or punctuation'];
  if (key.form === 'alias') score *= 0.97;
  // Short keys (acronyms, one-word names) are more often something else.
  if (key.key.length <= 3) score *= 0.9;
  // Word boundaries only score a match, never find it: Thai and Chinese words are run together.
  const onBoundaries = (boundaries[0] ? 1 : 0) + (boundaries[1] ? 1 : 0);
  score *= onBoundaries === 2 ? 1 : onBoundaries === 1 ? 0.9 : 0.75;
  const where = onBoundaries === 2 ? '' : `, ${2 - onBoundaries} end(s) inside a word`;
  return { entityId: key.entityId, score: Math.round(score * 1000) / 1000, reason: `${key.field} "${key.name}" (${how}${where})` };
}
