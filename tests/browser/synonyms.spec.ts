/**
 * Everyday words (content/synonyms/<lang>.yaml) typed into the search page of their language, as a
 * reader types them: every word of every entry finds pages, and its first three results include the
 * best page for the site's word it means (what searching that word shows first). So each language's
 * synonyms reach the browser (in /ui/<lang>.json) and are applied to the query on that language's
 * pages, for any practice's lists. Then, for the sample clinic, the everyday words each find
 * the page that covers them.
 */
import { expect, test, type Page } from '@playwright/test';
import { searchNow, searchPagePanel, typeQuery } from '../support/search-panel';
import { guidePath, GET_HELP_PATH } from '../../src/lib/addresses';
import { readSynonyms } from '../support/words';
import type { SynonymWords } from '../../src/schemas/words';
import { EDITIONS, pathsOf } from '../support/editions';
import { IS_SAMPLE, SAMPLE_ONLY_REASON, sampleOnlyName } from '../support/sample';

type SynonymGroup = SynonymWords['synonyms'][number];

/**
 * The pages the search page shows for one query, in order. Typed, as a reader types, or run at once
 * (searchNow: the same search without the pause in typing), which the long lists use for all but their
 * first query.
 */
async function pagesFor(page: Page, query: string, how: 'typed' | 'now' = 'typed'): Promise<string[]> {
  const panel = searchPagePanel(page);
  await (how === 'typed' ? typeQuery(panel, query) : searchNow(panel, query));
  return panel
    .locator('[data-search-result]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['searchResult'] ?? ''));
}

/**
 * Most words one test types: a long list (the sample's Spanish one has about 400) is checked in several
 * tests, each loading the search page once, so each stays well inside its time and they run side by side.
 */
const WORDS_PER_TEST = 100;

/** The entries in runs of about WORDS_PER_TEST words, with their place in the list (1-based). */
function batches(groups: readonly SynonymGroup[]): { from: number; groups: SynonymGroup[] }[] {
  const runs: { from: number; groups: SynonymGroup[]; words: number }[] = [];
  groups.forEach((group, index) => {
    const last = runs.at(-1);
    if (last && last.words + group.words.length <= WORDS_PER_TEST) {
      last.groups.push(group);
      last.words += group.words.length;
    } else runs.push({ from: index + 1, groups: [group], words: group.words.length });
  });
  return runs;
}

for (const { lang } of EDITIONS) {
  const groups = readSynonyms(lang);
  const search = pathsOf(lang).search;
  const runs = batches(groups);
  if (runs.length === 0) {
    test(`${lang}: every everyday word finds the best page for the site’s word it means`, () => {
      test.skip(true, `the practice has no synonyms file for "${lang}"`);
    });
  }
  for (const run of runs) {
    const entries = `entries ${run.from}–${run.from + run.groups.length - 1} of ${groups.length}`;
    test(`${lang}: every everyday word finds the best page for the site’s word it means, on ${search} (${entries})`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.goto(search);
      const misses: string[] = [];
      let typed = false;
      for (const group of run.groups) {
        // The first word a reader types; every other one at once.
        const how = typed ? 'now' : 'typed';
        typed = true;
        const best = (await pagesFor(page, group.means, how))[0];
        expect(best, `searching "${group.means}" (a synonym's means) finds a page`).toBeDefined();
        for (const word of group.words) {
          const top = (await pagesFor(page, word, 'now')).slice(0, 3);
          if (!best || !top.includes(best))
            misses.push(`"${word}" → wanted ${best} (for "${group.means}"); got ${top.join(', ') || 'nothing'}`);
        }
      }
      expect(misses, misses.join('\n')).toEqual([]);
    });
  }
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
    await page.goto('/search/');
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
