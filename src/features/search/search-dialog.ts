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

/** Resolves once the stylesheet has loaded or failed (the dialog works without it, only plainer). */
function addStylesheet(href = ''): Promise<unknown> {
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = link.onerror = resolve;
    document.head.append(link);
  });
}

// Pagefind, the words and the results' styles (the button names their file) at once.
warmSearch();
const styled = addStylesheet(document.querySelector<HTMLElement>('[data-search-open]')?.dataset['css']);

let built: Promise<void> | undefined;

window.holdingSpaceSearch = (dialog, field) => {
  built ??= (async () => {
    const [words] = await Promise.all([loadScriptWords(), styled]);
    buildDialog(dialog, field, words.dialog);
  })();
  built.catch(() => (built = undefined));
  return built.then(() => enhanceDialog(dialog));
};
