// The path finder: From and To boxes with suggestions, a Find path button, and the Path
// region listing each hop with the sentences behind it. Names resolve with the graph
// package's `resolveNode` ("did you mean …" when unknown), paths come from `findPaths`
// (the shortest and the next two); the chosen one is drawn by the renderer.
import { findPaths, resolveNode, type Path } from '@papergraph/graph';
import type { Store } from '../app/store';
import { h, replaceChildren } from './h';
import { suggestInput, type SuggestInput } from './suggest-input';

const ALTERNATIVES = 3;

export function mountPathPanel(
  panel: HTMLElement,
  store: Store,
  select: (key: string) => void,
): void {
  const suggest = (query: string) => store.dataset.index.suggest(query);
  const from = suggestInput({
    id: 'path-from',
    label: 'From',
    type: 'text',
    placeholder: 'From',
    suggest,
    onPick: () => undefined,
  });
  const to = suggestInput({
    id: 'path-to',
    label: 'To',
    type: 'text',
    placeholder: 'To',
    suggest,
    onPick: () => undefined,
  });
  const result = h('section', { 'aria-label': 'Path', class: 'path', 'aria-live': 'polite' });

  const resolve = (box: SuggestInput): string | HTMLElement => {
    const name = box.input.value;
    const found = resolveNode(store.dataset.graph, name);
    if ('id' in found) return found.id;
    const options = found.suggestions.map((option) =>
      h(
        'button',
        {
          type: 'button',
          class: 'link',
          onclick: () => {
            box.input.value = option.label;
            find();
          },
        },
        option.label,
      ),
    );
    return h(
      'p',
      {},
      `No node is named "${name}".`,
      options.length > 0
        ? [' Did you mean ', ...options.flatMap((b, i) => (i === 0 ? [b] : [', ', b])), '?']
        : null,
    );
  };

  const find = (): void => {
    const source = resolve(from);
    const target = resolve(to);
    if (typeof source !== 'string' || typeof target !== 'string') {
      replaceChildren(
        result,
        typeof source === 'string' ? null : source,
        typeof target === 'string' ? null : target,
      );
      store.set({ path: null, paths: null, pathMessage: null });
      return;
    }
    const paths = findPaths(store.dataset.graph, source, target, { k: ALTERNATIVES });
    store.set({
      path: { from: source, to: target },
      paths,
      pathIndex: 0,
      pathMessage: paths.length === 0 ? 'These two are not connected.' : null,
    });
  };

  const form = h(
    'form',
    { class: 'path-form' },
    h('h2', {}, 'Path finder'),
    from.root,
    to.root,
    h('button', { type: 'submit' }, 'Find path'),
    h(
      'button',
      { type: 'button', onclick: () => store.set({ path: null, paths: null, pathMessage: null }) },
      'Clear path',
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    find();
  });
  panel.append(form, result);

  const label = (key: string, text: string): HTMLElement =>
    h('button', { type: 'button', class: 'link', onclick: () => select(key) }, text);
  const hops = (path: Path): HTMLElement =>
    h(
      'ol',
      {},
      path.edges.map((edge, i) => {
        const a = path.nodes[i];
        const b = path.nodes[i + 1];
        if (a === undefined || b === undefined) return null;
        return h(
          'li',
          {},
          h(
            'p',
            { class: 'hop' },
            label(a.id, a.label),
            ` —${edge.kind.replace('_', ' ')}→ `,
            label(b.id, b.label),
          ),
          edge.evidence.map((item) =>
            h('blockquote', {}, item.sentence, h('cite', {}, ` — ${item.title}`)),
          ),
        );
      }),
    );

  const render = (): void => {
    const { graph } = store.dataset;
    const { paths, pathIndex, pathMessage, path } = store.state;
    if (
      path !== null &&
      from.input.value === '' &&
      graph.hasNode(path.from) &&
      graph.hasNode(path.to)
    ) {
      from.input.value = graph.getNodeAttribute(path.from, 'label');
      to.input.value = graph.getNodeAttribute(path.to, 'label');
    }
    const shown = paths?.[pathIndex];
    if (paths === null || shown === undefined) {
      replaceChildren(result, pathMessage !== null ? h('p', {}, pathMessage) : null);
      return;
    }
    const count = shown.edges.length;
    replaceChildren(
      result,
      h('h3', {}, `Path: ${count} hop${count === 1 ? '' : 's'}`),
      hops(shown),
      paths.length > 1
        ? h(
            'p',
            { class: 'alternatives' },
            'Other paths: ',
            paths.map((other, i) =>
              i === pathIndex
                ? null
                : h(
                    'button',
                    { type: 'button', onclick: () => store.set({ pathIndex: i }) },
                    `${i + 1} (${other.edges.length} hops)`,
                  ),
            ),
          )
        : null,
    );
  };
  store.subscribe((state, previous) => {
    if (
      state.paths !== previous.paths ||
      state.pathIndex !== previous.pathIndex ||
      state.pathMessage !== previous.pathMessage
    )
      render();
  });
  // A path in the URL is searched again once the graph is there.
  const initial = store.state.path;
  const { graph } = store.dataset;
  if (initial !== null && graph.hasNode(initial.from) && graph.hasNode(initial.to)) {
    store.set({
      paths: findPaths(graph, initial.from, initial.to, { k: ALTERNATIVES }),
      pathIndex: 0,
    });
  }
  render();
}
