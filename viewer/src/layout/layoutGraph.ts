import { fcoseLayout } from './fcoseLayout';
import { forceLayout } from './forceLayout';
import { canonicalRequest, type LayoutPositions, type LayoutRequest } from './layoutRequest';
import { mulberry32, withSeededRandom } from '../../../common/random.ts';

export type { LayoutNode, LayoutPositions, LayoutRequest } from './layoutRequest';

/** The seed of the layouts' random numbers. */
export const LAYOUT_SEED = 20230920;

/** Above this many nodes the force layout replaces fcose. */
export const FORCE_LAYOUT_THRESHOLD = 200;

/** The layout engines, by name. */
export const LAYOUT_ENGINES = {
  fcose: (request: LayoutRequest) => withSeededRandom(LAYOUT_SEED, () => fcoseLayout(request)),
  force: (request: LayoutRequest) => forceLayout(request, mulberry32(LAYOUT_SEED)),
} as const;

/** The engine for a graph of `n` nodes: fcose for the graphs read node by node, the force layout for big ones. */
export function layoutEngineFor(n: number): keyof typeof LAYOUT_ENGINES {
  return n > FORCE_LAYOUT_THRESHOLD ? 'force' : 'fcose';
}

/**
 * Lays out boxes, in the layout worker or on the main thread alike. Random numbers are seeded
 * and the input is put in a canonical order, so the same graph comes out the same way every
 * time: a shared URL shows what its sender saw. With fixed nodes, only the others move.
 */
export function layoutGraph(request: LayoutRequest): LayoutPositions {
  const canonical = canonicalRequest(request);
  return LAYOUT_ENGINES[layoutEngineFor(canonical.nodes.length)](canonical);
}
