// Vite config for the explorer. In `vite dev`, /graph.json is served from the default build
// output (.papergraph/build/graph.json) when it exists; `papergraph serve` does it in production.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const DEV_GRAPH = fileURLToPath(new URL('../../.papergraph/build/graph.json', import.meta.url));

export default defineConfig({
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  plugins: [
    {
      name: 'papergraph-dev-graph',
      configureServer(server) {
        server.middlewares.use('/graph.json', (_req, res, next) => {
          if (!existsSync(DEV_GRAPH)) return next();
          res.setHeader('content-type', 'application/json');
          res.end(readFileSync(DEV_GRAPH));
        });
      },
    },
  ],
});
