/**
 * Loaded on every page, and kept tiny: it swaps the header's search link for the search button, and
 * loads the search UI only when the person reaches for it (pointer over or focus on the button, a
 * click, or the `/` key). Nothing else runs until then.
 */
import { SEARCH_SHORTCUT } from '../lib/constants';

const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const fallback = document.querySelector<HTMLAnchorElement>('[data-search-fallback]');

if (button && fallback) {
  let ui: Promise<typeof import('./search-ui')> | undefined;
  const load = () => (ui ??= import('./search-ui'));
  const open = () => {
    load()
      .then((module) => module.openSearch(button))
      // If the UI cannot load (offline, a blocked file), the search page still works.
      .catch(() => window.location.assign(fallback.href));
  };

  button.addEventListener('click', open);
  button.addEventListener('pointerenter', load, { once: true });
  button.addEventListener('focus', load, { once: true });
  document.addEventListener('keydown', (event) => {
    if (event.key !== SEARCH_SHORTCUT || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.defaultPrevented || event.isComposing) return;
    // A person typing "/" into a field, or already in a dialog, means the character.
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"]), dialog')) return;
    event.preventDefault();
    open();
  });

  fallback.hidden = true;
  button.hidden = false;
  button.disabled = false;
}
