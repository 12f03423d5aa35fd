// The lexicons, compiled once into a character trie over compacted forms
// (lower case, letters and digits only), so "ImageNet-1K", "ImageNet 1K" and
// "imagenet1k" walk the same path. Step 2 of `analyse` walks it from every atom.
import { foldCase } from '../normalise';
import type { EntityType } from '../types';
import { DATASETS } from './datasets';
import type { LexiconEntry } from './entry';
import { METHOD_FAMILIES } from './method-families';
import { METHODS } from './methods';
import { METRICS } from './metrics';
import { TASKS } from './tasks';

export interface LexiconForm {
  type: EntityType;
  entry: LexiconEntry;
  /** The form as written in the lexicon ("ViT"). */
  form: string;
  /** Acronym-like forms ("ViT", "MATH", "EM") match only with the same letters in the same case. */
  exact: boolean;
}

export interface TrieNode {
  /** Index of the node in the edge table of `childOf`. */
  id: number;
  next: Map<string, TrieNode>;
  forms?: LexiconForm[];
  /** Some form ending here is a family ("resnet" in "resnet50"). */
  family?: boolean;
}

export const LEXICONS: Record<EntityType, LexiconEntry[]> = {
  method: [...METHODS, ...METHOD_FAMILIES],
  dataset: DATASETS,
  metric: METRICS,
  task: TASKS,
};

