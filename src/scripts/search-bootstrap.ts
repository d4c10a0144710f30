/**
 * Loaded on every page, and kept tiny: it swaps the header's search link for the search button, opens
 * the search dialog (already in the page's HTML) on a click or the `/` key, and loads the search UI
 * only when the person reaches for it (pointer over or focus on the button, a click, or `/`).
 * The dialog opens at once, so nothing typed is lost while the UI loads.
 */
import { SEARCH_SHORTCUT } from '../lib/constants';

const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const fallback = document.querySelector<HTMLAnchorElement>('[data-search-fallback]');

if (button && fallback) {
  let ui: Promise<typeof import('./search-ui')> | undefined;
  const load = () => {
    // The results' styles come with the search code, not in every page's stylesheet.
    const stylesheet = button.dataset['stylesheet'];
    if (!ui && stylesheet)
      document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet }));
    return (ui ??= import('./search-ui'));
  };
  // If the UI cannot load (offline, a blocked file), the search page still works.
  const fail = () => window.location.assign(fallback.href);

  const open = () => {
    // The search page has its own box; the button and `/` go there.
    const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
    if (pageBox) {
      // The box stays hidden until the search page's UI has loaded; focus it once it is shown.
      if (pageBox.checkVisibility()) return pageBox.focus();
      return void load()
        .then(() => pageBox.focus())
        .catch(() => undefined);
    }
    const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
    const field = dialog?.querySelector<HTMLInputElement>('input[type="search"]');
    if (!dialog || !field) return fail();
    if (!dialog.open) {
      dialog.showModal();
      dialog.addEventListener('close', () => button.focus(), { once: true });
    }
    field.focus();
    field.select();
    load()
      .then((module) => module.enhanceDialog(dialog))
      .catch(fail);
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

  // On the search page, coming to the page was the person's reach for search: load the UI now.
  const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
  if (searchPage) {
    load()
      .then((module) => module.enhanceSearchPage(searchPage))
      .catch(() => undefined); // Without the UI the page still lists every topic A to Z.
  }
}
