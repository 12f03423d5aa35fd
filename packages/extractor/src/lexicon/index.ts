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

/** Every prefix of every compacted form: an atom that is not one cannot start a match. */
const PREFIXES = new Set<string>();
/** Compacted family names, for glued variants ("qwen2.5", "yolov8"). */
const FAMILY_KEYS = new Set<string>();

/** Cheap test before walking the trie from an atom (most atoms start no lexicon name). */
export function mayStartMatch(key: string): boolean {
  if (PREFIXES.has(key)) return true;
  if (key.length > 3 && key.endsWith('s') && PREFIXES.has(key.slice(0, -1))) return true;
  const stem = /\d/.test(key) ? key.replace(/v?\d[\d.]*[a-z]{0,2}$/, '') : '';
  return stem.length > 0 && FAMILY_KEYS.has(stem);
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const [type, entries] of Object.entries(LEXICONS) as [EntityType, LexiconEntry[]][]) {
    for (const entry of entries) {
      for (const form of [entry.name, ...(entry.aliases ?? [])]) {
        const key = compact(form);
        if (key.length === 0) continue;
        let node = root;
        for (const ch of key) {
          let child = node.next.get(ch);
          if (child === undefined) {
            child = { next: new Map() };
            node.next.set(ch, child);
          }
          node = child;
        }
        (node.forms ??= []).push({ type, entry, form, exact: isAcronymLike(form) });
        if (entry.family === true) node.family = true;
        for (let k = 1; k <= key.length; k++) PREFIXES.add(key.slice(0, k));
        if (entry.family === true) FAMILY_KEYS.add(key);
      }
    }
  }
  return root;
}

/** Built on first import, shared by every call. */
export const TRIE: TrieNode = buildTrie();

/** The lexicon form whose compacted key equals the text's, if any ("key-value cache" → KV cache). */
export function lookup(text: string): LexiconForm | undefined {
  let node: TrieNode | undefined = TRIE;
  for (const ch of compact(text)) {
    node = node.next.get(ch);
    if (node === undefined) return undefined;
  }
  return node.forms?.[0];
}
