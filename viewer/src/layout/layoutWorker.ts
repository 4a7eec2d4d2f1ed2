// The layout worker: lays out the boxes it is sent, off the main thread, and posts the positions back.
import { layoutGraph } from './layoutGraph';
import type { LayoutRequest } from './layoutRequest';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; request: LayoutRequest }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, request } = event.data;
  try {
    scope.postMessage({ id, positions: layoutGraph(request) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
