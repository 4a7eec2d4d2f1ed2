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
      },
    },
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
