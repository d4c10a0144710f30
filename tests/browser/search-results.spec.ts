/**
 * How search results read in the dialog on every page: the same whole sentences as on the search page.
 * The search page's results for every question in content/search-queries.yaml are read (whole sentences,
 * headings apart, nothing twice, room taken at phone size) in the same pass that ranks them:
 * tests/browser/search-quality.spec.ts. Each edition searches its own pages: Pagefind keeps one index
 * per `<html lang>`. Holds for any content.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { searchPagePanel, typeQuery } from '../support/search-panel';
import { readSearchQueries } from '../support/search-queries';
import { CONTENT } from '../support/paths';
import { EDITIONS, pathsOf, uiOf } from '../support/editions';
import { exampleGuide, wordOnlyIn } from '../support/example-pages';
import { SENTENCE_END, SENTENCE_START } from '../support/result-text';
import { sitePages } from '../support/site-pages';

for (const { lang, root } of EDITIONS) {
  const UI = uiOf(lang);
  const file = path.join(CONTENT, root ? 'search-queries.yaml' : `search-queries.${lang}.yaml`);
  const questions = existsSync(file) ? readSearchQueries(pathToFileURL(file)).map((query) => query.q) : [];

  test(`${lang}: the search dialog shows the same whole-sentence results`, async ({ page }) => {
    const query = questions[0];
    test.skip(!query, `${path.relative(CONTENT, file)} has no questions`);
    await page.goto(exampleGuide(lang).address);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: UI.search.title });
    const panel = dialog.locator('[data-search-panel]');
    await typeQuery(panel, query ?? '');
    const texts = await panel.locator('.search-summary, .search-excerpt').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts.map((value) => value.replace(/\s+/g, ' ').trim())) {
      expect(text).toMatch(SENTENCE_START);
      expect(text).toMatch(SENTENCE_END);
    }
  });

  test(`${lang}: the search page finds this language's guides, and no page in another language`, async ({ page }) => {
    const { address, word } = wordOnlyIn(lang);
    const own = new Set(sitePages().flatMap((candidate) => (candidate.lang === lang ? [candidate.address] : [])));
    await page.goto(pathsOf(lang).search);
    const panel = searchPagePanel(page);
    for (const query of [word, exampleGuide(lang).title]) {
      await typeQuery(panel, query);
      const found = await panel
        .locator('[data-search-result] .search-result-link')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(found.length, `results for "${query}"`).toBeGreaterThan(0);
      expect(
        found.filter((pathname) => !own.has(pathname)),
        `results for "${query}" in another language`,
      ).toEqual([]);
    }
    await typeQuery(panel, word);
    await expect(panel.locator('[data-search-result] .search-result-link').first()).toHaveAttribute('href', address);
  });
}
