// Forgiving name lookup shared by every query: ids, labels, aliases and paper titles match
// whatever the case, hyphens, spaces and plural ("vision-transformers" finds "Vision
// Transformer"); an unknown name gets "did you mean …" suggestions ranked by edit distance.
import type { NodeKind, PaperGraph } from '../schema';

export interface Suggestion {
  id: string;
  kind: NodeKind;
  label: string;
}

export type Resolution = { id: string } | { suggestions: Suggestion[] };

interface NameIndex {
  keys: Map<string, string[]>;
}

const indexes = new WeakMap<PaperGraph, NameIndex>();

/** Normal form of a name: lower case, accents and separators removed. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, '');
}

/** Naive singular of a name key: enough for "ViTs", "transformers", "LLMs". */
export function singular(key: string): string {
  if (key.length > 4 && key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (key.length > 3 && key.endsWith('s') && !key.endsWith('ss')) return key.slice(0, -1);
  return key;
}

function buildIndex(graph: PaperGraph): NameIndex {
  const keys = new Map<string, string[]>();
  const add = (name: string, id: string) => {
    const key = nameKey(name);
    if (key === '') return;
    for (const k of new Set([key, singular(key)])) {
      const list = keys.get(k);
      if (list === undefined) keys.set(k, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  };
  graph.forEachNode((id, a) => {
    add(id.slice(id.indexOf(':') + 1), id);
    add(a.label, id);
    if (a.kind !== 'paper') for (const alias of a.aliases) add(alias, id);
  });
  return { keys };
}

function indexOf(graph: PaperGraph): NameIndex {
  let index = indexes.get(graph);
  if (index === undefined) {
    index = buildIndex(graph);
    indexes.set(graph, index);
  }
  return index;
}

/** Entities before papers, then the most mentioned, then by id. */
function rank(graph: PaperGraph, a: string, b: string): number {
  const x = graph.getNodeAttributes(a);
  const y = graph.getNodeAttributes(b);
  const px = x.kind === 'paper' ? -1 : x.paperCount;
  const py = y.kind === 'paper' ? -1 : y.paperCount;
  return py - px || (a < b ? -1 : a > b ? 1 : 0);
}

export function resolveNode(
  graph: PaperGraph,
  name: string,
  options: { kind?: NodeKind } = {},
): Resolution {
  const trimmed = name.trim();
  const fits = (id: string) =>
    options.kind === undefined || graph.getNodeAttribute(id, 'kind') === options.kind;
  if (graph.hasNode(trimmed) && fits(trimmed)) return { id: trimmed };
  const { keys } = indexOf(graph);
  const key = nameKey(trimmed);
  const found = new Set<string>();
  for (const k of [key, singular(key)])
    for (const id of keys.get(k) ?? []) if (fits(id)) found.add(id);
  if (found.size > 0) return { id: [...found].sort((a, b) => rank(graph, a, b))[0]! };
  return { suggestions: suggest(graph, key, fits) };
}

function suggest(
  graph: PaperGraph,
  key: string,
  fits: (id: string) => boolean,
  limit = 5,
): Suggestion[] {
  if (key === '') return [];
  const { keys } = indexOf(graph);
  const scored = new Map<string, number>();
  const budget = Math.max(2, Math.floor(key.length / 3));
  for (const [candidate, ids] of keys) {
    let score: number;
    if (
      candidate.length >= 3 &&
      key.length >= 3 &&
      (candidate.includes(key) || key.includes(candidate))
    ) {
      score = 1 + Math.abs(candidate.length - key.length) / 100;
    } else {
      if (Math.abs(candidate.length - key.length) > budget) continue;
      const d = editDistance(key, candidate, budget);
      if (d > budget) continue;
      score = d;
    }
    for (const id of ids) {
      if (!fits(id)) continue;
      const best = scored.get(id);
      if (best === undefined || score < best) scored.set(id, score);
    }
  }
  return [...scored]
    .sort(([a, x], [b, y]) => x - y || rank(graph, a, b))
    .slice(0, limit)
    .map(([id]) => ({
      id,
      kind: graph.getNodeAttribute(id, 'kind'),
      label: graph.getNodeAttribute(id, 'label'),
    }));
}

/** Levenshtein distance, giving up (returning budget + 1) once it must exceed `budget`. */
export function editDistance(a: string, b: string, budget = Infinity): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > budget) return budget + 1;
    prev = row;
  }
  return prev[b.length]!;
}
