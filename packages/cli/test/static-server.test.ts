// The explorer's HTTP server: the graph (gzip or plain), the optional preview, static files
// with the app's index as fallback, nothing outside the app's folder.
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../src/serve/static-server';

function fixture(withPreview: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-serve-'));
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir, 'dist', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  mkdirSync(join(dir, 'build'));
  writeFileSync(join(dir, 'build', 'graph.json'), '{"nodes":[]}');
  if (withPreview) writeFileSync(join(dir, 'build', 'graph.view.json'), '{"preview":true}');
  return dir;
}

async function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = await startStaticServer({
    root: join(dir, 'dist'),
    graphFile: join(dir, 'build', 'graph.json'),
    port: 0,
  });
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('startStaticServer', () => {
  let withPreview: { server: Server; base: string };
  let without: { server: Server; base: string };
  beforeAll(async () => {
    withPreview = await serve(fixture(true));
    without = await serve(fixture(false));
  });
  afterAll(() => {
    withPreview.server.close();
    without.server.close();
  });

  it('serves the graph, gzip-compressed when asked', async () => {
    const plain = await fetch(`${withPreview.base}/graph.json`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(await plain.text()).toBe('{"nodes":[]}');
    const raw = await new Promise<Buffer>((resolve, reject) => {
      // fetch decodes gzip itself; read the bytes with node:http to see the encoding.
      void import('node:http').then(({ get }) =>
        get(`${withPreview.base}/graph.json`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          expect(res.headers['content-encoding']).toBe('gzip');
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks)));
        }).on('error', reject),
      );
    });
    expect(gunzipSync(raw).toString()).toBe('{"nodes":[]}');
  });

  it('serves the preview when the build wrote one, and 404 otherwise', async () => {
    expect(await (await fetch(`${withPreview.base}/graph.view.json`)).text()).toBe(
      '{"preview":true}',
    );
    expect((await fetch(`${without.base}/graph.view.json`)).status).toBe(404);
  });

  it.each([
    ['/assets/app.js', 200, 'console.log(1)'],
    ['/', 200, '<title>app</title>'],
    ['/some/deep/link', 200, '<title>app</title>'],
    ['/..%2Fsecret.txt', 403, 'forbidden'],
    ['/%2e%2e/secret.txt', 200, '<title>app</title>'],
  ])('GET %s → %i', async (path, status, text) => {
    const res = await fetch(`${withPreview.base}${path}`);
    expect(res.status).toBe(status);
    expect(await res.text()).toContain(text);
  });

  it('serves a graph rebuilt while it runs, plain and gzip, and a preview written later', async () => {
    const dir = fixture(false);
    const { server, base } = await serve(dir);
    try {
      expect(await (await fetch(`${base}/graph.json`)).text()).toBe('{"nodes":[]}');
      const graph = join(dir, 'build', 'graph.json');
      writeFileSync(graph, '{"nodes":[{"key":"a"}]}');
      // Same second on coarse file systems: move the mtime so the change is seen.
      utimesSync(graph, new Date(), new Date(Date.now() + 5000));
      writeFileSync(join(dir, 'build', 'graph.view.json'), '{"preview":2}');
      expect(await (await fetch(`${base}/graph.json`)).text()).toBe('{"nodes":[{"key":"a"}]}');
      const plain = await fetch(`${base}/graph.json`, {
        headers: { 'accept-encoding': 'identity' },
      });
      expect(await plain.text()).toBe('{"nodes":[{"key":"a"}]}');
      expect(await (await fetch(`${base}/graph.view.json`)).text()).toBe('{"preview":2}');
    } finally {
      server.close();
    }
  });

  it('refuses to start without a graph, naming the file and the fix', async () => {
    const dir = fixture(false);
    await expect(
      startStaticServer({
        root: join(dir, 'dist'),
        graphFile: join(dir, 'build', 'missing.json'),
        port: 0,
      }),
    ).rejects.toThrow(/missing\.json: no such file\. Run "pnpm papergraph build" first/);
  });
});
