/**
 * The search page is a tool: coming to it is the person's reach for search, so its UI loads with the
 * page. It comes before the page's intent loader (src/scripts/intent.ts) in the HTML, so the search box
 * is shown by the time the header's button and "/" are switched on to focus it.
 */
import { enhanceSearchPage } from './search-ui';

const page = document.querySelector<HTMLElement>('[data-search-page]');
// Without its UI the page still lists every topic A to Z.
if (page) enhanceSearchPage(page);
