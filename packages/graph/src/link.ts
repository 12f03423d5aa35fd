// Step 1 of `buildGraph`: extracted papers in, the linked graph out. Adds a node per paper and
// per entity, `mentions` edges (paper → entity), relation edges between entities carrying every
// paper and sentence behind them, and `cooccurs` edges weighted by shared papers. Analytics and
// layout fields get neutral values here and are filled by the next steps.
import Graph from 'graphology';
import type { Entity } from '@papergraph/extractor';
import type { ExtractedPaper } from './paper';
import { GraphError } from './errors';
import {
  KIND_COLORS,
  SCHEMA_VERSION,
  type EdgeAttributes,
  type EntityKind,
  type EntityNodeAttributes,
  type Evidence,
  type GraphAttributes,
  type NodeAttributes,
  type PaperGraph,
  type PaperNodeAttributes,
  type RelationEdgeAttributes,
  type ResultEntry,
} from './schema';

export interface LinkOptions {
  /** A `cooccurs` edge needs at least this many shared papers. Default 1. */
  minCooccurrence?: number;
  /**
   * An entity becomes a node only when at least this many papers mention it. Default 1 (all).
   * Large corpora use 2: most entities of 75k abstracts are named by one paper only.
   */
  minPapers?: number;
  /** The graph's `name` attribute. Default "papergraph". */
  name?: string;
}

export const LINK_DEFAULTS: Required<LinkOptions> = {
  minCooccurrence: 1,
  minPapers: 1,
  name: 'papergraph',
};

/** Node id of a paper. */
export function paperNodeId(paperId: string): string {
  return `paper:${paperId}`;
}

/** Deterministic edge key: one edge per kind and ordered pair. */
export function edgeKey(kind: string, source: string, target: string): string {
  return `${kind}:${source}->${target}`;
}

interface EntityAcc {
  type: EntityKind;
  names: Map<string, number>;
  aliases: Set<string>;
  paperCount: number;
  firstSeen: string | undefined;
  family: string | undefined;
  results: ResultEntry[];
}

export function linkPapers(
  papers: readonly ExtractedPaper[],
  options: LinkOptions = {},
): PaperGraph {
  const { minCooccurrence, minPapers, name } = { ...LINK_DEFAULTS, ...options };
  for (const [option, value] of [
    ['minCooccurrence', minCooccurrence],
    ['minPapers', minPapers],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) {
      throw new GraphError(
        'INVALID_OPTION',
        `linkPapers: ${option} must be a whole number ≥ 1, got ${String(value)}. Pass 1 to keep everything.`,
      );
    }
  }
  const unique = uniquePapers(papers);
  const entities = collectEntities(unique, minPapers);
  const graph: PaperGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: 'directed',
    multi: true,
    allowSelfLoops: false,
  });
  graph.replaceAttributes({ name, schema: SCHEMA_VERSION });

  for (const paper of unique) graph.addNode(paperNodeId(paper.id), paperAttributes(paper));
  const ids = [...entities.keys()].sort(compareStrings);
  for (const id of ids) graph.addNode(id, entityAttributes(entities.get(id)!));

  addMentions(graph, unique, entities);
  addRelations(graph, unique, entities);
  addCooccurrences(graph, unique, ids, minCooccurrence);
  return graph;
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function uniquePapers(papers: readonly ExtractedPaper[]): ExtractedPaper[] {
  const seen = new Set<string>();
  return papers.filter((paper) => !seen.has(paper.id) && (seen.add(paper.id), true));
}

/**
 * Entity accumulators for the entities at least `minPapers` papers name. Papers are counted in a
 * first, cheap pass, so that names, aliases and results are gathered only for the entities kept
 * (on 75k abstracts with minPapers 2, 28k of 165k).
 */
function collectEntities(
  papers: readonly ExtractedPaper[],
  minPapers: number,
): Map<string, EntityAcc> {
  const keep = minPapers > 1 ? namedByAtLeast(papers, minPapers) : undefined;
  const entities = new Map<string, EntityAcc>();
  for (const paper of papers) {
    const counted = new Set<string>();
    for (const entity of paper.entities) {
      if (keep !== undefined && !keep.has(entity.id)) continue;
      let acc = entities.get(entity.id);
      if (acc === undefined) {
        acc = newAcc(entity);
        entities.set(entity.id, acc);
      }
      acc.names.set(entity.name, (acc.names.get(entity.name) ?? 0) + 1);
      for (const alias of entity.aliases) acc.aliases.add(alias);
      for (const mention of entity.mentions) acc.aliases.add(mention.text);
      if (counted.has(entity.id)) continue;
      counted.add(entity.id);
      acc.paperCount += 1;
      if (paper.date !== null && (acc.firstSeen === undefined || paper.date < acc.firstSeen)) {
        acc.firstSeen = paper.date;
      }
    }
    for (const result of paper.results ?? []) {
      const dataset = entities.get(result.dataset);
      if (dataset === undefined || dataset.type !== 'dataset') continue;
      dataset.results.push({
        paper: paperNodeId(paper.id),
        method: result.method,
        metric: result.metric,
        value: result.value,
        evidence: {
          field: result.evidence.field,
          start: result.evidence.start,
          end: result.evidence.end,
        },
      });
    }
  }
  return entities;
}

/** Ids of the entities named by at least `min` distinct papers. */
function namedByAtLeast(papers: readonly ExtractedPaper[], min: number): Set<string> {
  const counts = new Map<string, number>();
  for (const paper of papers) {
    const seen = new Set<string>();
    for (const entity of paper.entities) {
      if (seen.has(entity.id)) continue;
      seen.add(entity.id);
      counts.set(entity.id, (counts.get(entity.id) ?? 0) + 1);
    }
  }
  const keep = new Set<string>();
  for (const [id, count] of counts) if (count >= min) keep.add(id);
  return keep;
}

