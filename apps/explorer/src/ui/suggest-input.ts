// A text box with a list of suggestions under it (labels and aliases), used for Search,
// the path's From and To, and the leaderboard's dataset. Keyboard: ↓/↑ move, Enter picks.
import type { Suggestion } from '../core/search-index';
import { h, replaceChildren } from './h';

export interface SuggestInputOptions {
  id: string;
  label: string;
  type: 'search' | 'text';
  placeholder?: string;
  suggest: (query: string) => Suggestion[];
  onPick: (suggestion: Suggestion) => void;
}

export interface SuggestInput {
  root: HTMLElement;
  input: HTMLInputElement;
}

export function suggestInput(options: SuggestInputOptions): SuggestInput {
  const listId = `${options.id}-suggestions`;
  const input = h('input', {
    id: options.id,
    type: options.type,
    'aria-label': options.label,
    'aria-autocomplete': 'list',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: options.placeholder,
  });
  const list = h('ul', {
    id: listId,
    role: 'listbox',
    class: 'suggestions',
    'aria-label': `${options.label} suggestions`,
  });
  list.hidden = true;
  let items: Suggestion[] = [];
  let active = -1;

  const close = (): void => {
    list.hidden = true;
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };
  const pick = (suggestion: Suggestion): void => {
    input.value = suggestion.label;
    close();
    options.onPick(suggestion);
  };
  const render = (): void => {
    replaceChildren(
      list,
      items.map((item, index) =>
        h(
          'li',
          {
            id: `${listId}-${index}`,
            role: 'option',
            'aria-selected': index === active ? 'true' : 'false',
            // mousedown, not click: it runs before the input's blur closes the list.
            onmousedown: (event: Event) => {
              event.preventDefault();
              pick(item);
            },
          },
          h('span', { class: `kind-dot kind-${item.kind}` }),
          h('span', { class: 'suggestion-label' }, item.label),
          item.alias !== undefined
            ? h('span', { class: 'suggestion-alias' }, ` (${item.alias})`)
            : null,
          h('span', { class: 'suggestion-kind' }, item.kind),
        ),
      ),
    );
    list.hidden = items.length === 0;
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
  };

  input.addEventListener('input', () => {
    items = options.suggest(input.value);
    active = -1;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (items.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + items.length) % items.length;
      render();
    } else if (event.key === 'Enter') {
      const chosen = items[Math.max(active, 0)];
      if (chosen !== undefined && !list.hidden) {
        event.preventDefault();
        pick(chosen);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  return { root: h('div', { class: 'suggest' }, input, list), input };
}
