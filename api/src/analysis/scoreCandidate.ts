import type { GazetteerKey } from './gazetteerKeys.ts';
import { toSimplified } from './toSimplified.ts';
import type { Candidate } from './types.ts';

const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

/**
 * How well a span of the text names an entity through one of its keys: 1 for the name as the
 * graph prints it, less for each normalisation needed and for a span that does not start and
 * end on a word boundary; `null` when a Latin span runs on into a longer word (`MOST` in `almost`).
 */
export function scoreCandidate(
  text: string,
  start: number,
  end: number,
  key: GazetteerKey,
  boundaries: ReadonlySet<number>,
): Candidate | null {
  const span = text.slice(start, end);
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  const first = span[0] ?? '';
  const last = span[span.length - 1] ?? '';
  if ((LATIN_OR_DIGIT.test(first) && LATIN_OR_DIGIT.test(before)) || (LATIN_OR_DIGIT.test(last) && LATIN_OR_DIGIT.test(after))) return null;

  let score: number;
  let how: string;
  if (key.form === 'romanised') [score, how] = [0.8, 'romanised Chinese name'];
  else if (span === key.name) [score, how] = [1, 'exact'];
  else if (span.toLowerCase() === key.name.toLowerCase()) [score, how] = [0.95, 'case'];
  else if (toSimplified(span) === toSimplified(key.name)) [score, how] = [0.9, 'traditional/simplified Chinese'];
  else if (toSimplified(span.toLowerCase()) === toSimplified(key.name.toLowerCase())) [score, how] = [0.9, 'case, Chinese script'];
  else [score, how] = [0.85, 'spacing, dots or punctuation'];
  if (key.form === 'alias') score *= 0.97;
  // Short keys (acronyms, one-word names) are more often something else.
  if (key.key.length <= 3) score *= 0.9;
  // Word boundaries only score a match, never find it: Thai and Chinese words are run together.
  const onBoundaries = (boundaries.has(start) ? 1 : 0) + (boundaries.has(end) ? 1 : 0);
  score *= onBoundaries === 2 ? 1 : onBoundaries === 1 ? 0.9 : 0.75;
  const where = onBoundaries === 2 ? '' : `, ${2 - onBoundaries} end(s) inside a word`;
  return { entityId: key.entityId, score: Math.round(score * 1000) / 1000, reason: `${key.field} "${key.name}" (${how}${where})` };
}
