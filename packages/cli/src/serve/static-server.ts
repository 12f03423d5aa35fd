// A small HTTP server for the built explorer: static files from `dist/`, the graph at
// `/graph.json` and, when the build wrote one beside it, the large graph's preview at
// `/graph.view.json`. Graph files are gzip-compressed on first request, off the event loop, and
// again when a rebuild changes them: start-up reads nothing (a 75k-paper graph.json is 300 MB).
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip as gzipCallback } from 'node:zlib';

const gzip = promisify(gzipCallback);

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

/**
 * A graph file and its gzip, made on the first request that asks for it and kept until the
 * file's size or modification time changes. The plain file is streamed from disk, not kept.
 */
class GraphFile {
  private compressed: { version: string; gz: Promise<Buffer> } | undefined;

  constructor(readonly path: string) {}

  /** The file's version (size and mtime), or null when it does not exist. */
  async version(): Promise<string | null> {
    const info = await stat(this.path).catch(() => null);
    return info?.isFile() ? `${info.size}:${info.mtimeMs}` : null;
  }

  gzipped(version: string): Promise<Buffer> {
    if (this.compressed?.version !== version) {
      const gz = readFile(this.path).then((raw) => gzip(raw, { level: 6 }));
      // A failed read is not cached: the next request tries again.
      gz.catch(() => {
        if (this.compressed?.gz === gz) this.compressed = undefined;
      });
      this.compressed = { version, gz };
    }
    return this.compressed.gz;
  }
}

export async function startStaticServer(options: StaticServerOptions): Promise<Server> {
  const graphFiles = new Map<string, GraphFile>([
    ['/graph.json', new GraphFile(options.graphFile)],
    ['/graph.view.json', new GraphFile(join(dirname(options.graphFile), 'graph.view.json'))],
  ]);
  // The graph itself must exist at start (the preview is optional).
  if ((await graphFiles.get('/graph.json')!.version()) === null) {
    throw new Error(`${options.graphFile}: no such file. Run "pnpm papergraph build" first.`);
  }
  const root = normalize(options.root + sep);

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const graph = graphFiles.get(url.pathname);
      const version = await graph?.version();
      if (graph && version) {
        const wantsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const headers = { 'content-type': MIME['.json']!, 'cache-control': 'no-cache' };
        if (wantsGzip) {
          const body = await graph.gzipped(version);
          res.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(body);
        } else {
          res.writeHead(200, headers);
          createReadStream(graph.path)
            .on('error', (error) => res.destroy(error))
            .pipe(res);
        }
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
