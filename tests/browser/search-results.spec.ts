/**
 * How search results read in the dialog on every page: the same whole sentences as on the search page,
 * in each language, on a guide of that language with the language's own first question. The search
 * page's results for every question in content/search-queries[.<lang>].yaml are read (whole sentences,
 * headings apart, nothing twice, room taken at phone size) in the same pass that ranks them:
 * tests/browser/search-quality.spec.ts. Holds for any content.
 */
import { expect, test } from '@playwright/test';
import { typeQuery } from '../support/search-panel';
import { editionQueries } from '../support/search-queries';
import { exampleGuide } from '../support/example-pages';
import { EDITIONS, uiOf } from '../support/editions';
import type { Edition } from '../../src/lib/editions';
import { SENTENCE_END, SENTENCE_START } from '../support/result-text';

/** Whether a page address is in an edition: under its home, and under no other edition's. */
const inEdition = (address: string, edition: Edition) =>
  address.startsWith(edition.home) &&
  !EDITIONS.some(
    (other) => other !== edition && other.home.length > edition.home.length && address.startsWith(other.home),
  );

for (const { edition, file, queries } of editionQueries()) {
  test(`${edition.lang}: the search dialog shows the same whole-sentence results, of the page's language only`, async ({
    page,
  }) => {
    const query = queries[0]?.q;
    test.skip(!query, `${file} has no questions`);
    await page.goto(exampleGuide(edition.lang).address);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: uiOf(edition.lang).search.title });
    const panel = dialog.locator('[data-search-panel]');
    await typeQuery(panel, query ?? '');
    // Pagefind searches the index of the page's language (its <html lang>).
    const pages = await panel
      .locator('[data-search-result]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['searchResult'] ?? ''));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((address) => !inEdition(address, edition))).toEqual([]);
    const texts = await panel.locator('.search-summary, .search-excerpt').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts.map((value) => value.replace(/\s+/g, ' ').trim())) {
      expect(text).toMatch(SENTENCE_START);
      expect(text).toMatch(SENTENCE_END);
    }
  });
}
