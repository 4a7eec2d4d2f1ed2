import { writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { benchGraph } from '../fixtures/benchGraph.ts';

/** The renderers compared. */
export type BenchRenderer = 'canvas' | 'webgl';

/** One load of the viewer. */
export interface ViewerBenchRun {
  /** From navigation start to the first frame after the viewer says the graph is laid out and ready (`body[data-ready]`). */
  msToInteractive: number;
  /** The longest main-thread task from navigation to that frame (PerformanceObserver `longtask`, tasks of 50 ms or more). */
  longestTaskMs: number;
  longTasks: number;
  tasksOver200ms: number;
  /** Sum over long tasks of their time beyond 50 ms. */
  totalBlockingTimeMs: number;
  /** From a real mouse click on a node to its details panel showing its name. */
  clickToDetailsMs: number;
  /** The longest main-thread task between that click and the details. */
  clickLongestTaskMs: number;
  /** The viewer's own `performance.mark`s, in ms after navigation start. */
  marks: Record<string, number>;
}

// Installed before any page script: records long tasks, and the first frame after the viewer
// marks the graph ready (a rAF callback, then a task after that frame).
const INSTRUMENT = `(() => {
  const b = (window.__viewerBench = { longTasks: [], readyAt: null, paintedAt: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  new MutationObserver(() => {
    if (b.readyAt === null && document.body && document.body.dataset.ready === 'true') {
      b.readyAt = performance.now();
      requestAnimationFrame(() => setTimeout(() => { b.paintedAt = performance.now(); }, 0));
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;

type Bench = { longTasks: { start: number; duration: number }[]; readyAt: number | null; paintedAt: number | null };

const round = (x: number) => Math.round(x);

/**
 * Loads the viewer on the generated network of `n` entities once, in a fresh browser context,
 * measures the load, and checks that a real click on a node opens its details; with
 * `traceFile`, saves a Chromium trace of the load there.
 */
export async function measureViewerLoad(
  browser: Browser,
  baseUrl: string,
  n: number,
  renderer: BenchRenderer,
  traceFile?: string,
): Promise<{ run: ViewerBenchRun; nodes: number; edges: number; webglUsed: boolean; webglRenderer: string | null }> {
  const graph = benchGraph(n);
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(INSTRUMENT);
  try {
    if (traceFile) {
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'disabled-by-default-devtools.timeline.frame',
          'toplevel',
          'blink.user_timing',
          'v8.execute',
          'disabled-by-default-v8.cpu_profiler',
        ],
      });
    }
    await page.goto(`${baseUrl}/?x=${encodeURIComponent(graph.hubs.join(','))}&renderer=${renderer}`);
    await page.waitForFunction(() => (window as any).__viewerBench.paintedAt !== null, undefined, { timeout: 300_000 });
    if (traceFile) await writeFile(traceFile, await browser.stopTracing());
    const load = await page.evaluate(() => {
      const b = (window as any).__viewerBench as Bench;
      const cy = (window as any).cy;
      const r = cy.renderer();
      const gl = r.data?.contexts?.[3] as WebGL2RenderingContext | undefined;
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      const atOrigin = cy.nodes().filter((n: any) => n.position('x') === 0 && n.position('y') === 0).length;
      const marks: Record<string, number> = {};
      for (const m of performance.getEntriesByType('mark')) marks[m.name] = m.startTime;
      return {
        paintedAt: b.paintedAt as number,
        tasks: b.longTasks.filter((t) => t.start < (b.paintedAt as number)),
        nodes: cy.nodes().length as number,
        edges: cy.edges().length as number,
        atOrigin: atOrigin as number,
        webglUsed: Boolean(r.webgl && gl && !gl.isContextLost()),
        webglRenderer: gl ? String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)) : null,
        marks,
      };
    });
    if (load.nodes < n) throw new Error(`the viewer shows ${load.nodes} nodes, expected at least ${n}`);
    if (load.atOrigin > 1) throw new Error(`${load.atOrigin} nodes sit at the origin: the layout was not applied`);
    // Interactive: a real mouse click on the biggest hub selects it and opens its details.
    const target = await page.evaluate((id) => {
      const cy = (window as any).cy;
      const p = cy.getElementById(id).renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y, now: performance.now() };
    }, graph.hubs[0] as string);
    await page.mouse.click(target.x, target.y);
    await page.waitForFunction(
      () => {
        const cy = (window as any).cy;
        const selected = cy.$('node:selected');
        const h2 = document.querySelector('#details:not([hidden]) h2');
        return selected.length === 1 && h2 !== null && h2.textContent === selected.data('name_en');
      },
      undefined,
      { timeout: 60_000 },
    );
    const click = await page.evaluate((start) => {
      const b = (window as any).__viewerBench as Bench;
      const now = performance.now();
      const during = b.longTasks.filter((t) => t.start + t.duration > start && t.start < now);
      return { ms: now - start, longest: Math.max(0, ...during.map((t) => t.duration)) };
    }, target.now);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const durations = load.tasks.map((t) => t.duration);
    return {
      nodes: load.nodes,
      edges: load.edges,
      webglUsed: load.webglUsed,
      webglRenderer: load.webglRenderer,
      run: {
        msToInteractive: round(load.paintedAt),
        longestTaskMs: round(Math.max(0, ...durations)),
        longTasks: durations.length,
        tasksOver200ms: durations.filter((d) => d > 200).length,
        totalBlockingTimeMs: round(durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
        clickToDetailsMs: round(click.ms),
        clickLongestTaskMs: round(click.longest),
        marks: Object.fromEntries(Object.entries(load.marks).map(([k, v]) => [k, round(v)])),
      },
    };
  } finally {
    await context.close();
  }
}
