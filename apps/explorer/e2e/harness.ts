// Shared set-up for the browser tests and the bench: a graph (from `papergraph build data`,
// or the hand-made sample while that command is not ready), the built app, the app served
// by `papergraph serve`, and Debian's Chromium driven by playwright-core.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
export const REPO_DIR = fileURLToPath(new URL('../../..', import.meta.url));

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // With the GPU off, WebGL needs SwiftShader; newer Chromium wants it asked for explicitly.
  '--enable-unsafe-swiftshader',
];

function run(command: string, args: string[], cwd: string): { ok: boolean; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** Builds the bundled graph with `papergraph build` into a temporary directory: its graph.json. */
export function prepareGraph(inputs = 'data'): string {
  const out = mkdtempSync(join(tmpdir(), 'papergraph-e2e-'));
  const built = run('pnpm', ['-s', 'papergraph', 'build', inputs, '--out', out], REPO_DIR);
  const file = join(out, 'graph.json');
  if (!built.ok || !existsSync(file)) {
    throw new Error(`prepareGraph: papergraph build ${inputs} failed:\n${built.output}`);
  }
  return file;
}

export function buildApp(): void {
  const built = run('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], APP_DIR);
  if (!built.ok) throw new Error(`buildApp: vite build failed:\n${built.output}`);
}

export interface Served {
  url: string;
  stop: () => void;
}

/**
 * Starts `papergraph serve` on a free port (it also serves a graph.view.json written beside
 * the graph) and resolves with its URL. A serve that cannot start fails the caller.
 */
export function serve(graphFile: string): Promise<Served> {
  const child: ChildProcess = spawn(
    'pnpm',
    ['-s', 'papergraph', 'serve', '--graph', graphFile, '--port', '0'],
    {
      cwd: REPO_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const stop = (): void => {
    // The server runs under pnpm and tsx: end the whole process group we started.
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`serve: no URL after 60 s. Output:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /papergraph explorer: (http:\/\/\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve({ url: match[1], stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`serve: exited with ${String(code)} before printing its URL. Output:\n${output}`),
      );
    });
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}
