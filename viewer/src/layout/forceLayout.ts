import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { LayoutPositions, LayoutRequest } from './layoutRequest';

/** Steps of the simulation for a whole graph, and for new nodes among fixed ones. */
const TICKS = 250;
const TICKS_AROUND_FIXED = 120;
/** The last steps also push apart overlapping boxes. */
const COLLIDE_TICKS = 60;

/**
 * A force-directed layout (d3-force: Barnes–Hut repulsion, so its cost grows as n log n) for big
 * graphs: springs along edges, repulsion between all nodes, a gentle pull to the centre so that
 * separate parts stay together, and in the last steps a push between overlapping boxes. Fixed
 * nodes stay put. Its random numbers come from `random`.
 */
export function forceLayout(request: LayoutRequest, random: () => number): LayoutPositions {
  type Node = SimulationNodeDatum & { r: number };
  const nodes: Node[] = request.nodes.map((n) => ({
    r: Math.hypot(n.w, n.h) * 0.4,
    ...(n.x !== undefined && n.y !== undefined ? { x: n.x, y: n.y } : {}),
    ...(n.fixed ? { fx: n.x, fy: n.y } : {}),
  }));
  const keep = request.nodes.some((n) => n.fixed);
  const ticks = keep ? TICKS_AROUND_FIXED : TICKS;
  const simulation = forceSimulation(nodes)
    .randomSource(random)
    // Alpha cools from 1 to its minimum in exactly `ticks` steps.
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .force('link', forceLink(request.edges.map(([source, target]) => ({ source, target }))).distance(130))
    .force('charge', forceManyBody().strength(-300).theta(0.9))
    .force('x', forceX(0).strength(0.03))
    .force('y', forceY(0).strength(0.03))
    .stop();
  for (let i = 0; i < ticks; i++) {
    if (i === ticks - COLLIDE_TICKS)
      simulation.force(
        'collide',
        forceCollide<Node>((n) => n.r),
      );
    simulation.tick();
  }
  const out: LayoutPositions = {};
  request.nodes.forEach((n, i) => {
    out[n.id] = { x: nodes[i]!.x ?? 0, y: nodes[i]!.y ?? 0 };
  });
  return out;
}
