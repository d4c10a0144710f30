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

const add = (parent: HTMLElement, html: string) => parent.insertAdjacentHTML('beforeend', html);

/**
 * Runs a control's bundle (its `data-src`, a module from this site) once; settles when it has run or
 * could not load. The search button's also starts Pagefind's first files, all at once: its code, the
 * WebAssembly for the page's language and the index's entry file, which Pagefind would otherwise ask
 * for in turn, a round trip each. The entry's `?ts=` is the page's start time, which the search code
 * gives Pagefind as its cache tag (search-ui.ts), so Pagefind's own request finds this one; Pagefind
 * runs without its worker there, so its requests are the page's and can use these.
 */
const load = (control: HTMLElement) => {
  // Every control passed here has a `data-src` (the search page's button, without one, never loads).
  const src = control.dataset['src'] as string;
  if (control === button && !bundles[src])
    add(
      doc.head,
      // Pagefind's files, beside the pages. Astro's base ends with "/" (trailingSlash: 'always'), and the
      // bundler writes it here as it is (written out each time: the repeats cost less than a variable).
      `<link rel=modulepreload href=${import.meta.env.BASE_URL}pagefind/pagefind.js><link rel=preload as=fetch crossorigin href=${import.meta.env.BASE_URL}pagefind/wasm.${doc.documentElement.lang.toLowerCase()}.pagefind><link rel=preload as=fetch crossorigin href=${import.meta.env.BASE_URL}pagefind/pagefind-entry.json?ts=${performance.timeOrigin}>`,
    );
  return (bundles[src] ??= import(/* @vite-ignore */ src));
};

/** Pointer over or focus on a control with code behind it: start fetching that code. */
const warm = (event: Event) => {
  const control = (event.target as Element).closest?.<HTMLElement>('[data-src]');
  if (control) load(control).catch(() => 0); // A click reports it.
};

if (button && fallback && menu) {
  const open = () => {
    if (pageBox) return pageBox.focus();
    if (!dialog) {
      // A bare dialog and field, named by the button's word, until the search code fills it in.
      add(
        doc.body,
        '<dialog class=search-dialog aria-labelledby=search-label><input type=search class=search-input aria-labelledby=search-label>',
      );
      dialog = doc.body.lastChild as HTMLDialogElement;
      field = dialog.firstChild as HTMLInputElement;
    }
    // Never already open: "/" in the dialog types, and the page behind it is inert.
    dialog.showModal();
    field.focus();
    load(button)
      .then(() => window.holdingSpaceSearch(dialog as HTMLDialogElement, field))
      // If the search code cannot load (offline, a blocked file), the header's link to the search page still works.
      .catch(() => fallback.click());
  };

  doc.onkeydown = (event) => {
    // Escape closes the open Menu, as it closes a dialog, and gives focus back to its button.
    if (event.key === 'Escape' && menu.open) {
      menu.open = false;
      (menu.firstElementChild as HTMLElement).focus(); // Its <summary>.
    }
    if (!isSearchShortcut(event)) return;
    event.preventDefault();
    open();
  };
  // Properties, not listeners: nothing else on a page sets them, and they weigh less in every page.
  doc.onpointerover = warm;
  doc.addEventListener('focusin', warm);
  // One listener for every control's press: the search button, Print, Copy and the section links.
  doc.onclick = (event) => {
    const clicked = event.target as Element;
    // A link in the open Menu may go to a section of this very page: close the Menu, or it covers it.
    if (clicked.closest?.('.site-menu a')) menu.open = false;
    const target = clicked.closest?.<HTMLElement>('[data-search-open],[data-enhance]');
    if (target === button) open();
    else if (target?.dataset['src']) void load(target).then(() => window.holdingSpaceShare(target));
    // The one control with no code behind it: Print calls the browser's print dialog.
    else if (target) print();
  };

  fallback.hidden = true;
  button.hidden = false;
  for (const control of doc.querySelectorAll<HTMLElement>('[data-enhance]')) control.hidden = false;
}
