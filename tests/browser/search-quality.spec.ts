/**
 * Every question in content/search-queries.yaml, run through the real search page and the real
 * Pagefind in the browser, against the built site. A question passes when its page is among the
 * first three page results and, when it names a section, that section is among the sections shown
 * under the page. Prints the hit rate at 1 and at 3 for each set (tuning, held out); fails on any
 * miss, listing each one. Holds for any content: the questions are the practice's own.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { normaliseQuery } from '../../src/features/search/search-results';
import { QUERY_SETS, readSearchQueries, type SearchQuery } from '../support/search-queries';
import { CONTENT } from '../support/paths';

const queries = readSearchQueries(pathToFileURL(path.join(CONTENT, 'search-queries.yaml')));

interface Shown {
  page: string;
  sections: string[];
}

/**
 * One question typed into the search page's box and sent with Enter, as a reader does. The page is
 * loaded once per set (see expectAllFound), so Pagefind stays loaded between questions, as it does for
 * a reader who searches again; the results are read once the panel says they are for this question.
 */
async function resultsFor(page: Page, query: string): Promise<Shown[]> {
  const panel = page.locator('[data-search-page] [data-search-panel]');
  await panel.locator('input[type="search"]').fill(query);
  await panel.locator('input[type="search"]').press('Enter');
  await expect(panel).toHaveAttribute('data-query', normaliseQuery(query));
  await expect(panel).toHaveAttribute('data-state', 'done');
  return panel.locator('[data-search-result]').evaluateAll((items) =>
    items.map((item) => ({
      page: (item as HTMLElement).dataset['searchResult'] ?? '',
      sections: [...item.querySelectorAll<HTMLElement>('[data-search-section]')].map(
        (section) => section.dataset['searchSection']?.split('#')[1] ?? '',
      ),
    })),
  );
}

test('the question set has questions to run', () => {
  expect(queries.length).toBeGreaterThan(0);
});

for (const set of QUERY_SETS) {
  const inSet = queries.filter((query) => query.set === set);
  test(`every ${set} question finds its page (and section) in the top three`, async ({ page }) => {
    test.skip(inSet.length === 0, `content/search-queries.yaml has no ${set} questions`);
    test.setTimeout(180_000);
    await expectAllFound(page, set, inSet);
  });
}

async function expectAllFound(page: Page, set: string, queries: readonly SearchQuery[]): Promise<void> {
  let at1 = 0;
  let at3 = 0;
  const misses: string[] = [];
  const notFirst: string[] = [];
  await page.goto('/search/');
  for (const query of queries) {
    const shown = await resultsFor(page, query.q);
    const rank = shown.findIndex((result) => result.page === query.page);
    const sectionRank = rank === -1 || !query.anchor ? 0 : (shown[rank]?.sections.indexOf(query.anchor) ?? -1);
    const found = rank !== -1 && rank < 3 && sectionRank !== -1;
    if (found) at3 += 1;
    if (rank === 0 && sectionRank === 0) at1 += 1;
    else if (found)
      notFirst.push(`"${query.q}" → ${query.page}${query.anchor ? `#${query.anchor}` : ''} at ${rank + 1}`);
    if (!found) {
      const top = shown
        .slice(0, 3)
        .map((result) => `${result.page}${result.sections[0] ? `#${result.sections[0]}` : ''}`)
        .join(', ');
      misses.push(
        `"${query.q}" → wanted ${query.page}${query.anchor ? `#${query.anchor}` : ''}; got ${top || 'nothing'}`,
      );
    }
  }
  const percent = (hits: number) => `${((hits / queries.length) * 100).toFixed(1)}%`;
  console.log(
    `\nSearch quality (${set}) over ${queries.length} questions: hit rate @1 ${percent(at1)} (${at1}), @3 ${percent(at3)} (${at3})`,
  );
  if (notFirst.length > 0) console.log(`In the top three, not first:\n  ${notFirst.join('\n  ')}`);
  if (misses.length > 0) console.log(`Misses:\n  ${misses.join('\n  ')}`);
  expect(misses, `questions whose page was not in the top three:\n${misses.join('\n')}`).toEqual([]);
}
