// Graph files for the CLI: load a graph.json (queries, export) and write serialiser chunks to
// a file through a stream (large graphs never become one string), replacing it atomically.
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { fromJSON, GraphError, type PaperGraph } from '@papergraph/graph';
import { CliError } from '../command';

export function resolvePath(cwd: string, path: string): string {
  return path.startsWith('/') ? path : `${cwd}/${path}`;
}

export async function loadGraph(file: string): Promise<PaperGraph> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new CliError(
        `no graph at ${file}. Run "pnpm papergraph build" first, or pass --graph FILE.`,
        'NO_GRAPH',
      );
    }
    throw error;
  }
  try {
    return fromJSON(text);
  } catch (error) {
    if (error instanceof GraphError) throw new CliError(`${file}: ${error.message}`, error.code);
    throw error;
  }
}

/** Writes the chunks to `file` (via a temporary file renamed at the end); returns the byte size. */
export async function writeChunks(file: string, chunks: Iterable<string>): Promise<number> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  const out = createWriteStream(tmp);
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  for (const chunk of chunks) {
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  }
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  await rename(tmp, file);
  return (await stat(file)).size;
}
