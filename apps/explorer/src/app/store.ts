// The explorer's state in one place: the loaded dataset, the shareable view (what the URL
// holds) and the transient bits (hover, path result). Views subscribe and re-render from it;
// the filtered node set is derived here and cached until the dataset or filters change.
import type { Path, PaperGraph } from '@papergraph/graph';
import { visibleNodes } from '../core/filters';
import { SearchIndex } from '../core/search-index';
import { DEFAULT_VIEW, type ViewState } from '../core/url-state';

export interface Dataset {
  graph: PaperGraph;
  index: SearchIndex;
  /** Where it came from: "graph.json", a dropped file's name. */
  source: string;
  /** True when it replaced its own preview (the view is kept). */
  upgrade: boolean;
}

export interface AppState extends ViewState {
  hovered: string | null;
  /** Paths found between path.from and path.to, shortest first; null before a search. */
  paths: Path[] | null;
  /** Which of `paths` is drawn. */
  pathIndex: number;
  pathMessage: string | null;
  /** Dataset shown in the leaderboard view. */
  board: string | null;
}

export type Listener = (state: AppState, previous: AppState) => void;

export class Store {
  state: AppState = {
    ...DEFAULT_VIEW,
    hovered: null,
    paths: null,
    pathIndex: 0,
    pathMessage: null,
    board: null,
  };
  dataset: Dataset;
  private listeners: Listener[] = [];
  private visibleCache: {
    graph: PaperGraph;
    filters: AppState['filters'];
    nodes: Set<string>;
  } | null = null;

  constructor(graph: PaperGraph, source: string) {
    this.dataset = makeDataset(graph, source);
  }

  set(patch: Partial<AppState>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous);
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }

  /** Swaps the full graph in for its preview, keeping selection, filters and camera. */
  upgrade(graph: PaperGraph, source: string): void {
    this.dataset = { ...makeDataset(graph, source), upgrade: true };
    this.visibleCache = null;
    this.set({});
  }

  /** Swaps in another graph (an opened file) and clears what referred to the old one. */
  load(graph: PaperGraph, source: string): void {
    this.dataset = makeDataset(graph, source);
    this.visibleCache = null;
    this.set({
      selected: null,
      hovered: null,
      path: null,
      paths: null,
      pathIndex: 0,
      pathMessage: null,
      board: null,
      camera: null,
    });
  }

  visible(): Set<string> {
    const { graph } = this.dataset;
    const { filters } = this.state;
    if (this.visibleCache?.graph !== graph || this.visibleCache.filters !== filters) {
      this.visibleCache = { graph, filters, nodes: visibleNodes(graph, filters) };
    }
    return this.visibleCache.nodes;
  }
}

function makeDataset(graph: PaperGraph, source: string): Dataset {
  return { graph, index: new SearchIndex(graph), source, upgrade: false };
}
