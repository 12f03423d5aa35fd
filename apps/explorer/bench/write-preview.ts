// Writes graph.view.json (the preview the explorer draws first, see src/core/preview-graph.ts)
// next to a graph.json. `papergraph build` does not write it yet, so the bench does.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fromJSON, toJSON } from '@papergraph/graph';
import { needsBudget } from '@papergraph/graph';
import { previewGraph } from '@papergraph/graph';

/** The preview's path, or null when the graph is small enough to open whole. */
export function writePreview(graphFile: string): string | null {
  const out = join(dirname(graphFile), 'graph.view.json');
  if (existsSync(out) && statSync(out).mtimeMs >= statSync(graphFile).mtimeMs) return out;
  const graph = fromJSON(readFileSync(graphFile, 'utf8'));
  if (!needsBudget(graph)) return null;
  writeFileSync(out, toJSON(previewGraph(graph)));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (file === undefined) throw new Error('usage: tsx bench/write-preview.ts GRAPH.json');
  console.log(writePreview(file) ?? `${file} is small enough: no preview needed`);
}
