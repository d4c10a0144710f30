/**
 * Crisis first in search, in every language: a query that holds crisis words (content/crisis-words/<lang>.yaml)
 * shows the crisis lines of the page's language (content/settings/clinic[.<lang>].yaml) as call and text
 * buttons above the results, in the dialog on a guide of that language and on its search page, in its
 * words, and says so to screen readers; the results stay listed below, and that language's Getting help
 * page is among the first three. Ordinary words show no crisis block. Which query is which is computed with the content's
 * own phrases (tests/build/sample.test.ts pins the sample's), so this holds for any content.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { searchNow, searchPagePanel, typeQuery } from '../support/search-panel';
import { axeFindingsIn } from '../support/axe';
import { test } from '../support/browser';
import { hasCrisisWords } from '../../src/features/search/crisis-query';
import { crisisWays, wayLabel } from '../../src/lib/crisis-ways';
import { searchCrisisLines } from '../../src/lib/script-words';
import { EDITIONS, clinicOf, pathsOf, uiOf } from '../support/editions';
import { exampleGuide } from '../support/example-pages';
import { readCrisisPhrases } from '../support/words';

/** The issue's questions, typed in every language: which of them hold crisis words is the content's to say. */
const ISSUE_QUERIES = [
  'I want to kill myself',
  'overdose',
  'thinking about suicide',
  '988',
  'emergency',
  'crisis',
  'stop',
  'pain',
  'sad',
  'I took too much',
];

const MIN_TARGET = 44;

/** Most crisis phrases one test searches for, one after another on one load of the search page. */
const PHRASES_PER_TEST = 30;

/** One language's side of search: its crisis phrases, words, crisis lines and pages. */
function languageOf(lang: string) {
  const ui = uiOf(lang);
  const phrases = readCrisisPhrases(lang);
  const paths = pathsOf(lang);
  return {
    lang,
    phrases,
    ui,
    getHelp: paths.getHelp,
    /** The issue's questions, and the language's own first and last phrases. */
    queries: [...ISSUE_QUERIES, phrases[0] ?? '', phrases.at(-1) ?? ''].filter(
      (query, index, all) => query !== '' && all.indexOf(query) === index,
    ),
    lines: searchCrisisLines(clinicOf(lang).crisisLines).map((line) => ({
      name: line.name,
      labels: crisisWays(line).map((way) => wayLabel(way, ui.help)),
    })),
    async openDialog(page: Page): Promise<Locator> {
      await page.goto(exampleGuide(lang).address);
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: ui.search.title });
      await expect(dialog.getByRole('searchbox', { name: ui.search.label })).toBeFocused();
      return dialog.locator('[data-search-panel]');
    },
    async openPage(page: Page): Promise<Locator> {
      await page.goto(paths.search);
      return searchPagePanel(page);
    },
  };
}
type Language = ReturnType<typeof languageOf>;

/** The addresses of the first three results shown. */
const topThree = (panel: Locator) =>
  panel
    .locator('[data-search-result] .search-result-link')
    .evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));

async function checkQuery(language: Language, panel: Locator, query: string): Promise<void> {
  const { ui, phrases, getHelp } = language;
  await typeQuery(panel, query);
  const block = panel.locator('[data-search-crisis]');
  const status = panel.getByRole('status');
  const results = panel.locator('[data-search-result]');
  if (!hasCrisisWords(query, phrases)) {
    await expect(block).toHaveCount(0);
    await expect(status).not.toContainText(ui.searchCrisis.shown);
    return;
  }
  await expect(block).toBeVisible();
  await expect(block.getByRole('heading', { name: ui.searchCrisis.heading })).toBeVisible();
  await expect(block).toContainText(ui.searchCrisis.intro);
  await expect(block.getByRole('link', { name: ui.searchCrisis.more })).toHaveAttribute('href', getHelp);
  // Said first, before the number of results.
  await expect(status).toHaveText(new RegExp(`^${ui.searchCrisis.shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\S`));
  for (const line of language.lines) {
    await expect(block, line.name).toContainText(line.name);
    for (const label of line.labels) {
      const button = block.locator('a.crisis-button', { hasText: label }).first();
      await expect(button, label).toBeVisible();
      const box = await button.boundingBox();
      expect(box?.width ?? 0, label).toBeGreaterThanOrEqual(MIN_TARGET);
      expect(box?.height ?? 0, label).toBeGreaterThanOrEqual(MIN_TARGET);
    }
  }
  // Results are never hidden: listed below the block.
  expect(await results.count(), 'results').toBeGreaterThan(0);
  const blockBox = await block.boundingBox();
  const firstBox = await results.first().boundingBox();
  expect(firstBox?.y ?? 0).toBeGreaterThanOrEqual((blockBox?.y ?? 0) + (blockBox?.height ?? 0));
  // Crisis wording leads to the Getting help page, even in a sentence.
  expect(await topThree(panel), `top 3 for "${query}"`).toContain(getHelp);
}

for (const language of EDITIONS.map(({ lang }) => languageOf(lang))) {
  const { lang, phrases, queries } = language;
  test.describe(`crisis words in search (${lang})`, () => {
    test('sample queries are sorted by the content’s own phrases', () => {
      expect(queries.some((query) => hasCrisisWords(query, phrases))).toBe(true);
    });

    for (const [where, open] of [
      ['the dialog', language.openDialog],
      ['the search page', language.openPage],
    ] as const) {
      test(`in ${where}, show the crisis lines first for crisis words, and nothing for ordinary words`, async ({
        page,
      }) => {
        const panel = await open(page);
        for (const query of queries) await checkQuery(language, panel, query);
      });
    }

    // A long list of phrases (a practice may have dozens) is checked in several tests, each
    // loading the search page once, so each stays well inside its time and they run side by side.
    for (let from = 0; from < phrases.length; from += PHRASES_PER_TEST) {
      const batch = phrases.slice(from, from + PHRASES_PER_TEST);
      test(`every crisis phrase alone finds the Getting help page among the first three (phrases ${from + 1}–${from + batch.length} of ${phrases.length})`, async ({
        page,
      }) => {
        const panel = await language.openPage(page);
        const missed: string[] = [];
        // The first phrase as a reader types it; every other one at once (searchNow: the same search
        // without the pause in typing).
        for (const [index, phrase] of batch.entries()) {
          await (index === 0 ? typeQuery(panel, phrase) : searchNow(panel, phrase));
          const top = await topThree(panel);
          if (!top.includes(language.getHelp)) missed.push(`${phrase}: ${top.join(', ')}`);
        }
        expect(missed, 'phrases whose first three results miss the Getting help page').toEqual([]);
      });
    }

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`the crisis block has no axe violation (${colorScheme}), in the dialog and on the search page`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        const query = phrases[0] ?? '';
        for (const open of [language.openDialog, language.openPage]) {
          const panel = await open(page);
          await typeQuery(panel, query);
          expect(await axeFindingsIn(page, '[data-search-crisis]')).toEqual([]);
        }
      });
    }
  });
}
