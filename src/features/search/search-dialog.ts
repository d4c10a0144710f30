/**
 * The search dialog's code, bundled on its own (SearchButton.astro gives the page its address) and
 * fetched by the page's intent loader (intent.ts) when the person first reaches for search. It brings
 * the results' styles with it (the dialog names their file in `data-css`), and the loader, which has
 * already opened the dialog, calls it on every opening once this has run.
 */
import { enhanceDialog } from './search-ui';

const stylesheet = document.querySelector<HTMLElement>('#search-dialog')?.dataset['css'];
if (stylesheet)
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet }));

window.holdingSpaceSearch = enhanceDialog;