/** Lower case, letters and digits only: the trie key of a form or a run of atoms. */
export function compact(text: string): string {
  return foldCase(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Acronym-like: two or more upper-case letters, or an upper case after the first character ("ViT"). */
export function isAcronymLike(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper >= 2 || (upper >= 1 && letters.length > 1 && /\p{Lu}/u.test(letters.slice(1)));
}

/** Compacted family names, for glued variants ("qwen2.5", "yolov8"). */
const FAMILY_KEYS = new Set<string>();

/**
 * Cheap test before walking the trie from an atom (most atoms start no lexicon name):
 * the key is a prefix of a form, a plural of one, or a family name glued to a version.
 */
export function mayStartMatch(key: string): boolean {
  if (key.length === 0) return false;
  const depth = walkDepth(key);
  if (depth === key.length) return true;
  // A plural of a prefix: the walk got through all but the final "s".
  if (key.length > 3 && key.endsWith('s') && depth === key.length - 1) return true;
  const stem = hasAsciiDigit(key) ? key.replace(/v?\d[\d.]*[a-z]{0,2}$/, '') : '';
  return stem.length > 0 && FAMILY_KEYS.has(stem);
}

function hasAsciiDigit(key: string): boolean {
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** How many code units of `key` the trie walks from the root before falling off. */
function walkDepth(key: string): number {
  let id = 0;
  for (let k = 0; k < key.length; k++) {
    id = childOf(id, key.charCodeAt(k));
    if (id < 0) return k;
  }
  return key.length;
}

function buildTrie(): TrieNode {
  const root: TrieNode = { id: 0, next: new Map() };
  NODES.push(root);
  for (const [type, entries] of Object.entries(LEXICONS) as [EntityType, LexiconEntry[]][]) {
    for (const entry of entries) {
      for (const form of [entry.name, ...(entry.aliases ?? [])]) {
        const key = compact(form);
        if (key.length === 0) continue;
        let node = root;
        // By UTF-16 code unit, as step 2 walks it.
        for (let k = 0; k < key.length; k++) {
          const ch = key.charAt(k);
          let child = node.next.get(ch);
          if (child === undefined) {
            child = { id: NODES.length, next: new Map() };
            NODES.push(child);
            node.next.set(ch, child);
          }
          node = child;
        }
        (node.forms ??= []).push({ type, entry, form, exact: isAcronymLike(form) });
        if (entry.family === true) node.family = true;
        if (entry.family === true) FAMILY_KEYS.add(key);
      }
    }
  }
  return root;
}

// The trie's ASCII edges also live in typed arrays of integers: step 2 takes one edge per
// character of every atom it tries, and a Map look-up keyed by a one-character string per
// edge was most of its time. Nodes are numbered breadth-first, so the rows walked most (the
// first characters of words) sit together. Most nodes (85%) have one child, so a dense table
// (a row per node, a column per character, ~2.7 MB) mostly held zeros and missed the CPU
// cache once the other steps had run; now only the few nodes with many children (the root,
// common first letters) keep a dense row, and every other node lists its edges (code, child)
// contiguously: ~100 kB in all.
const NODES: TrieNode[] = [];

/** Built on first import, shared by every call. */
export const TRIE: TrieNode = buildTrie();

// Breadth-first ids.
NODES.length = 0;
NODES.push(TRIE);
for (let k = 0; k < NODES.length; k++) {
  const node = NODES[k];
  if (node === undefined) break;
  node.id = k;
  for (const child of node.next.values()) NODES.push(child);
}

/** Column of each ASCII character in the dense rows; 0 for characters no form has. */
const COLUMN = new Uint8Array(128);
const columns = ((): number => {
  let n = 1;
  for (const node of NODES) {
    for (const ch of node.next.keys()) {
      const code = ch.charCodeAt(0);
      if (code < 128 && COLUMN[code] === 0) COLUMN[code] = n++;
    }
  }
  return n;
})();

/** A node with at least this many children gets a dense row. */
const DENSE_DEGREE = 5;
/** Dense row of each node (-1: its edges are listed in EDGE_CODE / EDGE_CHILD). */
const ROW = new Int32Array(NODES.length).fill(-1);
/** First listed edge of each node; node `id`'s edges are FIRST[id] … FIRST[id + 1] - 1. */
const FIRST = new Int32Array(NODES.length + 1);
const EDGE_CODE = new Uint8Array(NODES.length);
const EDGE_CHILD = new Int32Array(NODES.length);
const DENSE = ((): Int32Array => {
  let rows = 0;
  for (const node of NODES) if (node.next.size >= DENSE_DEGREE) ROW[node.id] = rows++;
  const dense = new Int32Array(rows * columns);
  let edge = 0;
  for (const node of NODES) {
    FIRST[node.id] = edge;
    const row = ROW[node.id] ?? -1;
    for (const [ch, child] of node.next) {
      const code = ch.charCodeAt(0);
      if (code >= 128) continue;
      if (row >= 0) {
        dense[row * columns + (COLUMN[code] ?? 0)] = child.id + 1;
      } else {
        EDGE_CODE[edge] = code;
        EDGE_CHILD[edge] = child.id;
        edge++;
      }
    }
  }
  FIRST[NODES.length] = edge;
  return dense;
})();

/**
 * The id of the child of node `id` along the UTF-16 code unit `code`, or -1: the same
 * edge as `node.next.get(char)`, without a string look-up. The root's id is 0.
 */
export function childOf(id: number, code: number): number {
  if (code >= 128) return NODES[id]?.next.get(String.fromCharCode(code))?.id ?? -1;
  const row = ROW[id] ?? -1;
  if (row >= 0) {
    const column = COLUMN[code] ?? 0;
    if (column === 0) return -1;
    return (DENSE[row * columns + column] ?? 0) - 1;
  }
  const last = FIRST[id + 1] ?? 0;
  for (let k = FIRST[id] ?? 0; k < last; k++) {
    if (EDGE_CODE[k] === code) return EDGE_CHILD[k] ?? -1;
  }
  return -1;
}

// Per node id: 1 = some form ends here, 2 = a family form ends here (a glued version may
// follow). Read once per character in step 2, so kept out of the node objects.
const FLAGS = new Uint8Array(NODES.length);
for (const node of NODES) {
  if (node.forms !== undefined) FLAGS[node.id] = node.family === true ? 3 : 1;
}

/** Some lexicon form ends at node `id`. */
export function endsForm(id: number): boolean {
  return ((FLAGS[id] ?? 0) & 1) !== 0;
}

/** A family form ends at node `id` ("qwen" in "qwen2.5"). */
export function endsFamily(id: number): boolean {
  return ((FLAGS[id] ?? 0) & 2) !== 0;
}

/** The node with this id (see `childOf`). */
export function trieNode(id: number): TrieNode | undefined {
  return NODES[id];
}

/** The lexicon form whose compacted key equals the text's, if any ("key-value cache" → KV cache). */
export function lookup(text: string): LexiconForm | undefined {
  let node: TrieNode | undefined = TRIE;
  const key = compact(text);
  for (let k = 0; k < key.length; k++) {
    node = node.next.get(key.charAt(k));
    if (node === undefined) return undefined;
  }
  return node.forms?.[0];
}
