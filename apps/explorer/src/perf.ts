// Timing hooks for `pnpm bench` and the browser tests: marks the first render and exposes
// `window.__papergraph` to apply a filter and time it (synchronous sigma refresh included).
// `html[data-ready]` is set after the first frame, `html[data-full]` once the full graph is in
// (at once, unless a preview was drawn first).
import type { Store } from './app/store';
import type { Filters } from './core/filters';
import type { Renderer } from './render/renderer';

export interface PerfHook {
  /** ms from navigation start to the first frame with the graph (or its preview) drawn. */
  firstRender: number;
  /** ms from navigation start until the full graph was in; null while loading. */
  fullReady: number | null;
  nodes: () => number;
  edges: () => number;
  visible: () => number;
  /** Applies a filter patch; resolves with [ms until sigma has redrawn, ms until the next frame]. */
  applyFilters: (patch: Partial<Filters>) => Promise<[number, number]>;
}

declare global {
  interface Window {
    __papergraph?: PerfHook;
  }
}

export function installPerfHook(store: Store, renderer: Renderer): { fullyLoaded: () => void } {
  const hook: PerfHook = {
    firstRender: NaN,
    fullReady: null,
    nodes: () => store.dataset.graph.order,
    edges: () => store.dataset.graph.size,
    visible: () => Number(renderer.sigma.getContainer().dataset.visibleNodes ?? 0),
    applyFilters: (patch) => {
      const start = performance.now();
      store.set({ filters: { ...store.state.filters, ...patch } });
      const drawn = performance.now() - start;
      return new Promise((resolve) =>
        requestAnimationFrame(() => resolve([drawn, performance.now() - start])),
      );
    },
  };
  window.__papergraph = hook;
  requestAnimationFrame(() => {
    performance.mark('papergraph:first-render');
    hook.firstRender = performance.now();
    document.documentElement.dataset.ready = 'true';
  });
  return {
    fullyLoaded: () =>
      requestAnimationFrame(() => {
        performance.mark('papergraph:full');
        hook.fullReady = performance.now();
        document.documentElement.dataset.full = 'true';
      }),
  };
}
