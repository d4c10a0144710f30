/**
 * The search dialog's code, bundled on its own (SearchButton.astro gives the page its address) and
 * fetched by the page's intent loader (intent.ts) when the person first reaches for search. The loader
 * has already opened a bare dialog with a search field, so nothing typed is lost; the first time, this
 * builds the rest of it from the words in /ui/<lang>.json (dialog-panel.ts) once the results' styles
 * are in (no flash of a bare form), and the loader calls it on every opening. If the words cannot load, the returned promise
 * fails and the loader goes to the search page instead.
 */
import { enhanceDialog, warmSearch } from './search-ui';
import { buildDialog } from './dialog-panel';
import { loadScriptWords } from '../../scripts/script-words';
import { PAGEFIND_PATH } from '../../lib/addresses';
import { WHOLE_INDEX_FILE, wholeIndexOf } from './search-config';
import { statusMessage } from './search-results';

/** Resolves once the stylesheet has loaded or failed (the dialog works without it, only plainer). */
function addStylesheet(href = ''): Promise<unknown> {
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = link.onerror = resolve;
    document.head.append(link);
  });
}

/**
 * A small index is fetched whole, now, beside Pagefind's code and WebAssembly (its list is written at
 * build: src/integrations/pagefind.ts): the index of the page's language, the one Pagefind searches.
 * Pagefind's own requests for its chunks then find them. Under the page's start time as cache tag, as
 * Pagefind's entry file, so a new build's list is never missed.
 */
async function preloadWholeIndex(): Promise<void> {
  if (import.meta.env.DEV) return;
  const folder = PAGEFIND_PATH.replace(/[^/]*$/, '');
  const response = await fetch(`${folder}${WHOLE_INDEX_FILE}?ts=${performance.timeOrigin}`);
  if (!response.ok) return;
  const lists = (await response.json()) as Record<string, string[]>;
  for (const file of wholeIndexOf(lists, document.documentElement.lang)) {
    document.head.append(
      Object.assign(document.createElement('link'), {
        rel: 'preload',
        as: 'fetch',
        crossOrigin: 'anonymous',
        href: `${folder}${file}`,
      }),
    );
  }
}

// Pagefind, the words, a small index and the results' styles (the button names their file) at once.
warmSearch();
preloadWholeIndex().catch(() => undefined); // Pagefind fetches the chunks it needs itself then.
// The first number a page formats loads the browser's data for the language, tens of milliseconds
// on a phone: count once while the index is on its way, so the first results' status line does not.
loadScriptWords()
  .then((words) => setTimeout(() => statusMessage(words.search, words.lang, { query: '', count: 1 })))
  .catch(() => undefined);
const styled = addStylesheet(document.querySelector<HTMLElement>('[data-search-open]')?.dataset['css']);

let built: Promise<void> | undefined;

window.holdingSpaceSearch = (dialog, field) => {
  // Opened again: what was searched last is selected, so typing replaces it. (Not the first time: the
  // reader may be typing while this code loads.)
  if (built) field.select();
  // Closing gives focus back to the header's button, however the dialog was opened.
  dialog.onclose = () => document.querySelector<HTMLElement>('[data-search-open]')?.focus();
  built ??= (async () => {
    const [words] = await Promise.all([loadScriptWords(), styled]);
    buildDialog(dialog, field, words.dialog);
  })();
  built.catch(() => (built = undefined));
  return built.then(() => enhanceDialog(dialog));
};
