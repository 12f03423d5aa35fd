// The path finder: From and To boxes with suggestions, a Find path button, and the Path
// region listing each hop with the sentence behind it. The path is also drawn (renderer).
import type { Store } from '../app/store';
import { shortestPath } from '../core/path';
import { h, replaceChildren } from './h';
import { suggestInput } from './suggest-input';

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
    suggest,
    onPick: () => undefined,
  });
  const to = suggestInput({
    id: 'path-to',
    label: 'To',
    type: 'text',
    suggest,
    onPick: () => undefined,
  });
  const result = h('section', { 'aria-label': 'Path', class: 'path', 'aria-live': 'polite' });

  const find = (): void => {
    const index = store.dataset.index;
    const source = index.resolve(from.input.value);
    const target = index.resolve(to.input.value);
    if (source === null || target === null) {
      const missing = source === null ? from.input.value : to.input.value;
      store.set({ path: null, pathHops: null, pathMessage: `No node matches "${missing}".` });
      return;
    }
    const hops = shortestPath(store.dataset.graph, source, target);
    store.set({
      path: { from: source, to: target },
      pathHops: hops,
      pathMessage: hops === null ? 'These two are not connected.' : null,
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
      {
        type: 'button',
        onclick: () => store.set({ path: null, pathHops: null, pathMessage: null }),
      },
      'Clear path',
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    find();
  });
  panel.append(form, result);

  const render = (): void => {
    const { graph } = store.dataset;
    const { pathHops, pathMessage, path } = store.state;
    if (
      path !== null &&
      from.input.value === '' &&
      graph.hasNode(path.from) &&
      graph.hasNode(path.to)
    ) {
      from.input.value = graph.getNodeAttribute(path.from, 'label');
      to.input.value = graph.getNodeAttribute(path.to, 'label');
    }
    if (pathHops === null) {
      replaceChildren(result, pathMessage !== null ? h('p', {}, pathMessage) : null);
      return;
    }
    const label = (key: string): HTMLElement =>
      h(
        'button',
        { type: 'button', class: 'link', onclick: () => select(key) },
        graph.getNodeAttribute(key, 'label'),
      );
    replaceChildren(
      result,
      h('h3', {}, `Path: ${pathHops.length} hop${pathHops.length === 1 ? '' : 's'}`),
      h(
        'ol',
        {},
        pathHops.map((hop) =>
          h(
            'li',
            {},
            h(
              'p',
              { class: 'hop' },
              label(hop.from),
              ` —${hop.kind.replace('_', ' ')}→ `,
              label(hop.to),
            ),
            hop.evidence !== null
              ? h(
                  'blockquote',
                  {},
                  hop.evidence.sentence,
                  h('cite', {}, ` — ${hop.evidence.paperTitle}`),
                )
              : null,
          ),
        ),
      ),
    );
  };
  store.subscribe((state, previous) => {
    if (state.pathHops !== previous.pathHops || state.pathMessage !== previous.pathMessage)
      render();
  });
  // A path in the URL is recomputed once the graph is there.
  const initial = store.state.path;
  if (initial !== null) {
    store.set({ pathHops: shortestPath(store.dataset.graph, initial.from, initial.to) });
  }
  render();
}
