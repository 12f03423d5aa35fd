// Runs the papergraph CLI in-process with captured output, for tests.
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../src/main';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(chunks: string[]): Writable {
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
}

export async function runCli(
  argv: string[],
  options: { stdin?: string; cwd?: string } = {},
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    stdout: sink(out),
    stderr: sink(err),
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    cwd: options.cwd ?? REPO_ROOT,
    interactive: false,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}
