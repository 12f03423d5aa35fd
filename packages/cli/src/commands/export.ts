// `papergraph export`: a built graph in the format other tools read — GEXF 1.3 (Gephi, Gephi
// Lite), GraphML, graphology JSON, or CSV node and edge tables.
import { join } from 'node:path';
import { gexfChunks, graphmlChunks, jsonChunks, toCSV, type PaperGraph } from '@papergraph/graph';
import { parseFlags } from '../args';
import { UsageError, type Command } from '../command';
import { loadGraph, resolvePath, writeChunks } from '../graph/files';
import { DEFAULT_GRAPH_FILE } from '../paths';

const FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

const usage = `Usage: papergraph export --format gexf|graphml|json|csv [--graph FILE] [--out FILE|DIR]

Writes a built graph for other tools:
  gexf      GEXF 1.3 with typed attributes and viz colour, size and position (Gephi, Gephi Lite)
  graphml   GraphML with typed keys (yEd, Cytoscape, NetworkX)
  json      graphology's serialisation (what "papergraph build" writes as graph.json)
  csv       nodes.csv and edges.csv in the directory given by --out

Options:
  --format F     one of ${FORMATS.join(', ')} (required)
  --graph FILE   graph.json to read (default: ${DEFAULT_GRAPH_FILE}, the last build)
  --out PATH     file to write (directory for csv); without it, gexf/graphml/json go to stdout
  -h, --help     show this help`;

export const exportCommand: Command = {
  name: 'export',
  summary: 'write a built graph as GEXF, GraphML, JSON or CSV',
  usage,
  async run(args, ctx) {
    const { values, positionals } = parseFlags(args, {
      format: { type: 'string' },
      graph: { type: 'string' },
      out: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = values.format as Format | undefined;
    if (format === undefined || !FORMATS.includes(format)) {
      throw new UsageError(
        `--format takes ${FORMATS.join(', ')}${values.format === undefined ? '' : `, got "${values.format}"`}`,
      );
    }
    if (format === 'csv' && values.out === undefined) {
      throw new UsageError('csv writes two files (nodes.csv, edges.csv): pass --out DIR');
    }
    const graph = await loadGraph(resolvePath(ctx.cwd, values.graph ?? DEFAULT_GRAPH_FILE));
    if (format === 'csv') {
      const dir = resolvePath(ctx.cwd, values.out!);
      const { nodes, edges } = toCSV(graph);
      await writeChunks(join(dir, 'nodes.csv'), [nodes]);
      await writeChunks(join(dir, 'edges.csv'), [edges]);
      ctx.stderr.write(
        `Wrote ${join(dir, 'nodes.csv')} (${graph.order} nodes) and ${join(dir, 'edges.csv')} (${graph.size} edges)\n`,
      );
      return 0;
    }
    const chunks = serialise(graph, format);
    if (values.out === undefined) {
      for (const chunk of chunks) ctx.stdout.write(chunk);
      return 0;
    }
    const file = resolvePath(ctx.cwd, values.out);
    const bytes = await writeChunks(file, chunks);
    ctx.stderr.write(`Wrote ${file} (${format}, ${(bytes / 1e6).toFixed(1)} MB)\n`);
    return 0;
  },
};

function serialise(graph: PaperGraph, format: Exclude<Format, 'csv'>): Iterable<string> {
  if (format === 'gexf') return gexfChunks(graph);
  if (format === 'graphml') return graphmlChunks(graph);
  return jsonChunks(graph);
}
