// Step 1 of `readCorpus`: the inputs as given (files, directories, `-`) → the ordered list of
// files to read. Directories are walked recursively in sorted order, skipping hidden entries,
// `*.md` files and any directory holding a `.papergraphignore` file (e.g. `data/gold/`). An
// input named explicitly is read even if a walk would skip it. Each file is listed once.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { reject } from '../reject';
import type { Reject } from '../types';

export const STDIN = '-';
export const IGNORE_MARKER = '.papergraphignore';

export interface InputList {
  /** Files to read, and `-` for stdin, in reading order. */
  files: string[];
  /** Inputs that do not exist or cannot be listed. */
  rejects: Reject[];
}

export async function listInputs(inputs: string[]): Promise<InputList> {
  const list: InputList = { files: [], rejects: [] };
  const seen = new Set<string>();
  for (const input of inputs) {
    if (input === STDIN) {
      if (!seen.has(STDIN)) list.files.push(STDIN);
      seen.add(STDIN);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      list.rejects.push(
        missing
          ? reject(input, 0, 'NOT_FOUND', 'no such file or directory; check the path')
          : reject(
              input,
              0,
              'UNREADABLE',
              `cannot read (${(error as Error).message}); check its permissions`,
            ),
      );
      continue;
    }
    if (info.isDirectory()) await walk(input, list, seen);
    else await add(input, list, seen);
  }
  return list;
}

async function walk(dir: string, list: InputList, seen: Set<string>): Promise<void> {
  const real = await realpath(dir);
  if (seen.has(real)) return; // Symlink loops and directories given twice.
  seen.add(real);
  let names: string[];
  try {
    names = (await readdir(dir)).sort(compareNames);
  } catch (error) {
    list.rejects.push(
      reject(
        dir,
        0,
        'UNREADABLE',
        `cannot list the directory (${(error as Error).message}); check its permissions`,
      ),
    );
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name.toLowerCase().endsWith('.md')) continue;
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      list.rejects.push(
        reject(
          path,
          0,
          'UNREADABLE',
          `cannot read (${(error as Error).message}); fix or remove the entry`,
        ),
      );
      continue;
    }
    if (info.isDirectory()) {
      const entries = await readdir(path).catch(() => [] as string[]);
      if (!entries.includes(IGNORE_MARKER)) await walk(path, list, seen);
    } else if (info.isFile()) {
      await add(path, list, seen);
    }
  }
}

async function add(path: string, list: InputList, seen: Set<string>): Promise<void> {
  const real = await realpath(path).catch(() => path);
  if (seen.has(real)) return;
  seen.add(real);
  list.files.push(path);
}

/** Code-unit order, not the locale's: the same on every machine. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
