// The view as a URL fragment, so a view can be shared and survives a reload:
// selection, filters, colouring, theme, neighbourhood depth, path and camera.
// Defaults are left out, so the bare URL is the default view.
import { NODE_KINDS, type NodeKind } from '@papergraph/graph';
import { DEFAULT_FILTERS, type EdgeGroup, type Filters } from './filters';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  filters: Filters;
  selected: string | null;
  colorBy: 'kind' | 'community';
  theme: 'light' | 'dark';
  depth: 1 | 2;
  path: { from: string; to: string } | null;
  camera: CameraView | null;
  /** Draw every node even when the graph is over the draw budget (the bench's baseline). */
  drawAll: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  filters: DEFAULT_FILTERS,
  selected: null,
  colorBy: 'kind',
  theme: 'light',
  depth: 1,
  path: null,
  camera: null,
  drawAll: false,
};

// One letter per kind / edge group keeps the URL short: `kinds=mdt`.
const KIND_LETTER: Record<NodeKind, string> = {
  paper: 'p',
  method: 'm',
  dataset: 'd',
  metric: 'x',
  task: 't',
};
const EDGE_GROUPS: EdgeGroup[] = ['mentions', 'relations', 'cooccurs'];
const EDGE_LETTER: Record<EdgeGroup, string> = { mentions: 'm', relations: 'r', cooccurs: 'c' };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function round(value: number): string {
  return String(Math.round(value * 1e4) / 1e4);
}

export function encodeView(view: ViewState): string {
  const params = new URLSearchParams();
  const { filters } = view;
  if (view.selected !== null) params.set('node', view.selected);
  const kinds = NODE_KINDS.filter((kind) => filters.kinds[kind]);
  if (kinds.length !== NODE_KINDS.length) {
    params.set('kinds', kinds.map((kind) => KIND_LETTER[kind]).join('') || '-');
  }
  const edges = EDGE_GROUPS.filter((group) => filters.edges[group]);
  if (edges.length !== EDGE_GROUPS.length) {
    params.set('edges', edges.map((group) => EDGE_LETTER[group]).join('') || '-');
  }
  if (filters.dateFrom !== null) params.set('from', filters.dateFrom);
  if (filters.dateTo !== null) params.set('to', filters.dateTo);
  if (filters.minPapers !== DEFAULT_FILTERS.minPapers) params.set('min', String(filters.minPapers));
  if (filters.communities !== null) params.set('comm', filters.communities.join(','));
  if (view.colorBy !== DEFAULT_VIEW.colorBy) params.set('color', view.colorBy);
  if (view.theme !== DEFAULT_VIEW.theme) params.set('theme', view.theme);
  if (view.depth !== DEFAULT_VIEW.depth) params.set('depth', String(view.depth));
  if (view.path !== null) {
    params.set('pathFrom', view.path.from);
    params.set('pathTo', view.path.to);
  }
  if (view.drawAll) params.set('full', '1');
  if (view.camera !== null) {
    const { x, y, ratio } = view.camera;
    params.set('cam', [x, y, ratio].map(round).join(','));
  }
  return params.toString();
}

/** Reads a fragment written by `encodeView`; anything unreadable falls back to the default. */
export function decodeView(fragment: string): ViewState {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const filters: Filters = structuredClone(DEFAULT_FILTERS);
  const kinds = params.get('kinds');
  if (kinds !== null) {
    for (const kind of NODE_KINDS) filters.kinds[kind] = kinds.includes(KIND_LETTER[kind]);
  }
  const edges = params.get('edges');
  if (edges !== null) {
    for (const group of EDGE_GROUPS) filters.edges[group] = edges.includes(EDGE_LETTER[group]);
  }
  const from = params.get('from');
  if (from !== null && ISO_DATE.test(from)) filters.dateFrom = from;
  const to = params.get('to');
  if (to !== null && ISO_DATE.test(to)) filters.dateTo = to;
  const min = Number(params.get('min'));
  if (Number.isInteger(min) && min > 0) filters.minPapers = min;
  const comm = params.get('comm');
  if (comm !== null) {
    filters.communities = comm
      .split(',')
      .filter((part) => part !== '')
      .map(Number)
      .filter(Number.isInteger);
  }

  const depth = params.get('depth') === '2' ? 2 : 1;
  const pathFrom = params.get('pathFrom');
  const pathTo = params.get('pathTo');
  return {
    filters,
    selected: params.get('node'),
    colorBy: params.get('color') === 'community' ? 'community' : 'kind',
    theme: params.get('theme') === 'dark' ? 'dark' : 'light',
    depth,
    path: pathFrom !== null && pathTo !== null ? { from: pathFrom, to: pathTo } : null,
    camera: decodeCamera(params.get('cam')),
    drawAll: params.get('full') === '1',
  };
}

function decodeCamera(text: string | null): CameraView | null {
  if (text === null) return null;
  const parts = text.split(',').map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 ? { x, y, ratio } : null;
}
