import { layoutGraph } from './layoutGraph';
import type { LayoutPositions, LayoutRequest } from './layoutRequest';

type Reply = { id: number; positions?: LayoutPositions; error?: string };

let worker: Worker | null | undefined;
let nextId = 0;
const pending = new Map<number, { resolve(p: LayoutPositions): void; reject(e: Error): void }>();

/** The layout worker, started once; null where workers cannot run (then layouts run on the main thread). */
function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module', name: 'layout' });
    worker.onmessage = (event: MessageEvent<Reply>) => {
      const { id, positions, error } = event.data;
      const waiting = pending.get(id);
      pending.delete(id);
      if (positions) waiting?.resolve(positions);
      else waiting?.reject(new Error(error ?? 'the layout failed'));
    };
    worker.onerror = (event) => {
      // The worker could not start (or died): stop using it; what was waiting is laid out here instead.
      event.preventDefault();
      worker?.terminate();
      worker = null;
      for (const waiting of pending.values()) waiting.reject(new Error('the layout worker stopped'));
      pending.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Starts the layout worker ahead of time, so that its code is loaded while the data is fetched. */
export function warmLayoutWorker(): void {
  layoutWorker();
}

/**
 * Lays the boxes out in the layout worker, so a big graph does not block the page; where no
 * worker can run, on the main thread. The result is the same either way.
 */
export async function computeLayout(request: LayoutRequest): Promise<LayoutPositions> {
  const w = layoutWorker();
  if (w) {
    const id = nextId++;
    try {
      return await new Promise<LayoutPositions>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        w.postMessage({ id, request });
      });
    } catch {
      // Fall through: the same layout on the main thread.
    }
  }
  return layoutGraph(request);
}
