// Step 3 of dataset → filtered → styled → sigma: what each visible node and edge looks
// like given the colouring, the theme, the highlighted neighbourhood and a drawn path.
// Pure (no DOM, no sigma), so the reducers in renderer.ts stay one-liners.
import { KIND_COLORS, type EdgeAttributes, type NodeAttributes } from '@papergraph/graph';
import { edgeGroup } from '../core/filters';

export type Theme = 'light' | 'dark';
export type ColorBy = 'kind' | 'community';

/** Tableau-like palette for communities (community id modulo its length). */
export const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#86bcb6',
  '#d37295',
];

export const THEMES: Record<
  Theme,
  {
    background: string;
    label: string;
    dimmed: string;
    edge: string;
    relation: string;
    path: string;
  }
> = {
  light: {
    background: '#ffffff',
    label: '#222222',
    dimmed: '#e8e8e8',
    edge: '#d0d0d0',
    relation: '#8a8a8a',
    path: '#d62728',
  },
  dark: {
    background: '#15171a',
    label: '#e8e8e8',
    dimmed: '#2a2d31',
    edge: '#3a3e44',
    relation: '#8c929b',
    path: '#ff6b6b',
  },
};

export function communityColor(community: number): string {
  const index =
    ((community % COMMUNITY_COLORS.length) + COMMUNITY_COLORS.length) % COMMUNITY_COLORS.length;
  return COMMUNITY_COLORS[index] ?? '#999999';
}

export interface StyleState {
  visible: ReadonlySet<string>;
  /** Nodes kept bright (hover/selection neighbourhood or path); null when nothing is highlighted. */
  focus: ReadonlySet<string> | null;
  selected: string | null;
  pathEdges: ReadonlySet<string>;
  colorBy: ColorBy;
  theme: Theme;
  showEdges: Record<'mentions' | 'relations' | 'cooccurs', boolean>;
}

export interface NodeStyle {
  hidden: boolean;
  color: string;
  label: string | null;
  size: number;
  zIndex: number;
  highlighted: boolean;
  forceLabel: boolean;
}

export function styleNode(key: string, attrs: NodeAttributes, state: StyleState): NodeStyle {
  const hidden = !state.visible.has(key);
  const dimmed = state.focus !== null && !state.focus.has(key);
  const color =
    state.colorBy === 'kind' ? KIND_COLORS[attrs.kind] : communityColor(attrs.community);
  return {
    hidden,
    color: dimmed ? THEMES[state.theme].dimmed : color,
    label: dimmed ? null : attrs.label,
    size: attrs.size,
    zIndex: dimmed ? 0 : 1,
    highlighted: key === state.selected,
    // Labels of the focused neighbourhood always show: that is what the user is reading.
    forceLabel: !dimmed && state.focus !== null && state.focus.size <= 60,
  };
}

export interface EdgeStyle {
  hidden: boolean;
  color: string;
  size: number;
  type: 'line' | 'curvedArrow';
  zIndex: number;
}

export function styleEdge(
  key: string,
  attrs: EdgeAttributes,
  source: string,
  target: string,
  state: StyleState,
): EdgeStyle {
  const theme = THEMES[state.theme];
  const group = edgeGroup(attrs.kind);
  const onPath = state.pathEdges.has(key);
  const hidden =
    !onPath &&
    (!state.showEdges[group] || !state.visible.has(source) || !state.visible.has(target));
  const dimmed = state.focus !== null && !(state.focus.has(source) && state.focus.has(target));
  const base = group === 'relations' ? theme.relation : theme.edge;
  return {
    hidden,
    color: onPath ? theme.path : dimmed ? theme.dimmed : base,
    size: onPath
      ? 4
      : group === 'relations'
        ? 1.5
        : Math.min(3, 0.5 + Math.log2(1 + attrs.weight) / 2),
    type: group === 'relations' ? 'curvedArrow' : 'line',
    zIndex: onPath ? 2 : dimmed ? 0 : 1,
  };
}
