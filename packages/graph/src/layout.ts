// Step 3 of `buildGraph`: positions for every node. ForceAtlas2 (Barnes–Hut, fixed iterations)
// runs on the "core" entity graph only — the most-mentioned entities, each keeping its strongest
// links — seeded by community. The other entities are placed at the weighted mean of their laid
// out neighbours and papers at the mean of their entities, each with a small deterministic
// jitter. A full ForceAtlas2 over every paper of a large corpus would take minutes; this takes
// seconds and shows what people look at. `layout(graph)` returns positions; `layout.assign` writes.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { GraphError } from './errors';
import { compareStrings } from './link';
import { entityProjection } from './projection';
import { hashUnit, seededRandom } from './random';
import type { PaperGraph } from './schema';

export interface LayoutOptions {
  /** Seed of the initial positions. Default 1. */
  seed?: number;
  /** ForceAtlas2 iterations over the core. Default 100. */
  iterations?: number;
  /** How many entities (the most mentioned) ForceAtlas2 lays out. Default 2000. */
  coreSize?: number;
  /** Each core entity keeps its this-many strongest links in the layout graph. Default 12. */
  linksPerNode?: number;
}

export const LAYOUT_DEFAULTS: Required<LayoutOptions> = {
  seed: 1,
  iterations: 100,
  coreSize: 2000,
  linksPerNode: 12,
};

export interface Point {
  x: number;
  y: number;
}

export type Positions = Map<string, Point>;

export function layout(graph: PaperGraph, options: LayoutOptions = {}): Positions {
  const settings = { ...LAYOUT_DEFAULTS, ...options };
  for (const name of ['iterations', 'coreSize', 'linksPerNode'] as const) {
    const value = settings[name];
    if (!Number.isInteger(value) || value < 0) {
      throw new GraphError(
        'INVALID_OPTION',
        `layout: ${name} must be a whole number ≥ 0, got ${String(value)}. Default: ${LAYOUT_DEFAULTS[name]}.`,
      );
    }
  }
  const positions: Positions = new Map();
  const core = layoutCore(graph, settings);
  for (const [id, point] of core) positions.set(id, point);
  const extent = Math.max(
    1,
    ...[...core.values()].map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))),
  );
  placeOtherEntities(graph, positions, extent);
  placePapers(graph, positions, extent);
  for (const point of positions.values()) {
    point.x = round2(point.x);
    point.y = round2(point.y);
  }
  return positions;
}

layout.assign = function assign(graph: PaperGraph, options: LayoutOptions = {}): void {
  for (const [id, { x, y }] of layout(graph, options)) graph.mergeNodeAttributes(id, { x, y });
};

function layoutCore(graph: PaperGraph, settings: Required<LayoutOptions>): Positions {
  const entities: { id: string; papers: number }[] = [];
  graph.forEachNode((id, a) => {
    if (a.kind !== 'paper') entities.push({ id, papers: a.paperCount });
  });
  entities.sort((a, b) => b.papers - a.papers || compareStrings(a.id, b.id));
  const coreIds = new Set(entities.slice(0, settings.coreSize).map((e) => e.id));
  const full = entityProjection(graph, (id) => coreIds.has(id));

  // Keep each node's strongest links: the layout graph stays sparse however dense the corpus.
  const kept = new Set<string>();
  full.forEachNode((id) => {
    const edges: { key: string; weight: number; other: string }[] = [];
    full.forEachEdge(id, (key, a, s, t) =>
      edges.push({ key, weight: a.weight, other: s === id ? t : s }),
    );
    edges.sort((a, b) => b.weight - a.weight || compareStrings(a.other, b.other));
    for (const e of edges.slice(0, settings.linksPerNode)) kept.add(e.key);
  });
  full.forEachEdge((key) => {
    if (!kept.has(key)) full.dropEdge(key);
  });

  // Seed: communities on a golden-angle spiral, members scattered around their centre.
  const rng = seededRandom(settings.seed);
  const spread = Math.sqrt(full.order + 1) * 10;
  full.forEachNode((id) => {
    const community = Math.max(0, graph.getNodeAttribute(id, 'community'));
    const angle = community * 2.399963;
    const radius = spread * Math.sqrt(community / Math.max(1, full.order)) * 2;
    const r = Math.sqrt(rng()) * spread * 0.25;
    const t = rng() * 2 * Math.PI;
    full.mergeNodeAttributes(id, {
      x: radius * Math.cos(angle) + r * Math.cos(t),
      y: radius * Math.sin(angle) + r * Math.sin(t),
    });
  });
  if (full.order > 1 && settings.iterations > 0) {
    forceAtlas2.assign(full, {
      iterations: settings.iterations,
      getEdgeWeight: 'weight',
      settings: {
        ...forceAtlas2.inferSettings(full),
        barnesHutOptimize: true,
        barnesHutTheta: 0.6,
      },
    });
  }
  const positions: Positions = new Map();
  full.forEachNode((id, a) => positions.set(id, { x: a.x, y: a.y }));
  return positions;
}

/** Entities outside the core: weighted mean of placed neighbours, in two passes; else a ring. */
function placeOtherEntities(graph: PaperGraph, positions: Positions, extent: number): void {
  const pending: string[] = [];
  graph.forEachNode((id, a) => {
    if (a.kind !== 'paper' && !positions.has(id)) pending.push(id);
  });
  for (let pass = 0; pass < 2; pass++) {
    const placed: [string, Point][] = [];
    for (const id of pending) {
      if (positions.has(id)) continue;
      let x = 0;
      let y = 0;
      let total = 0;
      graph.forEachEdge(id, (_key, a, source, target) => {
        if (a.kind === 'mentions') return;
        const p = positions.get(source === id ? target : source);
        if (p === undefined) return;
        x += p.x * a.weight;
        y += p.y * a.weight;
        total += a.weight;
      });
      if (total > 0) placed.push([id, jitter(id, { x: x / total, y: y / total }, extent * 0.02)]);
    }
    for (const [id, p] of placed) positions.set(id, p);
  }
  for (const id of pending) {
    if (!positions.has(id)) positions.set(id, ring(id, extent * 1.1));
  }
}

function placePapers(graph: PaperGraph, positions: Positions, extent: number): void {
  graph.forEachNode((id, a) => {
    if (a.kind !== 'paper') return;
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachOutNeighbor(id, (entity) => {
      const p = positions.get(entity);
      if (p === undefined) return;
      x += p.x;
      y += p.y;
      n += 1;
    });
    positions.set(
      id,
      n > 0 ? jitter(id, { x: x / n, y: y / n }, extent * 0.03) : ring(id, extent * 1.2),
    );
  });
}

function jitter(id: string, p: Point, scale: number): Point {
  const r = Math.sqrt(hashUnit(id, 1)) * scale;
  const t = hashUnit(id, 2) * 2 * Math.PI;
  return { x: p.x + r * Math.cos(t), y: p.y + r * Math.sin(t) };
}

function ring(id: string, radius: number): Point {
  const t = hashUnit(id, 3) * 2 * Math.PI;
  const r = radius * (1 + 0.1 * hashUnit(id, 4));
  return { x: r * Math.cos(t), y: r * Math.sin(t) };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
