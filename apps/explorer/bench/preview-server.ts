// A static server for the bench that, besides what `papergraph serve` serves (dist/ and
// /graph.json), serves /graph.view.json. Both gzip-compressed once, as the CLI does.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { APP_DIR, type Served } from '../e2e/harness';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export async function servePreview(graphFile: string, previewFile: string): Promise<Served> {
  const json = {
    '/graph.json': gzipSync(readFileSync(graphFile), { level: 1 }),
    '/graph.view.json': gzipSync(readFileSync(previewFile)),
  };
  const root = join(APP_DIR, 'dist');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path === '/graph.json' || path === '/graph.view.json') {
      res
        .writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' })
        .end(json[path]);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    let body: Buffer;
    try {
      if (!file.startsWith(root)) throw new Error('outside');
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, stop: () => void server.close() };
}
