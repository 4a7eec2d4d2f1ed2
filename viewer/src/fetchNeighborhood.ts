import { ARGUMENT_LIMITS } from '../../common/argumentLimits.ts';
import type { Lang } from '../../common/langs.ts';
import { request } from './api';
import { type Element, mergeElements, toElements } from './graph/elements';
import { NeighborhoodQuery } from './operations';

/**
 * Fetches the neighbourhood of `seed` to `seedDepth` steps and, in the same request, one step
 * around each expanded entity, as Cytoscape elements labelled in a language; `truncated` says
 * whether the API stopped at its node limit, which is asked for in full.
 */
export async function fetchNeighborhood(
  seed: string[],
  seedDepth: number,
  expanded: string[],
  lang: Lang,
): Promise<{ elements: Element[]; truncated: boolean }> {
  const limit = ARGUMENT_LIMITS.limit.max;
  const data = await request(NeighborhoodQuery, { seed, seedDepth, expanded, withExpanded: expanded.length > 0, limit });
  const parts = [data.seed, ...(data.expanded ? [data.expanded] : [])];
  return {
    elements: mergeElements(...parts.map((p) => toElements(p.nodes, p.edges, lang))),
    truncated: parts.some((p) => p.truncated),
  };
}
