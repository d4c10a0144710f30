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
