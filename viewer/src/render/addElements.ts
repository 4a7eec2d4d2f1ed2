import type { Core, ElementDefinition } from 'cytoscape';
import type { Element } from '../graph/elements';

/**
 * Adds to a graph the elements it does not have yet. With `around`, new nodes start close
 * around that point, spread the same way every time. Returns the ids of the nodes that were
 * there before (for a layout that keeps them in place) and the elements added.
 */
export function addElements(
  cy: Core,
  elements: readonly Element[],
  around?: { x: number; y: number },
): { keep: Set<string>; fresh: Element[] } {
  const keep = new Set(cy.nodes().map((n) => n.id()));
  const fresh = elements.filter((el) => cy.getElementById(el.data.id).empty());
  const at = (el: Element, i: number): ElementDefinition =>
    around && el.group === 'nodes'
      ? { ...el, position: { x: around.x + 20 * Math.cos(i * 2.4), y: around.y + 20 * Math.sin(i * 2.4) } }
      : el;
  cy.add(fresh.map(at));
  return { keep, fresh };
}
