// Step 4 of dataset → filtered → styled → sigma: the sigma instance. Its reducers read a
// StyleState rebuilt from the store on each change; sigma's own events feed hover,
// selection and camera back into the store. Nothing here renders HTML.
import Sigma from 'sigma';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { EdgeProgramType } from 'sigma/rendering';
import type { EdgeAttributes, NodeAttributes, PaperGraph } from '@papergraph/graph';
import type { AppState, Store } from '../app/store';
import { BudgetedView, needsBudget } from '@papergraph/graph';
import { graphFrame, previewInfo } from '@papergraph/graph';
import { visibleNodes } from '../core/filters';
import { neighborhood } from '../core/neighborhood';
import { pathEdgeKeys, pathNodeKeys } from '../core/path-view';
import { styleEdge, styleNode, THEMES, type StyleState } from './style';

type PaperSigma = Sigma<NodeAttributes, EdgeAttributes>;

/** Settings that change what is drawn; camera moves and leaderboard picks do not. */
const DRAW_KEYS: (keyof AppState)[] = [
  'filters',
  'selected',
  'hovered',
  'colorBy',
  'theme',
  'depth',
  'paths',
  'pathIndex',
];

/** Over the draw budget, these also change which nodes are drawn. */
const REDRAW_KEYS: (keyof AppState)[] = ['selected', 'paths', 'pathIndex'];

export interface DrawnCount {
  count: number;
  total: number;
  budgeted: boolean;
}

export class Renderer {
  readonly sigma: PaperSigma;
  private style: StyleState;
  private cameraTimer: number | undefined;
  /** Set when the dataset is over the draw budget and not drawn whole. */
  private budgeted: BudgetedView | null = null;
  /** The graph sigma holds: the dataset itself, or its budgeted view. */
  private drawn: PaperGraph;
  private shownDataset: PaperGraph;

  constructor(
    private readonly store: Store,
    private readonly container: HTMLElement,
  ) {
    this.shownDataset = store.dataset.graph;
    this.drawn = this.chooseDrawn();
    this.style = this.computeStyle();
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(this.drawn, container, {
      ...this.sizeSettings(this.drawn),
      renderEdgeLabels: false,
      zIndex: true,
      labelFont: 'system-ui, sans-serif',
      labelColor: { color: THEMES[store.state.theme].label },
      defaultEdgeType: 'line',
      edgeProgramClasses: {
        curvedArrow: EdgeCurvedArrowProgram as unknown as EdgeProgramType<
          NodeAttributes,
          EdgeAttributes
        >,
      },
      // Sigma draws what a reducer returns: position plus style, nothing more (an abstract
      // copied per node per refresh would cost more than the drawing).
      nodeReducer: (key, attrs) => ({
        x: attrs.x,
        y: attrs.y,
        ...styleNode(key, attrs, this.style),
      }),
      edgeReducer: (key, attrs) => {
        const [source, target] = this.drawn.extremities(key);
        return styleEdge(key, attrs, source, target, this.style);
      },
    });
    this.fixFrame();
    if (store.state.camera !== null) this.sigma.getCamera().setState(store.state.camera);
    this.bindEvents();
    store.subscribe((state, previous) => this.update(state, previous));
    this.publishCount();
  }

  /** Label density by graph size: readable at every zoom without a wall of text. */
  private sizeSettings(graph: PaperGraph) {
    const big = graph.order > 3000;
    const medium = graph.order > 1000;
    return {
      labelDensity: big ? 0.3 : medium ? 0.45 : 0.7,
      labelGridCellSize: big ? 110 : 70,
      labelRenderedSizeThreshold: big ? 8 : 5,
      hideEdgesOnMove: big,
    };
  }

  /** The dataset, or (over budget) entities first plus what is selected or on a path. */
  private chooseDrawn(): PaperGraph {
    const { graph } = this.store.dataset;
    const { state } = this.store;
    if (state.drawAll || !needsBudget(graph)) {
      this.budgeted = null;
      return graph;
    }
    this.budgeted ??= new BudgetedView(graph);
    const pinned = new Set<string>();
    if (state.selected !== null)
      for (const key of this.budgeted.neighbourhood(state.selected)) pinned.add(key);
    const path = state.paths?.[state.pathIndex];
    if (path !== undefined) for (const key of pathNodeKeys(path)) pinned.add(key);
    return this.budgeted.build(pinned);
  }

  /** Frames the whole dataset, so positions stay put while the drawn subset changes. */
  private fixFrame(): void {
    const { graph } = this.store.dataset;
    this.sigma.setCustomBBox(previewInfo(graph)?.frame ?? graphFrame(graph));
  }

