import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutPositions, LayoutRequest } from './layoutRequest';

cytoscape.use(fcose);

/**
 * fcose in a headless Cytoscape, at its most careful ('proof'): compact and free of overlaps on
 * the graphs people read node by node. Its repulsion grows with the square of the nodes packed
 * around a hub, so big graphs go to the force layout instead. Draws random numbers: run it seeded.
 */
export function fcoseLayout(request: LayoutRequest): LayoutPositions {
  const keep = request.nodes.some((n) => n.fixed);
  const elements: cytoscape.ElementDefinition[] = request.nodes.map((n, i) => ({
    group: 'nodes',
    data: { id: `n${i}`, w: n.w, h: n.h },
    position: { x: n.x ?? 0, y: n.y ?? 0 },
    locked: Boolean(n.fixed),
  }));
  request.edges.forEach(([s, t], i) => elements.push({ group: 'edges', data: { id: `e${i}`, source: `n${s}`, target: `n${t}` } }));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle', 'border-width': 0 } }],
  });
  cy.layout({
    name: 'fcose',
    quality: 'proof',
    randomize: !keep,
    animate: false,
    fit: false,
    nodeSeparation: 120,
    idealEdgeLength: () => 130,
    nodeRepulsion: () => 9000,
    numIter: 2500,
  } as never).run();
  const out: LayoutPositions = {};
  cy.nodes().forEach((node) => {
    out[request.nodes[Number(node.id().slice(1))]!.id] = { ...node.position() };
  });
  cy.destroy();
  return out;
}
