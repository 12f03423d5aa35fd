// Step 2 of `buildGraph`: communities (Louvain, seeded), a centrality score (PageRank on the
// entity graph), node size and colour, precomputed so the explorer opens instantly.
// `computeAnalytics(graph)` returns the values; `computeAnalytics.assign(graph)` writes them.
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { GraphError } from './errors';
import { entityProjection } from './projection';
import { seededRandom } from './random';
import { KIND_COLORS, type PaperGraph } from './schema';

export interface AnalyticsOptions {
  /** Seed of Louvain's random choices. Default 1. */
  seed?: number;
  /** Louvain resolution: higher gives more, smaller communities. Default 1. */
  resolution?: number;
}

export const ANALYTICS_DEFAULTS: Required<AnalyticsOptions> = { seed: 1, resolution: 1 };

export interface NodeAnalytics {
  community: number;
  centrality: number;
  size: number;
  color: string;
}

export type Analytics = Map<string, NodeAnalytics>;

export function computeAnalytics(graph: PaperGraph, options: AnalyticsOptions = {}): Analytics {
  const { seed, resolution } = { ...ANALYTICS_DEFAULTS, ...options };
  if (!(resolution > 0)) {
    throw new GraphError(
      'INVALID_OPTION',
      `computeAnalytics: resolution must be > 0, got ${resolution}. The default is 1.`,
    );
  }
  const projection = entityProjection(graph);
  const raw = louvain(projection, { getEdgeWeight: 'weight', rng: seededRandom(seed), resolution });
  const community = renumber(raw);
  const rank =
    projection.size > 0
      ? pagerank(projection, { getEdgeWeight: 'weight', maxIterations: 100, tolerance: 1e-9 })
      : {};
  let maxRank = 0;
  for (const value of Object.values(rank)) if (value > maxRank) maxRank = value;

  const result: Analytics = new Map();
  projection.forEachNode((id) => {
    const centrality = maxRank > 0 ? round((rank[id] ?? 0) / maxRank) : 0;
    const kind = graph.getNodeAttribute(id, 'kind');
    result.set(id, {
      community: community.get(id) ?? -1,
      centrality,
      size: round(3 + 15 * Math.sqrt(centrality)),
      color: KIND_COLORS[kind],
    });
  });

  graph.forEachNode((id, attributes) => {
    if (attributes.kind !== 'paper') return;
    const votes = new Map<number, number>();
    let sum = 0;
    let count = 0;
    graph.forEachOutNeighbor(id, (entity) => {
      const values = result.get(entity);
      if (values === undefined) return;
      votes.set(values.community, (votes.get(values.community) ?? 0) + 1);
      sum += values.centrality;
      count += 1;
    });
    let best = -1;
    let bestVotes = 0;
    for (const [c, v] of votes) {
      if (v > bestVotes || (v === bestVotes && c < best)) [best, bestVotes] = [c, v];
    }
    const centrality = count > 0 ? round(sum / count) : 0;
    result.set(id, {
      community: best,
      centrality,
      size: round(1.5 + 3 * centrality),
      color: KIND_COLORS.paper,
    });
  });
  return result;
}

computeAnalytics.assign = function assign(graph: PaperGraph, options: AnalyticsOptions = {}): void {
  for (const [id, values] of computeAnalytics(graph, options)) {
    graph.mergeNodeAttributes(id, values);
  }
};

/** Community 0 is the largest; ties go to the community holding the smaller node id. */
function renumber(raw: Record<string, number>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const [id, c] of Object.entries(raw)) {
    const list = members.get(c);
    if (list) list.push(id);
    else members.set(c, [id]);
  }
  const groups = [...members.values()].map((ids) => ({
    ids,
    first: ids.reduce((a, b) => (b < a ? b : a)),
  }));
  groups.sort((a, b) => b.ids.length - a.ids.length || (a.first < b.first ? -1 : 1));
  const out = new Map<string, number>();
  groups.forEach((group, i) => group.ids.forEach((id) => out.set(id, i)));
  return out;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
