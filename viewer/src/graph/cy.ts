import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { stylesheet } from './style';

cytoscape.use(fcose);

/** Above this many elements the WebGL renderer draws the graph. */
export const WEBGL_THRESHOLD = 1500;

/** Whether to draw with WebGL: above the threshold, unless the user chose a renderer. */
export function wantsWebgl(elementCount: number, choice: 'auto' | 'canvas' | 'webgl' = 'auto'): boolean {
  return choice === 'auto' ? elementCount > WEBGL_THRESHOLD : choice === 'webgl';
}

/** Creates the Cytoscape instance; large graphs get the WebGL renderer unless `renderer` says otherwise. */
export function createCy(container: HTMLElement, elements: ElementDefinition[], renderer: 'auto' | 'canvas' | 'webgl' = 'auto'): Core {
  const webgl = wantsWebgl(elements.length, renderer);
  return cytoscape({
    container,
    elements,
    style: stylesheet(),
    webgl,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
  });
}

/** The seed of the layout's random numbers. */
export const LAYOUT_SEED = 20230920;

/** Runs `fn` with Math.random replaced by a seeded generator (mulberry32), then restores it. */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  let a = seed >>> 0;
  Math.random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** Whether an instance draws with WebGL. */
export function usesWebgl(cy: Core): boolean {
  return Boolean((cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl);
}

/**
 * Lays the graph out with fcose. With `keep`, the nodes already placed stay where they are
 * and only new ones move, so an expanded graph does not jump around.
 */
export function runLayout(cy: Core, options: { animate: boolean; keep?: Set<string> }): Promise<void> {
  const keep = options.keep;
  const fixed = keep ? cy.nodes().filter((n) => keep.has(n.id())) : cy.collection();
  fixed.lock();
  const layout = cy.layout({
    name: 'fcose',
    // 'proof' refines the spectral start; on big graphs the draft is readable and much faster.
    quality: cy.nodes().length > 1000 ? 'draft' : 'proof',
    randomize: !keep || keep.size === 0,
    animate: options.animate,
    animationDuration: 400,
    fit: !keep,
    padding: 40,
    nodeSeparation: 120,
    idealEdgeLength: () => 130,
    nodeRepulsion: () => 9000,
    nodeDimensionsIncludeLabels: true,
    numIter: cy.nodes().length > 1000 ? 600 : 2500,
  } as never);
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  // fcose draws random numbers; a fixed seed makes the same graph come out the same way
  // every time, so a shared URL shows what its sender saw.
  withSeededRandom(LAYOUT_SEED, () => layout.run());
  return done.then(() => {
    fixed.unlock();
  });
}
