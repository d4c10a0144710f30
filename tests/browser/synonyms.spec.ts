/**
 * Everyday words (content/synonyms/<lang>.yaml) typed into the search page, as a reader types them:
 * every word of every entry finds pages, and its first three results include the best page for the
 * site's word it means (what searching that word shows first). So the synonyms reach the browser (in
 * /ui/<lang>.json) and are applied to the query, for any practice's list. Then, for the sample clinic,
 * the everyday words each find the page that covers them.
 */
import { expect, test, type Page } from '@playwright/test';
import { searchPagePanel, typeQuery } from '../support/search-panel';
import { EDITIONS, pathsOf } from '../support/editions';
import { readSynonyms } from '../support/words';
import { IS_SAMPLE, SAMPLE_ONLY_REASON, sampleOnlyName } from '../support/sample';

const ROOT = EDITIONS[0]?.lang ?? '';
const { guide: guidePath, getHelp: GET_HELP_PATH } = pathsOf(ROOT);

/** The pages the search page shows for one query, in order. */
async function pagesFor(page: Page, query: string): Promise<string[]> {
  const panel = searchPagePanel(page);
  await typeQuery(panel, query);
  return panel
    .locator('[data-search-result]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['searchResult'] ?? ''));
}

// In every edition, with its own list (content/synonyms/<lang>.yaml) on its own search page.
for (const { lang } of EDITIONS) {
  test(`${lang}: every everyday word finds the best page for the site’s word it means`, async ({ page }) => {
    const groups = readSynonyms(lang);
    test.skip(groups.length === 0, `the practice has no synonyms file for ${lang}`);
    // One search for each entry and each of its words: a longer list takes longer.
    const searches = groups.reduce((sum, group) => sum + 1 + group.words.length, 0);
    test.setTimeout(Math.max(180_000, searches * 1_500));
    await page.goto(pathsOf(lang).search);
    const misses: string[] = [];
    for (const group of groups) {
      const best = (await pagesFor(page, group.means))[0];
      expect(best, `searching "${group.means}" (a synonym's means) finds a page`).toBeDefined();
      for (const word of group.words) {
        const top = (await pagesFor(page, word)).slice(0, 3);
        if (!best || !top.includes(best))
          misses.push(`"${word}" → wanted ${best} (for "${group.means}"); got ${top.join(', ') || 'nothing'}`);
      }
    }
    expect(misses, misses.join('\n')).toEqual([]);
  });
}

test.describe(sampleOnlyName('the issue’s everyday words'), () => {
  test.skip(!IS_SAMPLE, SAMPLE_ONLY_REASON);
  // Each query, and the pages that cover it (any one of them in the top three passes).
  const cases: readonly (readonly [string, readonly string[]])[] = [
    ['pregnant', [guidePath('safety')]],
    ['spravato', [guidePath('approval-and-forms')]],
    ['xanax', [guidePath('medicines-alcohol-and-drugs')]],
    ['throw up', [guidePath('session-day'), guidePath('if-a-session-feels-hard'), guidePath('safety')]],
    ['pee', [guidePath('safety'), guidePath('after-your-session')]],
    ['meds', [guidePath('medicines-alcohol-and-drugs')]],
    ['ER', [GET_HELP_PATH]],
    ['ketamin', [guidePath('what-is-kat')]],
  ];
  test('each finds the page that covers it in the top three', async ({ page }) => {
    await page.goto(pathsOf(ROOT).search);
    const misses: string[] = [];
    for (const [query, expected] of cases) {
      const top = (await pagesFor(page, query)).slice(0, 3);
      if (!top.some((shown) => expected.includes(shown))) {
        misses.push(`"${query}" → wanted ${expected.join(' or ')}; got ${top.join(', ') || 'nothing'}`);
      }
    }
    expect(misses, misses.join('\n')).toEqual([]);
  });
});
