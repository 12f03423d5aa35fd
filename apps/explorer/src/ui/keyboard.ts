// Keyboard use: "/" focuses Search, Esc clears the selection, hover and path (and leaves
// a text box it is in).
import type { Store } from '../app/store';

export function bindKeyboard(store: Store, search: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing =
      target !== null &&
      (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
    if (event.key === '/' && !typing) {
      event.preventDefault();
      search.focus();
      search.select();
    } else if (event.key === 'Escape') {
      if (typing) target.blur();
      store.set({ selected: null, hovered: null, path: null, paths: null, pathMessage: null });
    }
  });
}
