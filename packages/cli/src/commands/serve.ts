// `papergraph serve`: serves the explorer with a graph on localhost. With --build-if-needed
// (what `pnpm start` passes) it first builds the graph from data/ and the app when missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { intFlag, parseFlags } from '../args';
import { CliError, type Command } from '../command';
import { DEFAULT_BUILD_DIR, DEFAULT_GRAPH_FILE } from '../paths';
import { resolvePath } from '../graph/files';
import { startStaticServer } from '../serve/static-server';
import { buildCommand } from './build';

const APP_DIR = fileURLToPath(new URL('../../../../apps/explorer/', import.meta.url));
const DIST_DIR = `${APP_DIR}dist`;

const usage = `Usage: papergraph serve [options]

Serves the explorer on localhost with a graph built by "papergraph build".

Options:
  --port N            port to listen on (default 4173; 0 picks a free one)
  --host HOST         interface to bind (default 127.0.0.1)
  --graph FILE        graph.json to serve (default: ${DEFAULT_GRAPH_FILE})
  --build-if-needed   first build the graph from data/ and the app when they are missing
                      or older than their sources (the graph build reuses its cache)
  -h, --help          show this help`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the explorer with a graph on localhost',
  usage,
  async run(args, ctx) {
    const { values } = parseFlags(args, {
      port: { type: 'string' },
      host: { type: 'string' },
      graph: { type: 'string' },
      'build-if-needed': { type: 'boolean', default: false },
    });
    const port = intFlag(values.port, 'port', 4173);
    const graphFile = resolvePath(ctx.cwd, values.graph ?? DEFAULT_GRAPH_FILE);

    if (values['build-if-needed']) {
      const dataDir = resolvePath(ctx.cwd, 'data');
      if (isStale(graphFile, [dataDir, `${APP_DIR}../../packages`])) {
        ctx.stderr.write(`Building the graph from data/ into ${graphFile} …\n`);
        const code = await buildCommand.run(
          ['--out', resolvePath(ctx.cwd, DEFAULT_BUILD_DIR)],
          ctx,
        );
        if (code !== 0) return code;
      }
      if (
        isStale(`${DIST_DIR}/index.html`, [
          `${APP_DIR}src`,
          `${APP_DIR}index.html`,
          `${APP_DIR}../../packages`,
        ])
      ) {
        ctx.stderr.write('Building the explorer app (vite build) …\n');
        const built = spawnSync('pnpm', ['--filter', '@papergraph/explorer', 'build'], {
          cwd: APP_DIR,
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        if (built.status !== 0)
          throw new CliError('vite build of apps/explorer failed (see above)', 'APP_BUILD');
      }
    }
    if (!existsSync(graphFile)) {
      throw new CliError(
        `no graph at ${graphFile}. Run "pnpm papergraph build" first, or pass --graph FILE.`,
        'NO_GRAPH',
      );
    }
    if (!existsSync(`${DIST_DIR}/index.html`)) {
      throw new CliError(
        `the explorer is not built (${DIST_DIR}). Run "pnpm --filter @papergraph/explorer build" or use --build-if-needed.`,
        'NO_APP',
      );
    }
    const server = await startStaticServer({
      root: DIST_DIR,
      graphFile,
      port,
      host: values.host,
    }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        throw new CliError(
          `port ${port} is in use; pass --port with another number (or 0 for any free port)`,
          'PORT_IN_USE',
        );
      throw error;
    });
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    ctx.stdout.write(`papergraph explorer: http://${values.host ?? '127.0.0.1'}:${actualPort}/\n`);
    await new Promise<void>((done) => server.once('close', () => done()));
    return 0;
  },
};

/** True when `target` is missing or older than any file under `sources`. */
function isStale(target: string, sources: string[]): boolean {
  if (!existsSync(target)) return true;
  const built = statSync(target).mtimeMs;
  return sources.some((source) => newestMtime(source) > built);
}

function newestMtime(path: string): number {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}
