import { describe, expect, it } from 'vitest';
import { FORCE_LAYOUT_THRESHOLD, layoutEngineFor, layoutGraph } from './layoutGraph';
import type { LayoutRequest } from './layoutRequest';

/** A small network: a hub with 12 spokes, a chain of 8 off one spoke, and a second hub sharing two spokes. */
function network(): LayoutRequest {
  const nodes: LayoutRequest['nodes'] = [];
  const edges: LayoutRequest['edges'] = [];
  const add = (id: string) => nodes.push({ id, w: 140, h: 60 }) - 1;
  const hub = add('hub');
  const spokes = Array.from({ length: 12 }, (_, i) => add(`spoke-${i}`));
  for (const s of spokes) edges.push([hub, s]);
  let last = spokes[0]!;
  for (let i = 0; i < 8; i++) {
    const c = add(`chain-${i}`);
    edges.push([last, c]);
    last = c;
  }
  const other = add('other-hub');
  edges.push([other, spokes[3]!], [other, spokes[4]!]);
  return { nodes, edges };
}

function overlapping(request: LayoutRequest, positions: Record<string, { x: number; y: number }>): string[] {
  const out: string[] = [];
  for (let i = 0; i < request.nodes.length; i++) {
    for (let j = i + 1; j < request.nodes.length; j++) {
      const a = request.nodes[i]!;
      const b = request.nodes[j]!;
      const pa = positions[a.id]!;
      const pb = positions[b.id]!;
      if (Math.abs(pa.x - pb.x) < (a.w + b.w) / 2 && Math.abs(pa.y - pb.y) < (a.h + b.h) / 2) out.push(`${a.id} ~ ${b.id}`);
    }
  }
  return out;
}

describe('layoutGraph', () => {
  it('places every node, without overlapping boxes', () => {
    const request = network();
    const positions = layoutGraph(request);
    expect(Object.keys(positions).sort()).toEqual(request.nodes.map((n) => n.id).sort());
    expect(overlapping(request, positions)).toEqual([]);
  });

  it('lays the same graph out the same way, whatever the order of its nodes and edges', () => {
    const request = network();
    const first = layoutGraph(request);
    expect(layoutGraph(request)).toEqual(first);
    // The same graph, nodes and edges listed backwards.
    const reversed = [...request.nodes].reverse();
    const at = new Map(reversed.map((n, i) => [n.id, i]));
    const remap = (i: number) => at.get(request.nodes[i]!.id)!;
    const shuffled: LayoutRequest = { nodes: reversed, edges: [...request.edges].reverse().map(([s, t]) => [remap(s), remap(t)]) };
    expect(layoutGraph(shuffled)).toEqual(first);
  });

  it('leaves fixed nodes where they are and places the new ones around them', () => {
    const request = network();
    const placed = layoutGraph(request);
    const grown: LayoutRequest = {
      nodes: [...request.nodes.map((n) => ({ ...n, ...placed[n.id]!, fixed: true })), { id: 'new', w: 140, h: 60, ...placed.hub! }],
      edges: [...request.edges, [0, request.nodes.length]],
    };
    const after = layoutGraph(grown);
    for (const n of request.nodes) expect(after[n.id]).toEqual(placed[n.id]);
    expect(after.new).not.toEqual(placed.hub);
  });

  it('hands big graphs to the force layout: deterministic, spread out, fixed nodes kept', () => {
    expect(layoutEngineFor(FORCE_LAYOUT_THRESHOLD)).toBe('fcose');
    expect(layoutEngineFor(FORCE_LAYOUT_THRESHOLD + 1)).toBe('force');
    // 30 hubs of 10 spokes each, hubs in a ring.
    const nodes: LayoutRequest['nodes'] = [];
    const edges: LayoutRequest['edges'] = [];
    for (let h = 0; h < 30; h++) {
      const hub = nodes.push({ id: `hub-${String(h).padStart(2, '0')}`, w: 140, h: 60 }) - 1;
      if (h > 0) edges.push([hub - 11, hub]);
      for (let s = 0; s < 10; s++) edges.push([hub, nodes.push({ id: `spoke-${h}-${s}`, w: 140, h: 60 }) - 1]);
    }
    const request = { nodes, edges };
    const positions = layoutGraph(request);
    expect(
      layoutGraph({ nodes: [...nodes].reverse(), edges: edges.map(([a, b]) => [nodes.length - 1 - a, nodes.length - 1 - b]) }),
    ).toEqual(positions);
    const distinct = new Set(Object.values(positions).map((p) => `${Math.round(p.x / 10)},${Math.round(p.y / 10)}`));
    expect(distinct.size).toBe(nodes.length);
    // Linked nodes end up much closer than nodes in general.
    const d = (a: string, b: string) => Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y);
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / xs.length;
    const linked = mean(edges.map(([a, b]) => d(nodes[a]!.id, nodes[b]!.id)));
    const any = mean(nodes.map((n, i) => d(n.id, nodes[(i * 97 + 13) % nodes.length]!.id)));
    expect(linked).toBeLessThan(any / 2);
    // Growing it: the nodes already placed stay exactly where they were.
    const grown: LayoutRequest = {
      nodes: [...nodes.map((n) => ({ ...n, ...positions[n.id]!, fixed: true })), { id: 'new', w: 140, h: 60, ...positions['hub-00']! }],
      edges: [...edges, [0, nodes.length]],
    };
    const after = layoutGraph(grown);
    for (const n of nodes) expect(after[n.id]).toEqual(positions[n.id]);
    expect(after.new).not.toEqual(positions['hub-00']);
  });
});
