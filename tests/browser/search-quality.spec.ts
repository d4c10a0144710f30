/**
 * Every question in content/search-queries.yaml (and each other language's content/search-queries.<lang>.yaml,
 * on that language's search page), run through the real search page and the real
 * Pagefind in the browser, at phone size, against the built site. A question is found when one of its
 * pages is among the first three page results and, when it names a section, that section is among the
 * sections shown under the page. Prints the hit rate at 1 and at 3 for each set and every miss.
 * The tuning set fails below TUNING_TOP3; the held-out set only reports (it is never tuned for, so
 * its rate is the honest one). In either set, a question with no result at all fails: nobody should
 * meet an empty page.
 *
 * The same pass reads how the results read and how much room they take (each question is typed once):
 * whole sentences, headings apart, nothing twice, at most two sections (tests/support/result-text.ts),
 * and, in each set, the median question's first four results take little more than one phone screen.
 * Holds for any content: the questions are the practice's own.
 */
import { expect, test, type Page } from '@playwright/test';
import { searchNow, searchPagePanel, typeQuery } from '../support/search-panel';
import { QUERY_SETS, editionQueries, type SearchQuery } from '../support/search-queries';
import { resultTextProblems, type ShownText } from '../support/result-text';

/** The share of tuning questions that must find a page in the top three. */
const TUNING_TOP3 = 0.9;

/** Each language's questions, run on that language's search page (/search/, /es/buscar/ …). */
const languages = editionQueries();

/** A phone (iPhone 12 to 15: 390 × 844 CSS pixels). */
const PHONE = { width: 390, height: 844 };
/**
 * The most four results of the median question may take: about one and a third phone screens. Long
 * questions as headings and two sections per page keep it above one screen for the sample's questions
 * (median about 1,100 px; the same questions took about 2,250 px, 2.7 screens, before results were
 * written in whole sentences and set compactly); the named everyday ones ("ride home", "nausea") fit one.
 */
const MEDIAN_MOST = PHONE.height * 1.4;

test.use({ viewport: PHONE });

interface Shown extends ShownText {
  page: string;
  /** The sections' anchors, in the order shown. */
  anchors: string[];
  top: number;
  bottom: number;
}

/**
 * One question put into the search page's box (typed, or run at once), then read. The page is
 * loaded once per set (see expectAllFound), so Pagefind stays loaded between questions, as it does for
 * a reader who searches again; the results are read once the panel says they are for this question.
 */
async function resultsFor(page: Page, query: string, how: 'typed' | 'now'): Promise<Shown[]> {
  const panel = searchPagePanel(page);
  // The first question of a set is typed, as a reader types; the others run at once (searchNow: the
  // same search and results without the pause in typing), so hundreds of questions take seconds.
  await (how === 'typed' ? typeQuery(panel, query) : searchNow(panel, query));
  return panel.locator('[data-search-result]').evaluateAll((items) =>
    items.map((item) => {
      const box = item.getBoundingClientRect();
      const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const sections = [...item.querySelectorAll<HTMLElement>('[data-search-section]')];
      return {
        page: (item as HTMLElement).dataset['searchResult'] ?? '',
        anchors: sections.map((section) => section.dataset['searchSection']?.split('#')[1] ?? ''),
        title: text(item.querySelector('.search-result-link')),
        texts: [...item.querySelectorAll('.search-summary, .search-excerpt')].map(text),
        sections: sections.map((section) => ({
          heading: text(section.querySelector('a')),
          excerpt: text(section.querySelector('.search-excerpt')),
        })),
        top: box.top + window.scrollY,
        bottom: box.bottom + window.scrollY,
      };
    }),
  );
}

for (const { edition, file, search, queries } of languages) {
  test(`${file}: the question set has questions to run`, () => {
    expect(queries.length).toBeGreaterThan(0);
  });

  for (const set of QUERY_SETS) {
    const inSet = queries.filter((query) => query.set === set);
    const title =
      set === 'tuning'
        ? `${file}: at least ${TUNING_TOP3 * 100}% of tuning questions find a page in the top three on ${search}, and none finds nothing`
        : `${file}: ${set} questions: top-1 and top-3 reported on ${search}, and none finds nothing`;
    test(title, async ({ page }) => {
      test.skip(inSet.length === 0, `${file} has no ${set} questions`);
      test.setTimeout(180_000);
      await expectAllFound(page, set, inSet, search, `${edition.lang}, ${set}`);
    });
  }
}

/** The address a result list shows for a page, with its first section. */
const shownAs = (result: Shown) => `${result.page}${result.anchors[0] ? `#${result.anchors[0]}` : ''}`;
const wanted = (query: SearchQuery) =>
  query.pages.length === 1 ? `${query.pages[0]}${query.anchor ? `#${query.anchor}` : ''}` : query.pages.join(' or ');

async function expectAllFound(
  page: Page,
  set: string,
  queries: readonly SearchQuery[],
  search: string,
  label: string,
): Promise<void> {
  let at1 = 0;
  let at3 = 0;
  const misses: string[] = [];
  const notFirst: string[] = [];
  const empty: string[] = [];
  const problems: string[] = [];
  const heights: { query: string; height: number }[] = [];
  await page.goto(search);
  for (const [index, query] of queries.entries()) {
    const shown = await resultsFor(page, query.q, index === 0 ? 'typed' : 'now');
    if (shown.length === 0) empty.push(`"${query.q}" (line ${query.line ?? '?'})`);
    problems.push(...resultTextProblems(query.q, shown));
    const [first, fourth] = [shown[0], shown[3]];
    if (first && fourth) heights.push({ query: query.q, height: Math.round(fourth.bottom - first.top) });
    const rank = shown.findIndex((result) => query.pages.includes(result.page));
    const sectionRank = rank === -1 || !query.anchor ? 0 : (shown[rank]?.anchors.indexOf(query.anchor) ?? -1);
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
    `\nSearch quality (${label}) over ${queries.length} questions: hit rate @1 ${percent(at1)} (${at1}), @3 ${percent(at3)} (${at3})`,
  );
  if (notFirst.length > 0) console.log(`In the top three, not first:\n  ${notFirst.join('\n  ')}`);
  if (misses.length > 0) console.log(`Misses (${label}):\n  ${misses.join('\n  ')}`);
  expect(empty, `questions that found nothing at all (an empty page):\n${empty.join('\n')}`).toEqual([]);
  expect(problems, problems.join('\n')).toEqual([]);
  heights.sort((a, b) => a.height - b.height);
  const median = heights[Math.floor(heights.length / 2)];
  if (median) {
    console.log(
      `Four results at ${PHONE.width} px over ${heights.length} ${label} questions: median ${median.height} px, tallest ${heights.at(-1)?.height} px ("${heights.at(-1)?.query}")`,
    );
    expect(median.height, `the median ${label} question's first four results`).toBeLessThanOrEqual(MEDIAN_MOST);
  }
  if (set === 'tuning') {
    expect(
      at3 / queries.length,
      `top-3 hit rate ${percent(at3)} is below ${TUNING_TOP3 * 100}%; misses:\n${misses.join('\n')}`,
    ).toBeGreaterThanOrEqual(TUNING_TOP3);
  }
}
