/**
 * How search results read in the dialog on every page: the same whole sentences as on the search page.
 * The search page's results for every question in content/search-queries.yaml are read (whole sentences,
 * headings apart, nothing twice, room taken at phone size) in the same pass that ranks them:
 * tests/browser/search-quality.spec.ts. Holds for any content.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { typeQuery } from '../support/search-panel';
import { readSearchQueries } from '../support/search-queries';
import { CONTENT } from '../support/paths';
import { exampleGuide } from '../support/example-pages';
import { SENTENCE_END, SENTENCE_START } from '../support/result-text';
import { UI } from '../support/ui';

const questions = readSearchQueries(pathToFileURL(path.join(CONTENT, 'search-queries.yaml'))).map((query) => query.q);

test('the search dialog shows the same whole-sentence results', async ({ page }) => {
  const query = questions[0];
  test.skip(!query, 'content/search-queries.yaml has no questions');
  await page.goto(exampleGuide().address);
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
