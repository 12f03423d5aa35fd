// Bytes → text for the Node reader: a file or stdin becomes a string, or a file-level reject
// (`file:0: reason`) when it is unreadable, empty or binary (NUL bytes, invalid UTF-8).
import { readFile } from 'node:fs/promises';
import { reject } from '../reject';
import type { Reject } from '../types';

export type TextOrReject = { text: string } | { reject: Reject };

export async function readTextFile(path: string): Promise<TextOrReject> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return {
      reject: reject(
        path,
        0,
        'UNREADABLE',
        `cannot read (${(error as Error).message}); check the path and its permissions`,
      ),
    };
  }
  return decode(bytes, path);
}

export async function readStream(
  stream: NodeJS.ReadableStream,
  name: string,
): Promise<TextOrReject> {
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of stream) {
      chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
    }
  } catch (error) {
    return {
      reject: reject(
        name,
        0,
        'UNREADABLE',
        `cannot read (${(error as Error).message}); check what is piped in`,
      ),
    };
  }
  return decode(Buffer.concat(chunks), name);
}

export function decode(bytes: Uint8Array, name: string): TextOrReject {
  if (bytes.indexOf(0) !== -1) {
    return {
      reject: reject(name, 0, 'BINARY', 'binary file (NUL bytes); give a text file in UTF-8'),
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      reject: reject(
        name,
        0,
        'BINARY',
        'not valid UTF-8; convert the file to UTF-8 (e.g. iconv -t UTF-8)',
      ),
    };
  }
  if (text.trim() === '')
    return { reject: reject(name, 0, 'EMPTY', 'empty file; remove it or add records') };
  return { text };
}
