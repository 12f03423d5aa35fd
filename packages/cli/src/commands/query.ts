// `papergraph query path|neighbors|papers|leaderboard|new`: questions to a built graph. The
// answers come from the graph package (shared with the explorer); this file parses flags,
// resolves names forgivingly and prints a table, or the plain data with --json.
import {
  findPaths,
  leaderboard,
  neighbors,
  newSince,
  NODE_KINDS,
  papersOf,
  type EntityKind,
  type NodeKind,
  type PaperGraph,
} from '@papergraph/graph';
import { intFlag, parseFlags } from '../args';
import { UsageError, type Command } from '../command';
import { loadGraph, resolvePath } from '../graph/files';
import {
  formatLeaderboard,
  formatNeighbors,
  formatNew,
  formatPapers,
  formatPaths,
} from '../graph/format';
import { resolveName } from '../graph/names';
import { DEFAULT_GRAPH_FILE } from '../paths';

const usage = `Usage: papergraph query <question> … [--graph FILE] [--json]

Questions:
  path A B [--via KINDS] [-k N]   shortest path from A to B and the next shortest (default
                                  3 paths), each hop with its paper and sentence; --via
                                  limits the nodes in between to kinds, e.g. dataset,task
  neighbors X [--kind KIND]       nodes linked to X, strongest first [--limit N]
  papers X                        papers behind an entity (or an edge key), newest first
  leaderboard DATASET [--metric M]  reported results on a dataset, best first
  new --since YYYY-MM-DD [--kind KIND]  entities first seen on or after a date

Names resolve forgivingly (id, name, alias; any case, hyphens, plural). An unknown name
exits 1 with "did you mean …" suggestions.

Options:
  --graph FILE   graph.json to read (default: ${DEFAULT_GRAPH_FILE}, the last build)
  --json         machine-readable output; for path: {"paths": [{"nodes": […], "edges": […]}]}
  -h, --help     show this help

Kinds: ${NODE_KINDS.join(', ')}`;

const QUESTIONS = ['path', 'neighbors', 'papers', 'leaderboard', 'new'] as const;
type Question = (typeof QUESTIONS)[number];

export const queryCommand: Command = {
  name: 'query',
  summary: 'ask the graph: path, neighbors, papers, leaderboard, new',
  usage,
  async run(args, ctx) {
    const { values, positionals } = parseFlags(args, {
      graph: { type: 'string' },
      json: { type: 'boolean', default: false },
      via: { type: 'string' },
      k: { type: 'string', short: 'k' },
      kind: { type: 'string' },
      limit: { type: 'string' },
      metric: { type: 'string' },
      since: { type: 'string' },
    });
    const [question, ...names] = positionals;
    if (question === undefined) throw new UsageError(`say which question: ${QUESTIONS.join(', ')}`);
    if (!(QUESTIONS as readonly string[]).includes(question)) {
      throw new UsageError(`unknown question "${question}"; use one of ${QUESTIONS.join(', ')}`);
    }
    const arity: Record<Question, number> = {
      path: 2,
      neighbors: 1,
      papers: 1,
      leaderboard: 1,
      new: 0,
    };
    const wanted = arity[question as Question];
    if (names.length !== wanted) {
      throw new UsageError(
        `query ${question} takes ${wanted === 0 ? 'no names' : `${wanted} name${wanted > 1 ? 's' : ''}`}, got ${names.length}${names.length > 0 ? ` (${names.join(', ')})` : ''}; quote names with spaces`,
      );
    }
    const kind = values.kind === undefined ? undefined : parseKind(values.kind, '--kind');
    const graph = await loadGraph(resolvePath(ctx.cwd, values.graph ?? DEFAULT_GRAPH_FILE));
    const print = (data: unknown, text: string) =>
      ctx.stdout.write(values.json ? `${JSON.stringify(data, null, 2)}\n` : text);

    switch (question as Question) {
      case 'path': {
        const via =
          values.via === undefined
            ? undefined
            : values.via.split(',').map((k) => parseKind(k.trim(), '--via'));
        const k = Math.max(1, intFlag(values.k, 'k', 3));
        const [a, b] = [resolveName(graph, names[0]!), resolveName(graph, names[1]!)];
        const paths = findPaths(graph, a, b, via === undefined ? { k } : { k, via });
        print({ paths }, formatPaths(paths));
        return 0;
      }
      case 'neighbors': {
        const id = resolveName(graph, names[0]!);
        const limit = values.limit === undefined ? undefined : intFlag(values.limit, 'limit', 0);
        const rows = neighbors(graph, id, {
          ...(kind ? { kind } : {}),
          ...(limit !== undefined ? { limit } : {}),
        });
        print({ id, neighbors: rows }, formatNeighbors(rows));
        return 0;
      }
      case 'papers': {
        const name = names[0]!;
        const id = graph.hasEdge(name) ? name : resolveName(graph, name);
        const rows = papersOf(graph, id);
        print({ id, papers: rows }, formatPapers(rows));
        return 0;
      }
      case 'leaderboard': {
        const dataset = resolveName(graph, names[0]!, 'dataset');
        const metric =
          values.metric === undefined ? undefined : resolveName(graph, values.metric, 'metric');
        const board = leaderboard(graph, dataset, metric === undefined ? {} : { metric });
        print(board, formatLeaderboard(board));
        return 0;
      }
      case 'new': {
        if (values.since === undefined) throw new UsageError('query new needs --since YYYY-MM-DD');
        if (kind === 'paper')
          throw new UsageError(
            'query new lists entities; --kind takes method, dataset, metric or task',
          );
        const result = newSinceOrUsage(graph, values.since, kind);
        print({ since: values.since, ...result }, formatNew(result));
        return 0;
      }
    }
  },
};

function parseKind(text: string, flag: string): NodeKind {
  const kind = text.toLowerCase().replace(/s$/, '');
  if (!(NODE_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`${flag} takes ${NODE_KINDS.join(', ')}; got "${text}"`);
  }
  return kind as NodeKind;
}

function newSinceOrUsage(graph: PaperGraph, since: string, kind: NodeKind | undefined) {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(since))
    throw new UsageError(`--since takes a date as YYYY-MM-DD, got "${since}"`);
  return newSince(graph, since, kind === undefined ? {} : { kind: kind as EntityKind });
}
