/**
 * Searching as a reader does in the browser tests: type, then pause. The search runs by itself; Enter
 * is not pressed, because once results are shown it opens a lone result (direct-match.ts). searchNow
 * runs the same search without the pause, for tests that put hundreds of queries.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { normaliseQuery } from '../../src/features/search/search-results';

/** The search page's own panel (the dialog's is `dialog.locator('[data-search-panel]')`). */
export const searchPagePanel = (page: Page): Locator => page.locator('[data-search-page] [data-search-panel]');

/**
 * Resolves in the page once the panel shows results (or an error) for exactly these words, or after
 * `timeout` ms: it watches the panel's attributes, so no query waits on a polling interval.
 */
async function untilShown(panel: Locator, normalised: string, timeout: number): Promise<void> {
  await panel.evaluate(
    (element, { normalised, timeout }) =>
      new Promise<void>((resolve) => {
        const shown = () =>
          element.dataset['query'] === normalised && ['done', 'error'].includes(element.dataset['state'] ?? '');
        if (shown()) return resolve();
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(element, { attributes: true, attributeFilter: ['data-state', 'data-query'] });
        setTimeout(() => {
          observer.disconnect();
          resolve();
        }, timeout);
      }),
    { normalised, timeout },
  );
}

/** Types the query into a panel's box and waits until the panel shows results for exactly it. */
export async function typeQuery(panel: Locator, query: string): Promise<void> {
  await panel.locator('input[type="search"]').fill(query);
  const normalised = normaliseQuery(query);
  await untilShown(panel, normalised, 5_000);
  // Then the same assertions as ever: they pass at once when the results are there, and say what is
  // wrong when they are not.
  await expect(panel).toHaveAttribute('data-query', normalised);
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
  const normalised = normaliseQuery(query);
  await panel.evaluate(
    (element, { raw, normalised }) => {
      // Results for these words are already shown (the same words again): submitting would open a lone
      // result, as Enter does for a reader who has seen them (direct-match.ts).
      if (element.dataset['query'] === normalised && element.dataset['state'] !== 'loading') return;
      const input = element.querySelector<HTMLInputElement>('input[type="search"]');
      const form = element.querySelector('form');
      if (!input || !form) throw new Error('the search panel has no search box or form');
      input.value = raw;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      form.requestSubmit();
    },
    { raw: query, normalised },
  );
  await untilShown(panel, normalised, 30_000);
  await expect(panel, `the search for "${query}"`).toHaveAttribute('data-query', normalised);
  await expect(panel, `the search for "${query}"`).toHaveAttribute('data-state', 'done');
}
