import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { computeLayout } from './computeLayout';
import type { LayoutPositions, LayoutRequest } from './layoutRequest';
import { nextTask } from './nextTask';

/**
 * How much is moved per task when a layout result is applied without animation: each node
 * counts one, plus one per edge it drags along (a hub of a thousand edges is a chunk of its own).
 */
const APPLY_BUDGET = 500;

/** The options of the layout, besides Cytoscape's usual ones (animate, fit, padding…). */
export interface WorkerLayoutOptions {
  cy: Core;
  eles: { nodes(): NodeCollection };
  /** Ids of nodes that stay where they are; only the others move. */
  keep?: ReadonlySet<string>;
  animate?: boolean;
  animationDuration?: number;
  fit?: boolean;
  padding?: number;
  /** Called after each chunk of a result applied without animation (see holdRendering's `flush`). */
  settle?: () => void;
}

/** What is sent to the layout, and how to get from a box's centre back to its node's position. */
export interface BoxedRequest {
  request: LayoutRequest;
  /** The offset of each node's box centre from the node's position (its label hangs below it). */
  offsets: Map<string, { dx: number; dy: number }>;
}

/**
 * The layout request for some nodes: each node's box with its label, whether it is kept, and
 * the edges among them (as indexes). Where nodes are now is sent only when some are kept:
 * otherwise the layout starts from scratch.
 */
export function layoutRequestOf(nodes: NodeCollection, keep: ReadonlySet<string> = new Set()): BoxedRequest {
  const index = new Map<string, number>();
  const offsets = new Map<string, { dx: number; dy: number }>();
  const boxes: LayoutRequest['nodes'] = [];
  nodes.forEach((node: NodeSingular) => {
    const id = node.id();
    const p = node.position();
    const b = node.boundingBox({ includeLabels: true, includeOverlays: false } as never);
    const dx = b.x1 + b.w / 2 - p.x;
    const dy = b.y1 + b.h / 2 - p.y;
    index.set(id, boxes.length);
    offsets.set(id, { dx, dy });
    boxes.push({ id, w: b.w, h: b.h, ...(keep.size > 0 ? { x: p.x + dx, y: p.y + dy } : {}), ...(keep.has(id) ? { fixed: true } : {}) });
  });
  const edges: LayoutRequest['edges'] = [];
  nodes.connectedEdges().forEach((edge) => {
    const s = index.get(edge.source().id());
    const t = index.get(edge.target().id());
    if (s !== undefined && t !== undefined) edges.push([s, t]);
  });
  return { request: { nodes: boxes, edges }, offsets };
}

interface LayoutThis {
  options: WorkerLayoutOptions;
  stopped?: boolean;
  emit(event: string): void;
}

/**
 * Applies a layout result without animation a chunk of nodes per task (see APPLY_BUDGET), with
 * their new boxes, then works out the edges' new geometry a chunk per task, so that a big graph's
 * new positions do not block the page in one piece; then fits the view.
 */
async function applyInChunks(layout: LayoutThis, nodes: NodeCollection, place: (node: NodeSingular) => { x: number; y: number }) {
  const { cy, fit, padding, settle = () => {} } = layout.options;
  layout.emit('layoutstart');
  const all = nodes.toArray() as NodeSingular[];
  let start = 0;
  let cost = 0;
  const move = async (end: number) => {
    const chunk = nodes.slice(start, end);
    cy.batch(() => chunk.forEach((node) => void node.position(place(node))));
    // The moved nodes' boxes now, a chunk at a time: left stale, the fit at the end would
    // refresh all of them at once, and the first frame would then redo every node and edge.
    chunk.boundingBox({});
    settle();
    start = end;
    cost = 0;
    await nextTask();
  };
  for (let i = 0; i < all.length; i++) {
    if (layout.stopped || cy.destroyed()) return;
    cost += 1 + (all[i] as NodeSingular).degree(false);
    if (cost >= APPLY_BUDGET) await move(i + 1);
  }
  if (layout.stopped || cy.destroyed()) return;
  if (start < all.length) await move(all.length);
  const edges = nodes.connectedEdges();
  for (let i = 0; i < edges.length; i += APPLY_BUDGET) {
    if (layout.stopped || cy.destroyed()) return;
    edges.slice(i, i + APPLY_BUDGET).boundingBox({});
    settle();
    await nextTask();
  }
  if (fit) cy.fit(undefined, padding);
  layout.emit('layoutready');
  layout.emit('layoutstop');
}

/**
 * A Cytoscape layout (registered as `worker`): the layout engine run in the layout worker on
 * the nodes' boxes, the result applied as a preset layout would (animated or not, then fitted).
 * Until the worker answers, the page stays responsive and the nodes stay where they are.
 */
export function WorkerLayout(this: LayoutThis, options: WorkerLayoutOptions): void {
  this.options = { animate: false, animationDuration: 400, fit: true, padding: 40, ...options };
}

WorkerLayout.prototype.run = function run(this: LayoutThis) {
  const options = this.options;
  const nodes = options.eles.nodes();
  const keep = options.keep ?? new Set<string>();
  const { request, offsets } = layoutRequestOf(nodes, keep);
  this.stopped = false;
  const placeWith = (positions: LayoutPositions) => (node: NodeSingular) => {
    const p = positions[node.id()];
    const o = offsets.get(node.id());
    // Kept nodes (and any the layout did not place) stay put.
    return keep.has(node.id()) || !p || !o ? { ...node.position() } : { x: p.x - o.dx, y: p.y - o.dy };
  };
  computeLayout(request).then(
    (positions) => {
      if (this.stopped || options.cy.destroyed()) return;
      if (options.animate) {
        (nodes as unknown as { layoutPositions(l: unknown, o: unknown, f: (n: NodeSingular) => unknown): void }).layoutPositions(
          this,
          options,
          placeWith(positions),
        );
      } else void applyInChunks(this, nodes, placeWith(positions));
    },
    () => {
      if (!this.stopped) this.emit('layoutstop');
    },
  );
  return this;
};

WorkerLayout.prototype.stop = function stop(this: LayoutThis) {
  if (!this.stopped) {
    this.stopped = true;
    this.emit('layoutstop');
  }
  return this;
};
