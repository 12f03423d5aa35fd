// Timing hooks for `pnpm bench` and the browser tests: marks the first render and exposes
// `window.__papergraph` to apply a filter and time it (synchronous sigma refresh included).
import type { Store } from './app/store';
import type { Filters } from './core/filters';
import type { Renderer } from './render/renderer';

export interface PerfHook {
  /** ms from navigation start to the first frame with the graph drawn. */
  firstRender: number;
  nodes: number;
  edges: number;
  visible: () => number;
  /** Applies a filter patch; resolves with [ms until sigma has redrawn, ms until the next frame]. */
  applyFilters: (patch: Partial<Filters>) => Promise<[number, number]>;
}

declare global {
  interface Window {
    __papergraph?: PerfHook;
  }
}

export function installPerfHook(store: Store, renderer: Renderer): void {
  requestAnimationFrame(() => {
    performance.mark('papergraph:first-render');
    window.__papergraph = {
      firstRender: performance.now(),
      nodes: store.dataset.graph.order,
      edges: store.dataset.graph.size,
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
    document.documentElement.dataset.ready = 'true';
  });
}