function newAcc(entity: Entity): EntityAcc {
  return {
    type: entity.type,
    names: new Map(),
    aliases: new Set(),
    paperCount: 0,
    firstSeen: undefined,
    family: entity.family,
    results: [],
  };
}

function paperAttributes(paper: ExtractedPaper): PaperNodeAttributes {
  const attributes: PaperNodeAttributes = {
    kind: 'paper',
    label: paper.title,
    x: 0,
    y: 0,
    size: 1,
    color: KIND_COLORS.paper,
    community: -1,
    centrality: 0,
    title: paper.title,
    abstract: paper.abstract,
    lists: [...new Set(paper.appearances.map((a) => a.list))],
  };
  if (paper.date !== null) attributes.date = paper.date;
  else if (paper.dateText !== undefined) attributes.dateText = paper.dateText;
  if (paper.url !== undefined) attributes.url = paper.url;
  return attributes;
}

function entityAttributes(acc: EntityAcc): EntityNodeAttributes {
  let label = '';
  let best = 0;
  for (const [name, count] of acc.names) {
    if (count > best) [label, best] = [name, count];
  }
  const attributes: EntityNodeAttributes = {
    kind: acc.type,
    label,
    x: 0,
    y: 0,
    size: 1,
    color: KIND_COLORS[acc.type],
    community: -1,
    centrality: 0,
    aliases: [...acc.aliases].filter((alias) => alias !== label).sort(compareStrings),
    paperCount: acc.paperCount,
  };
  if (acc.firstSeen !== undefined) attributes.firstSeen = acc.firstSeen;
  if (acc.family !== undefined) attributes.family = acc.family;
  if (acc.type === 'dataset') attributes.results = acc.results;
  return attributes;
}

function addMentions(
  graph: PaperGraph,
  papers: readonly ExtractedPaper[],
  entities: Map<string, EntityAcc>,
): void {
  for (const paper of papers) {
    const source = paperNodeId(paper.id);
    const byEntity = new Map<string, Entity[]>();
    for (const entity of paper.entities) {
      if (!entities.has(entity.id)) continue;
      const list = byEntity.get(entity.id);
      if (list) list.push(entity);
      else byEntity.set(entity.id, [entity]);
    }
    for (const id of [...byEntity.keys()].sort(compareStrings)) {
      const found = byEntity.get(id)!;
      const evidence: Evidence[] = [];
      for (const entity of found) {
        for (const m of entity.mentions) {
          evidence.push({ paper: source, field: m.field, start: m.start, end: m.end });
        }
      }
      graph.addDirectedEdgeWithKey(edgeKey('mentions', source, id), source, id, {
        kind: 'mentions',
        role: found.some((e) => e.role === 'proposed') ? 'proposed' : 'used',
        evidence,
        weight: Math.max(1, evidence.length),
      });
    }
  }
}

function addRelations(
  graph: PaperGraph,
  papers: readonly ExtractedPaper[],
  entities: Map<string, EntityAcc>,
): void {
  const edges = new Map<
    string,
    { source: string; target: string; attributes: RelationEdgeAttributes; papers: Set<string> }
  >();
  for (const paper of papers) {
    const paperId = paperNodeId(paper.id);
    for (const relation of paper.relations) {
      const { source, target } = relation;
      if (source === target || !entities.has(source) || !entities.has(target)) continue;
      const key = edgeKey(relation.type, source, target);
      let edge = edges.get(key);
      if (edge === undefined) {
        edge = {
          source,
          target,
          attributes: { kind: relation.type, evidence: [], rules: [], weight: 0 },
          papers: new Set(),
        };
        edges.set(key, edge);
      }
      const { field, start, end } = relation.evidence;
      edge.attributes.evidence.push({ paper: paperId, field, start, end });
      if (!edge.attributes.rules.includes(relation.rule)) edge.attributes.rules.push(relation.rule);
      edge.papers.add(paperId);
    }
  }
  for (const key of [...edges.keys()].sort(compareStrings)) {
    const edge = edges.get(key)!;
    edge.attributes.rules.sort(compareStrings);
    edge.attributes.weight = edge.papers.size;
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edge.attributes);
  }
}

/** Pairs counted with numeric keys (index pairs), which keeps large corpora within memory. */
function addCooccurrences(
  graph: PaperGraph,
  papers: readonly ExtractedPaper[],
  sortedIds: readonly string[],
  minCooccurrence: number,
): void {
  const index = new Map<string, number>();
  sortedIds.forEach((id, i) => index.set(id, i));
  const n = sortedIds.length;
  const counts = new Map<number, number>();
  for (const paper of papers) {
    const members = [...new Set(paper.entities.map((e) => index.get(e.id)))]
      .filter((i): i is number => i !== undefined)
      .sort((a, b) => a - b);
    for (let a = 0; a < members.length; a++) {
      const base = members[a]! * n;
      for (let b = a + 1; b < members.length; b++) {
        const key = base + members[b]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const keys = [...counts.keys()].filter((key) => counts.get(key)! >= minCooccurrence);
  keys.sort((a, b) => a - b);
  for (const key of keys) {
    const source = sortedIds[Math.floor(key / n)]!;
    const target = sortedIds[key % n]!;
    graph.addDirectedEdgeWithKey(edgeKey('cooccurs', source, target), source, target, {
      kind: 'cooccurs',
      weight: counts.get(key)!,
    });
  }
}
