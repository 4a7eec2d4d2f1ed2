import type { Core } from 'cytoscape';

type Renderer = { render?: (options?: unknown) => void; redraw?: (options?: unknown) => void; flushRenderedStyleQueue?: () => void };

/** A renderer held still: `flush` brings the held elements' drawing data up to date, `release` draws. */
export interface HeldRendering {
  /** Works out what the renderer needs to draw the elements changed since the last flush (label and edge geometry). */
  flush(): void;
  /** Draws the graph as it is now, and from then on as usual. */
  release(): void;
}

/**
 * Stops Cytoscape from drawing frames until `release`. While a big graph is built a chunk at a
 * time and laid out, every frame would recompute and draw all of it again (hundreds of
 * milliseconds each with 15,000 elements) for nothing anybody sees. Cytoscape has no public
 * switch for this: the renderer's `render` and `redraw` are swapped for no-ops; if the renderer
 * does not have them, nothing is held.
 */
export function holdRendering(cy: Core): HeldRendering {
  const renderer = (cy as unknown as { renderer(): Renderer | undefined }).renderer();
  const render = renderer?.render;
  const redraw = renderer?.redraw;
  if (!renderer || typeof render !== 'function' || typeof redraw !== 'function') return { flush() {}, release() {} };
  renderer.render = () => {};
  renderer.redraw = () => {};
  let released = false;
  return {
    flush() {
      if (!released) renderer.flushRenderedStyleQueue?.();
    },
    release() {
      if (released) return;
      released = true;
      renderer.render = render;
      renderer.redraw = redraw;
      if (!cy.destroyed()) renderer.redraw();
    },
  };
}
