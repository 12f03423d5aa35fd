// Path query: the shortest path between two nodes and the next few shortest (Yen's algorithm
// over breadth-first searches), optionally only through some node kinds, each hop with the
// papers and sentences behind it. Paths run over `mentions` and relation edges in either
// direction; `cooccurs` edges are skipped because the paper hop they summarise carries the evidence.
import { GraphError } from '../errors';
import {
  NODE_KINDS,
  type EdgeKind,
  type Evidence,
  type NodeKind,
  type PaperGraph,
} from '../schema';
import { evidenceText, type EvidenceText } from './evidence';

export interface PathOptions {
  /** How many paths: the shortest and the next k − 1. Default 3. */
  k?: number;
  /** Kinds the path may pass through (its ends can be any kind). Default: every kind. */
  via?: readonly NodeKind[];
  /** Evidence items per hop. Default 3. */
  evidencePerHop?: number;
}

export const PATH_DEFAULTS = { k: 3, evidencePerHop: 3 };

export interface PathNode {
  id: string;
  kind: NodeKind;
  label: string;
}

export interface PathEdge {
  source: string;
  target: string;
  kind: EdgeKind;
  evidence: EvidenceText[];
}

export interface Path {
  nodes: PathNode[];
  edges: PathEdge[];
}

export function findPaths(
  graph: PaperGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): Path[] {
  const k = options.k ?? PATH_DEFAULTS.k;
  const perHop = options.evidencePerHop ?? PATH_DEFAULTS.evidencePerHop;
  if (!Number.isInteger(k) || k < 1) {
    throw new GraphError(
      'INVALID_OPTION',
      `findPaths: k must be a whole number ≥ 1, got ${String(k)}.`,
    );
  }
  for (const id of [from, to]) {
    if (!graph.hasNode(id)) {
      throw new GraphError(
        'UNKNOWN_NODE',
        `findPaths: no node "${id}". Resolve names with resolveNode first.`,
      );
    }
  }
  const via = options.via;
  for (const kind of via ?? []) {
    if (!NODE_KINDS.includes(kind)) {
      throw new GraphError(
        'INVALID_OPTION',
        `findPaths: unknown kind "${String(kind)}" in via; use ${NODE_KINDS.join(', ')}.`,
      );
    }
  }
  if (from === to) return [toPath(graph, [from], perHop)];
  const passable = (id: string) =>
    id === to || via === undefined || via.includes(graph.getNodeAttribute(id, 'kind'));
  return kShortest(graph, from, to, k, passable).map((nodes) => toPath(graph, nodes, perHop));
}

/** Yen's k shortest simple paths with unit weights; ties broken by node ids for determinism. */
function kShortest(
  graph: PaperGraph,
  from: string,
  to: string,
  k: number,
  passable: (id: string) => boolean,
): string[][] {
  const first = bfs(graph, from, to, passable, new Set(), new Set());
  if (first === null) return [];
  const found: string[][] = [first];
  const candidates: string[][] = [];
  const seen = new Set<string>([first.join('\u0000')]);
  while (found.length < k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.length - 1; i++) {
      const spur = last[i]!;
      const root = last.slice(0, i + 1);
      const blockedPairs = new Set<string>();
      for (const path of found) {
        if (path.length > i + 1 && root.every((id, j) => path[j] === id))
          blockedPairs.add(pair(path[i]!, path[i + 1]!));
      }
      const blockedNodes = new Set(root.slice(0, -1));
      const tail = bfs(graph, spur, to, passable, blockedNodes, blockedPairs);
      if (tail === null) continue;
      const path = [...root.slice(0, -1), ...tail];
      const id = path.join('\u0000');
      if (!seen.has(id)) {
        seen.add(id);
        candidates.push(path);
      }
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length || compareArrays(a, b));
    found.push(candidates.shift()!);
  }
  return found;
}

function bfs(
  graph: PaperGraph,
  from: string,
  to: string,
  passable: (id: string) => boolean,
  blockedNodes: Set<string>,
  blockedPairs: Set<string>,
): string[] | null {
  const parent = new Map<string, string>([[from, from]]);
  let frontier = [from];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      const neighbours = new Set<string>();
      graph.forEachEdge(node, (_key, a, source, target) => {
        if (a.kind !== 'cooccurs') neighbours.add(source === node ? target : source);
      });
      for (const other of [...neighbours].sort()) {
        if (parent.has(other) || blockedNodes.has(other) || blockedPairs.has(pair(node, other)))
          continue;
        if (other !== to && !passable(other)) continue;
        parent.set(other, node);
        if (other === to) return unwind(parent, to);
        next.push(other);
      }
    }
    frontier = next;
  }
  return null;
}

function unwind(parent: Map<string, string>, to: string): string[] {
  const path = [to];
  let node = to;
  while (parent.get(node) !== node) {
    node = parent.get(node)!;
    path.push(node);
  }
  return path.reverse();
}

function pair(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

function compareArrays(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  }
  return a.length - b.length;
}

/** The first `limit` evidence items that read differently (several mentions share a sentence). */
function distinctEvidence(
  graph: PaperGraph,
  evidence: readonly Evidence[],
  limit: number,
): EvidenceText[] {
  const out: EvidenceText[] = [];
  const seen = new Set<string>();
  for (const item of evidence) {
    if (out.length >= limit) break;
    const text = evidenceText(graph, item);
    const key = `${text.paper}\u0000${text.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}

/** The edge shown for a hop: a relation first (most papers), else the mention. */
function toPath(graph: PaperGraph, nodes: string[], perHop: number): Path {
  const edges: PathEdge[] = [];
  for (let i = 0; i < nodes.length - 1; i++) {
    const u = nodes[i]!;
    const v = nodes[i + 1]!;
    const options: {
      source: string;
      target: string;
      kind: EdgeKind;
      weight: number;
      evidence: EvidenceText[];
      relation: boolean;
    }[] = [];
    for (const key of [...graph.edges(u, v), ...graph.edges(v, u)]) {
      const a = graph.getEdgeAttributes(key);
      if (a.kind === 'cooccurs') continue;
      options.push({
        source: graph.source(key),
        target: graph.target(key),
        kind: a.kind,
        weight: a.weight,
        relation: a.kind !== 'mentions',
        evidence: distinctEvidence(graph, a.evidence, perHop),
      });
    }
    options.sort(
      (a, b) =>
        Number(b.relation) - Number(a.relation) ||
        b.weight - a.weight ||
        (a.kind < b.kind ? -1 : 1),
    );
    const best = options[0]!;
    edges.push({
      source: best.source,
      target: best.target,
      kind: best.kind,
      evidence: best.evidence,
    });
  }
  return {
    nodes: nodes.map((id) => ({
      id,
      kind: graph.getNodeAttribute(id, 'kind'),
      label: graph.getNodeAttribute(id, 'label'),
    })),
    edges,
  };
}
