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
 * once, as a module script from this site, and says it is ready by setting its function on `window`
 * (src/window-globals.d.ts). The search dialog opens at once, with focus in its field, so nothing typed
 * is lost while its code loads; if that code cannot load, the person goes to the search page instead.
 * Print needs no code: it calls the browser's print dialog directly.
 */
import { isSearchShortcut } from '../features/search/search-shortcut';

const doc = document;
const button = doc.querySelector<HTMLButtonElement>('[data-search-open]');
const fallback = doc.querySelector<HTMLAnchorElement>('[data-search-fallback]');
const dialog = doc.querySelector<HTMLDialogElement>('#search-dialog');
const field = dialog?.querySelector('input');
// The search page has no dialog: the button and "/" go to its own box, which its script (earlier in the
// page, so already run) has shown.
const pageBox = doc.querySelector<HTMLInputElement>('[data-search-page] input');
const menu = doc.querySelector<HTMLDetailsElement>('.site-menu');
const bundles: Record<string, Promise<unknown>> = {};

/** Runs a bundle once. Settles when it has run (a module script's load event) or could not load. */
const load = (src = '') =>
  (bundles[src] ??= new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = resolve;
    script.onerror = reject;
    doc.head.append(script);
  }));

// Pagefind's files, beside the pages (the base comes from Astro's config, as a literal).
const pagefind = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
const pagefindCode = `${pagefind}pagefind.js`;

/**
 * Search's first files, all at once: its code, Pagefind's code, the WebAssembly for the page's
 * language and the index's entry file. Pagefind asks for each in turn otherwise, a round trip each.
 * The entry's `?ts=` is the page's start time, which the search code gives Pagefind as its cache tag
 * (search-ui.ts), so Pagefind's own request finds this one. Pagefind runs without its worker there,
 * so its requests are the page's and can use these.
 */
const warmSearch = (src?: string) => {
  if (!bundles[pagefindCode]) {
    for (const file of [`wasm.${doc.documentElement.lang.toLowerCase()}.pagefind`, `pagefind-entry.json?ts=${performance.timeOrigin}`])
      doc.head.append(
        Object.assign(doc.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: '', href: pagefind + file }),
      );
    // Its failure is the search's to report, in the dialog.
    load(pagefindCode).catch(() => undefined);
  }
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
    if (!dialog || !field) return fail();
    if (!dialog.open) dialog.showModal();
    field.focus();
    field.select();
    warmSearch(button.dataset['src'])
      .then(() => window.holdingSpaceSearch(dialog))
      .catch(fail);
  };

  button.addEventListener('click', open);
  dialog?.addEventListener('close', () => button.focus());
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
