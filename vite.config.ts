import path from 'node:path';
import { defineConfig } from 'vite';

/** Builds the browser side (viewer and GraphiQL) into dist/, which the API serves. */
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'viewer'),
  base: '/',
  build: {
    outDir: path.resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      input: {
        viewer: path.resolve(import.meta.dirname, 'viewer/index.html'),
        graphiql: path.resolve(import.meta.dirname, 'viewer/graphiql/index.html'),
        review: path.resolve(import.meta.dirname, 'viewer/review/index.html'),
      },
    },
  },
  optimizeDeps: {
    // The dev server is for the viewer; GraphiQL's worker imports cannot be pre-bundled.
    entries: ['index.html'],
    exclude: ['graphiql', '@graphiql/react'],
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
