/**
 * Every question in content/search-queries.yaml, run through the real search page and the real
 * Pagefind in the browser, against the built site. A question is found when one of its pages is
 * among the first three page results and, when it names a section, that section is among the
 * sections shown under the page. Prints the hit rate at 1 and at 3 for each set and every miss.
 * The tuning set fails below TUNING_TOP3; the held-out set only reports (it is never tuned for, so
 * its rate is the honest one). In either set, a question with no result at all fails: nobody should
 * meet an empty page. Holds for any content: the questions are the practice's own.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { searchPagePanel, typeQuery } from '../support/search-panel';
import { QUERY_SETS, readSearchQueries, type SearchQuery } from '../support/search-queries';
import { CONTENT } from '../support/paths';

/** The share of tuning questions that must find a page in the top three. */
const TUNING_TOP3 = 0.9;

const queries = readSearchQueries(pathToFileURL(path.join(CONTENT, 'search-queries.yaml')));

interface Shown {
  page: string;
  sections: string[];
}

/**
 * One question typed into the search page's box, as a reader does, who then pauses to read. The page is
 * loaded once per set (see expectAllFound), so Pagefind stays loaded between questions, as it does for
 * a reader who searches again; the results are read once the panel says they are for this question.
 */
async function resultsFor(page: Page, query: string): Promise<Shown[]> {
  const panel = searchPagePanel(page);
  await typeQuery(panel, query);
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
  const title =
    set === 'tuning'
      ? `at least ${TUNING_TOP3 * 100}% of tuning questions find a page in the top three, and none finds nothing`
      : `${set} questions: top-1 and top-3 reported, and none finds nothing`;
  test(title, async ({ page }) => {
    test.skip(inSet.length === 0, `content/search-queries.yaml has no ${set} questions`);
    test.setTimeout(180_000);
    await expectAllFound(page, set, inSet);
  });
}

/** The address a result list shows for a page, with its first section. */
const shownAs = (result: Shown) => `${result.page}${result.sections[0] ? `#${result.sections[0]}` : ''}`;
const wanted = (query: SearchQuery) =>
  query.pages.length === 1 ? `${query.pages[0]}${query.anchor ? `#${query.anchor}` : ''}` : query.pages.join(' or ');

async function expectAllFound(page: Page, set: string, queries: readonly SearchQuery[]): Promise<void> {
  let at1 = 0;
  let at3 = 0;
  const misses: string[] = [];
  const notFirst: string[] = [];
  const empty: string[] = [];
  await page.goto('/search/');
  for (const query of queries) {
    const shown = await resultsFor(page, query.q);
    if (shown.length === 0) empty.push(`"${query.q}" (line ${query.line ?? '?'})`);
    const rank = shown.findIndex((result) => query.pages.includes(result.page));
    const sectionRank = rank === -1 || !query.anchor ? 0 : (shown[rank]?.sections.indexOf(query.anchor) ?? -1);
    const found = rank !== -1 && rank < 3 && sectionRank !== -1;
    if (found) at3 += 1;
    if (rank === 0 && sectionRank === 0) at1 += 1;
    else if (found) notFirst.push(`"${query.q}" → ${wanted(query)} at ${rank + 1}`);
    if (!found) {
      const top = shown.slice(0, 3).map(shownAs).join(', ');
      misses.push(`"${query.q}" → wanted ${wanted(query)}; got ${top || 'nothing'}`);
    }
  }
  const percent = (hits: number) => `${((hits / queries.length) * 100).toFixed(1)}%`;
  console.log(
    `\nSearch quality (${set}) over ${queries.length} questions: hit rate @1 ${percent(at1)} (${at1}), @3 ${percent(at3)} (${at3})`,
  );
  if (notFirst.length > 0) console.log(`In the top three, not first:\n  ${notFirst.join('\n  ')}`);
  if (misses.length > 0) console.log(`Misses (${set}):\n  ${misses.join('\n  ')}`);
  expect(empty, `questions that found nothing at all (an empty page):\n${empty.join('\n')}`).toEqual([]);
  if (set === 'tuning') {
    expect(
      at3 / queries.length,
      `top-3 hit rate ${percent(at3)} is below ${TUNING_TOP3 * 100}%; misses:\n${misses.join('\n')}`,
    ).toBeGreaterThanOrEqual(TUNING_TOP3);
  }
}
