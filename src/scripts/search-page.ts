/**
 * The search page with JavaScript: shows the search form (hidden without JavaScript, where it could
 * not work), fills it from the address (?q=…&phase=…, so a clinician can send a search as a link),
 * runs that search, and keeps the address up to date as the person types.
 */
import { attachSearch } from './search-ui';

const page = document.querySelector<HTMLElement>('[data-search-page]');
const panel = page?.querySelector<HTMLElement>('[data-search-panel]');
if (page && panel) {
  const search = attachSearch(panel, { syncAddress: true });
  const params = new URL(window.location.href).searchParams;
  const phase = panel.querySelector<HTMLSelectElement>('select[name="phase"]');
  search.input.value = params.get('q') ?? '';
  if (phase)
    phase.value = [...phase.options].some((option) => option.value === params.get('phase'))
      ? (params.get('phase') ?? '')
      : '';
  page.querySelector<HTMLElement>('[data-search-js]')?.removeAttribute('hidden');
  page.querySelector<HTMLElement>('[data-search-nojs]')?.setAttribute('hidden', '');
  if (search.input.value) void search.run();
  else search.input.addEventListener('focus', search.warm, { once: true });
}
