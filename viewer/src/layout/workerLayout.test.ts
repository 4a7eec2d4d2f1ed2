import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { runLayout } from './runLayout';
import { layoutRequestOf } from './workerLayout';

// Headless (no renderer): there is no worker here either, so the layout runs in-process, as it does
// in a browser that cannot start the worker.
function graph() {
  const elements: cytoscape.ElementDefinition[] = [{ data: { id: 'hub' } }];
  for (let i = 0; i < 10; i++) elements.push({ data: { id: `n${i}` } }, { data: { id: `e${i}`, source: 'hub', target: `n${i}` } });
  return cytoscape({ headless: true, styleEnabled: true, elements, style: [{ selector: 'node', style: { width: 34, height: 34 } }] });
}

describe('the worker layout', () => {
  it('sends each node box and the edges between them as indexes', () => {
    const cy = graph();
    const { request, offsets } = layoutRequestOf(cy.nodes(), new Set(['hub']));
    expect(request.nodes).toHaveLength(11);
    expect(request.nodes[0]).toMatchObject({ id: 'hub', fixed: true });
    expect(request.nodes[0]!.w).toBeGreaterThanOrEqual(34);
    expect(request.edges).toHaveLength(10);
    expect(request.edges).toContainEqual([0, 1]);
    expect(offsets.get('n0')).toEqual({ dx: 0, dy: 0 });
  });

  it('spreads the nodes out, the same way every time, and keeps the kept ones in place', async () => {
    const cy = graph();
    await runLayout(cy, { animate: false });
    const positions = cy.nodes().map((n) => ({ ...n.position() }));
    expect(new Set(positions.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(11);
    const again = graph();
    await runLayout(again, { animate: false });
    expect(again.nodes().map((n) => ({ ...n.position() }))).toEqual(positions);

    cy.add([
      { data: { id: 'new' }, position: { ...cy.getElementById('n0').position() } },
      { data: { id: 'e-new', source: 'n0', target: 'new' } },
    ]);
    const keep = new Set(
      cy
        .nodes()
        .filter((n) => n.id() !== 'new')
        .map((n) => n.id()),
    );
    await runLayout(cy, { animate: false, keep });
    const at = (id: string) => ({ ...cy.nodes(`[id = "${id}"]`)[0]!.position() });
    expect(cy.nodes('[id != "new"]').map((n) => ({ ...n.position() }))).toEqual(positions);
    expect(at('new')).not.toEqual(at('n0'));
  });
});
