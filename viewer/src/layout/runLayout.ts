import cytoscape, { type Core } from 'cytoscape';
import { WorkerLayout } from './workerLayout';

/** The layouts the viewer adds to Cytoscape, by name. */
export const LAYOUTS = { worker: WorkerLayout } as const;
for (const [name, layout] of Object.entries(LAYOUTS)) cytoscape('layout', name, layout as never);

/**
 * Lays the graph out in the layout worker (fcose, or the force layout for big graphs). With
 * `keep`, the nodes already placed stay where they are and only new ones move, so an expanded
 * graph does not jump around; `settle` runs after each chunk of a result applied without animation.
 */
export function runLayout(cy: Core, options: { animate: boolean; keep?: Set<string>; settle?: () => void }): Promise<void> {
  const layout = cy.layout({
    name: 'worker',
    keep: options.keep,
    animate: options.animate,
    animationDuration: 400,
    fit: !options.keep,
    padding: 40,
    settle: options.settle,
  } as never);
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  layout.run();
  return done;
}
