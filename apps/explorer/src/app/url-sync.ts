// Keeps the URL fragment in step with the shareable part of the state (selection, filters,
// colouring, theme, path, camera), with replaceState so the back button is not flooded.
import { decodeView, encodeView, type ViewState } from '../core/url-state';
import type { Store } from './store';

export function readViewFromURL(): ViewState {
  return decodeView(window.location.hash);
}

export function syncURL(store: Store): void {
  let last = '';
  store.subscribe((state) => {
    const fragment = encodeView(state);
    if (fragment === last) return;
    last = fragment;
    history.replaceState(
      null,
      '',
      fragment === '' ? window.location.pathname + window.location.search : `#${fragment}`,
    );
  });
}
