import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import type { Element } from '../graph/elements';
import { stylesheet } from '../graph/style';
import { nextTask } from '../layout/nextTask';
import type { RendererChoice } from '../state/urlState';
import { cullWebglLabels } from './cullWebglLabels';
import { holdRendering } from './holdRendering';

/** Above this many elements the WebGL renderer draws the graph. */
export const WEBGL_THRESHOLD = 1500;

/** Elements added per task while a graph is built, so that no single task blocks the page for long. */
export const CHUNK_SIZE = 250;

/** Whether to draw with WebGL: above the threshold, unless the user chose a renderer. */
export function wantsWebgl(elementCount: number, choice: RendererChoice = 'auto'): boolean {
  return choice === 'auto' ? elementCount > WEBGL_THRESHOLD : choice === 'webgl';
}

/**
 * Creates the Cytoscape instance and adds the elements in chunks of CHUNK_SIZE, each chunk's
 * style, label sizes and drawing data computed in its own task, without drawing anything yet:
 * `flush` brings the drawing data up to date after more changes, `release` draws the graph
 * (once it is laid out). Large graphs get the WebGL renderer unless `renderer` says otherwise.
 */
export async function createCy(
  container: HTMLElement,
  elements: readonly Element[],
  renderer: RendererChoice = 'auto',
): Promise<{ cy: Core; flush: () => void; release: () => void }> {
  const webgl = wantsWebgl(elements.length, renderer);
  const big = elements.length > CHUNK_SIZE;
  const cy = cytoscape({
    container,
    style: stylesheet({ big }),
    webgl,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    // Big graphs on the canvas renderer: pan and zoom move a snapshot, and edges hide meanwhile.
    textureOnViewport: big && !webgl,
    hideEdgesOnViewport: big && !webgl,
  } as cytoscape.CytoscapeOptions);
  const held = holdRendering(cy);
  if (webgl) cullWebglLabels(cy);
  // Nodes first, so that every edge finds its ends.
  const ordered: ElementDefinition[] = [...elements.filter((el) => el.group === 'nodes'), ...elements.filter((el) => el.group === 'edges')];
  for (let i = 0; i < ordered.length; i += CHUNK_SIZE) {
    // The first wait also separates setting up the renderer from the first chunk.
    if (big) await nextTask();
    const chunk = cy.add(ordered.slice(i, i + CHUNK_SIZE));
    // Style and label sizes now, a chunk at a time, rather than all at once in the first frame.
    chunk.nodes().boundingBox({ includeLabels: true, includeOverlays: false } as never);
    held.flush();
  }
  return { cy, flush: () => held.flush(), release: () => held.release() };
}

/** Whether an instance draws with WebGL. */
export function usesWebgl(cy: Core): boolean {
  return Boolean((cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl);
}
