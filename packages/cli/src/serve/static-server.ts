// A small HTTP server for the built explorer: static files from `dist/`, the graph at
// `/graph.json` and, when the build wrote one beside it, the large graph's preview at
// `/graph.view.json` (both gzip-compressed once: a large corpus gives tens of megabytes).
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.gexf': 'application/xml',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  /** The built app (`apps/explorer/dist`). */
  root: string;
  /** The graph file served at `/graph.json`. */
  graphFile: string;
  port: number;
  host?: string;
}

export async function startStaticServer(options: StaticServerOptions): Promise<Server> {
  const graphFiles = new Map<string, { raw: Buffer; gz: Buffer }>();
  for (const [route, file] of [
    ['/graph.json', options.graphFile],
    ['/graph.view.json', join(dirname(options.graphFile), 'graph.view.json')],
  ] as const) {
    const raw = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      // The preview is optional; the graph itself is not.
      if (route === '/graph.view.json' && error.code === 'ENOENT') return null;
      throw error;
    });
    if (raw) graphFiles.set(route, { raw, gz: gzipSync(raw, { level: 6 }) });
  }
  const root = normalize(options.root + sep);

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const graph = graphFiles.get(url.pathname);
      if (graph) {
        const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        res.writeHead(200, {
          'content-type': MIME['.json']!,
          'cache-control': 'no-cache',
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        });
        res.end(gzip ? graph.gz : graph.raw);
        return;
      }
      if (url.pathname.endsWith('.json') && url.pathname.startsWith('/graph')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      let file = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!file.startsWith(root)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || info.isDirectory()) file = join(root, 'index.html');
      const body = await readFile(file).catch(() => null);
      if (!body) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'cache-control': file.includes(`${sep}assets${sep}`)
          ? 'max-age=31536000, immutable'
          : 'no-cache',
      });
      res.end(body);
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  return server;
}
