/**
 * The one script every page runs at load. It has no imports of its own (see src/features/search/search-shortcut.ts),
 * so Astro writes it into the page itself and the Content-Security-Policy allows it by its hash: a page
 * without a tool fetches no script file until the person acts.
 *
 * At load it only shows what now works: the header's search button in place of the link to the search
 * page, and the Copy and Print buttons. A guide heading's "#" link is always there; with this loader a
 * press on it also copies the section's address (src/scripts/copy-link.ts), and the link is followed.
 *
 * The code behind them is fetched when the person reaches for it: pointer over or focus on a control
 * with `data-src` starts the fetch early, a click (or "/" for search) runs it. Each bundle is fetched
 * once, as a module from this site, and says it is ready by setting its function on `window`
 * (src/window-globals.d.ts); for search, Pagefind's first files are fetched with it, all at once. No
 * page carries the search dialog: it is made here on first use, a bare dialog and field that open at
 * once with focus in the field, so nothing typed is lost while its code loads, and the code builds the
 * rest around the field. If that code cannot load, the person goes to the search page instead.
 * Print needs no code: it calls the browser's print dialog directly.
 */
import { isSearchShortcut } from '../features/search/search-shortcut';

const doc = document;
const button = doc.querySelector<HTMLButtonElement>('[data-search-open]');
const fallback = doc.querySelector<HTMLAnchorElement>('[data-search-fallback]');
/** The search dialog, made on first use: a bare shell with its field, which the search code fills. */
let dialog: HTMLDialogElement | undefined;
let field: HTMLInputElement;
// The search page has no dialog: the button and "/" go to its own box, which its script (earlier in the
// page, so already run) has shown.
const pageBox = doc.querySelector<HTMLInputElement>('[data-search-page] input');
const menu = doc.querySelector<HTMLDetailsElement>('.site-menu');
const bundles: Record<string, Promise<unknown>> = {};

/** Runs a bundle once (a module from this site). Settles when it has run or could not load. */
const load = (src = '') => (bundles[src] ??= import(/* @vite-ignore */ src));

// Pagefind's files, beside the pages. Astro's base ends with "/" (trailingSlash: 'always'), and the
// bundler writes it here as it is.
const pagefind = `${import.meta.env.BASE_URL}pagefind/`;
const add = (parent: HTMLElement, html: string) => parent.insertAdjacentHTML('beforeend', html);
let warmed = false;

/**
 * Search's first files, all at once: its code, and Pagefind's code, the WebAssembly for the page's
 * language and the index's entry file, which Pagefind would otherwise ask for in turn, a round trip
 * each. The entry's `?ts=` is the page's start time, which the search code gives Pagefind as its
 * cache tag (search-ui.ts), so Pagefind's own request finds this one; Pagefind runs without its
 * worker there, so its requests are the page's and can use these.
 */
const warmSearch = (src?: string) => {
  if (!warmed)
    add(
      doc.head,
      `<link rel=modulepreload href=${pagefind}pagefind.js><link rel=preload as=fetch crossorigin href=${pagefind}wasm.${doc.documentElement.lang.toLowerCase()}.pagefind><link rel=preload as=fetch crossorigin href=${pagefind}pagefind-entry.json?ts=${performance.timeOrigin}>`,
    );
  warmed = true;
  return load(src);
};

/** Pointer over or focus on a control with code behind it: start fetching that code. */
const warm = (event: Event) => {
  const src = (event.target as Element).closest?.<HTMLElement>('[data-src]')?.dataset['src'];
  if (src) (src === button?.dataset['src'] ? warmSearch : load)(src).catch(() => undefined); // A click reports it.
};

if (button && fallback) {
  // If the search code cannot load (offline, a blocked file), the header's link to the search page still works.
  const fail = () => fallback.click();
  const open = () => {
    if (pageBox) return pageBox.focus();
    if (!dialog) {
      // A bare dialog and field, named by the button's word, until the search code fills it in.
      add(
        doc.body,
        '<dialog class=search-dialog aria-labelledby=search-label><input type=search class=search-input aria-labelledby=search-label></dialog>',
      );
      dialog = doc.body.lastChild as HTMLDialogElement;
      field = dialog.firstChild as HTMLInputElement;
      dialog.onclose = () => button.focus();
    }
    if (!dialog.open) dialog.showModal();
    field.focus();
    field.select();
    warmSearch(button.dataset['src'])
      .then(() => window.holdingSpaceSearch(dialog as HTMLDialogElement, field))
      .catch(fail);
  };

  button.addEventListener('click', open);
  doc.addEventListener('keydown', (event) => {
    // Escape closes the open Menu, as it closes a dialog, and gives focus back to its button.
    if (event.key === 'Escape' && menu?.open) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    open();
  });
  doc.addEventListener('pointerover', warm);
  doc.addEventListener('focusin', warm);
  doc.addEventListener('click', (event) => {
    const clicked = event.target as Element;
    // A link in the open Menu may go to a section of this very page: close the Menu, or it covers it.
    if (clicked.closest?.('.site-menu a')) menu?.removeAttribute('open');
    const target = clicked.closest?.<HTMLElement>('[data-enhance]');
    if (target?.dataset['enhance'] === 'print') window.print();
    else if (target) void load(target.dataset['src']).then(() => window.holdingSpaceShare(target));
  });

  fallback.hidden = true;
  button.hidden = button.disabled = false;
  for (const control of doc.querySelectorAll<HTMLElement>('[data-enhance]')) control.hidden = false;
}
