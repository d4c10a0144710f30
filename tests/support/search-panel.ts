/**
 * Searching as a reader does in the browser tests: type, then pause. The search runs by itself; Enter
 * is not pressed, because once results are shown it opens a lone result (direct-match.ts).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { normaliseQuery } from '../../src/features/search/search-results';

/** The search page's own panel (the dialog's is `dialog.locator('[data-search-panel]')`). */
export const searchPagePanel = (page: Page): Locator => page.locator('[data-search-page] [data-search-panel]');

/** Types the query into a panel's box and waits until the panel shows results for exactly it. */
export async function typeQuery(panel: Locator, query: string): Promise<void> {
  await panel.locator('input[type="search"]').fill(query);
  await expect(panel).toHaveAttribute('data-query', normaliseQuery(query));
  await expect(panel).toHaveAttribute('data-state', 'done');
}

/**
 * Runs a query in a panel straight away and waits until the panel shows results for exactly it: for
 * tests about what search returns for hundreds of queries. The words go into the box as typing puts
 * them there (an input event), then the form is submitted, as the search button or Enter does: the
 * same search, synonyms and results as after the pause in typing, without the pause (typeQuery keeps
 * it, and some queries of each such test still go through it). All in the page, so no query waits on
 * a polling interval either.
 */
export async function searchNow(panel: Locator, query: string): Promise<void> {
  const state = await panel.evaluate(
    async (element, { raw, normalised }) => {
      const shown = () =>
        element.dataset['query'] === normalised && ['done', 'error'].includes(element.dataset['state'] ?? '');
      // Results for these words are already shown (the same words again): submitting would open a lone
      // result, as Enter does for a reader who has seen them (direct-match.ts).
      if (shown()) return element.dataset['state'];
      const input = element.querySelector<HTMLInputElement>('input[type="search"]');
      const form = element.querySelector('form');
      if (!input || !form) throw new Error('the search panel has no search box or form');
      const done = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(element, { attributes: true, attributeFilter: ['data-state', 'data-query'] });
      });
      input.value = raw;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      form.requestSubmit();
      await done;
      return element.dataset['state'];
    },
    { raw: query, normalised: normaliseQuery(query) },
  );
  expect(state, `the search for "${query}" ended in an error`).toBe('done');
}
