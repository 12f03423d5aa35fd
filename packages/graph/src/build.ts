// The graph pipeline in order: 1 link (link.ts) → 2 analytics (analytics.ts) → 3 layout
// (layout.ts). `buildGraph` runs all three; callers that time the stages (the CLI) call them
// one by one. Same input and options, same graph, byte for byte once serialised.
import { computeAnalytics, type AnalyticsOptions } from './analytics';
import { layout, type LayoutOptions } from './layout';
import { linkPapers, type LinkOptions } from './link';
import type { ExtractedPaper } from './paper';
import type { PaperGraph } from './schema';

export interface BuildOptions extends LinkOptions, AnalyticsOptions, LayoutOptions {}

export function buildGraph(
  papers: readonly ExtractedPaper[],
  options: BuildOptions = {},
): PaperGraph {
  const graph = linkPapers(papers, options);
  computeAnalytics.assign(graph, options);
  layout.assign(graph, options);
  return graph;
}