  private computeStyle(): StyleState {
    const { state } = this.store;
    const { graph } = this.store.dataset;
    // Over budget only the drawn nodes need testing, not the whole dataset.
    const visible =
      this.budgeted === null ? this.store.visible() : visibleNodes(this.drawn, state.filters);
    const pathEdges = new Set<string>();
    const pathNodes = new Set<string>();
    const path = state.paths?.[state.pathIndex];
    if (path !== undefined) {
      for (const key of pathEdgeKeys(graph, path)) pathEdges.add(key);
      for (const key of pathNodeKeys(path)) pathNodes.add(key);
    }
    const anchor = state.hovered ?? state.selected;
    let focus: Set<string> | null = null;
    if (anchor !== null && graph.hasNode(anchor))
      focus = neighborhood(graph, anchor, state.depth, visible);
    if (pathNodes.size > 0) focus = new Set([...(focus ?? []), ...pathNodes]);
    return {
      visible: pathNodes.size > 0 ? new Set([...visible, ...pathNodes]) : visible,
      focus,
      selected: state.selected,
      pathEdges,
      colorBy: state.colorBy,
      theme: state.theme,
      showEdges: state.filters.edges,
    };
  }

  private update(state: AppState, previous: AppState): void {
    const datasetChanged = this.store.dataset.graph !== this.shownDataset;
    if (datasetChanged) {
      this.shownDataset = this.store.dataset.graph;
      this.budgeted = null;
    }
    const redraw =
      datasetChanged ||
      state.drawAll !== previous.drawAll ||
      (this.budgeted !== null && REDRAW_KEYS.some((key) => state[key] !== previous[key]));
    if (redraw) {
      this.drawn = this.chooseDrawn();
      this.style = this.computeStyle();
      this.sigma.setGraph(this.drawn);
      this.sigma.setSettings(this.sizeSettings(this.drawn));
      if (datasetChanged) {
        this.fixFrame();
        // The full graph replacing its preview keeps the view; another file starts afresh.
        if (!this.store.dataset.upgrade)
          this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      }
      this.publishCount();
      return;
    }
    if (state.theme !== previous.theme) {
      this.sigma.setSetting('labelColor', { color: THEMES[state.theme].label });
    }
    if (DRAW_KEYS.some((key) => state[key] !== previous[key])) {
      this.style = this.computeStyle();
      this.sigma.refresh();
      this.publishCount();
    }
  }

  /** How many nodes are drawn and pass the filters (what the status line and tests read). */
  private publishCount(): void {
    let count = 0;
    if (this.drawn === this.store.dataset.graph) count = this.style.visible.size;
    else this.drawn.forEachNode((key) => void (this.style.visible.has(key) && count++));
    const total = this.store.dataset.graph.order;
    this.container.dataset.visibleNodes = String(count);
    document.dispatchEvent(
      new CustomEvent<DrawnCount>('papergraph:drawn', {
        detail: { count, total, budgeted: this.budgeted !== null },
      }),
    );
  }

  private bindEvents(): void {
    this.sigma.on('enterNode', ({ node }) => this.store.set({ hovered: node }));
    this.sigma.on('leaveNode', () => this.store.set({ hovered: null }));
    this.sigma.on('clickNode', ({ node }) => this.store.set({ selected: node }));
    this.sigma.on('clickStage', () => this.store.set({ selected: null }));
    this.sigma.getCamera().on('updated', (camera) => {
      window.clearTimeout(this.cameraTimer);
      this.cameraTimer = window.setTimeout(() => {
        this.store.set({ camera: { x: camera.x, y: camera.y, ratio: camera.ratio } });
      }, 200);
    });
  }

  /** Moves the camera onto a node (after a search pick or a click in a list). */
  centreOn(key: string): void {
    const data = this.sigma.getNodeDisplayData(key);
    if (data === undefined) return;
    const camera = this.sigma.getCamera();
    void camera.animate(
      { x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.5) },
      { duration: 300 },
    );
  }

  /** The current view as a PNG: sigma's layers drawn in order onto one canvas. */
  toPNG(): Promise<Blob | null> {
    this.sigma.refresh();
    const { width, height } = this.sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const canvas = document.createElement('canvas');
    canvas.width = width * ratio;
    canvas.height = height * ratio;
    const context = canvas.getContext('2d');
    if (context === null) return Promise.resolve(null);
    context.fillStyle = THEMES[this.store.state.theme].background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    // WebGL layers keep no drawing buffer, so they are copied in the same task as the refresh.
    for (const layer of Object.values(this.sigma.getCanvases())) {
      context.drawImage(layer, 0, 0, canvas.width, canvas.height);
    }
    return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  }
}
