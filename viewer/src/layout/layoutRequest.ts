/** A node to lay out: the box it needs (shape and label), and where it is if it must stay there. */
export interface LayoutNode {
  id: string;
  /** Width and height of the node's box, label included. */
  w: number;
  h: number;
  /** The box's centre: where a kept node stays, and where a new one starts. */
  x?: number;
  y?: number;
  /** A kept node does not move. */
  fixed?: boolean;
}

/** What a layout needs: boxes and links, nothing else. */
export interface LayoutRequest {
  nodes: LayoutNode[];
  /** Index pairs into `nodes`: [source, target]. */
  edges: [number, number][];
}

/** The centre of each node's box after the layout, by id. */
export type LayoutPositions = Record<string, { x: number; y: number }>;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The same request with nodes sorted by id and edges by the ids of their ends, so that a
 * layout's result depends on the graph only, not on the order the API listed it in.
 */
export function canonicalRequest(request: LayoutRequest): LayoutRequest {
  const order = request.nodes.map((_, i) => i).sort((a, b) => compare(request.nodes[a]!.id, request.nodes[b]!.id));
  const at = new Map(order.map((old, i) => [old, i]));
  const edges = request.edges
    .filter(([s, t]) => s !== t && at.has(s) && at.has(t))
    .map(([s, t]) => [at.get(s)!, at.get(t)!] as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { nodes: order.map((i) => request.nodes[i]!), edges };
}
