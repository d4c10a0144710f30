/**
 * Crisis first in search: a query that holds crisis words (content/crisis-words/) shows the clinic's
 * crisis lines as call and text buttons above the results, in the dialog and on the search page, and
 * says so to screen readers; the results stay listed below, and the Getting help page is among the
 * first three. Ordinary words show no crisis block. Which query is which is computed with the content's
 * own phrases (tests/build/sample.test.ts pins the sample's), so this holds for any content.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { searchPagePanel, typeQuery } from '../support/search-panel';
import { AXE_TAGS } from '../support/axe';
import { test } from '../support/browser';
import { hasCrisisWords } from '../../src/features/search/crisis-query';
import { crisisWays, wayLabel } from '../../src/lib/crisis-ways';
import { searchCrisisLines } from '../../src/lib/script-words';
import { EDITIONS, clinicOf, pathsOf, uiOf } from '../support/editions';
import { exampleGuide } from '../support/example-pages';
import { readCrisisPhrases } from '../support/words';

const MIN_TARGET = 44;

// Each edition's search, with its own crisis words (content/crisis-words/<lang>.yaml), crisis lines and words.
for (const { lang, root } of EDITIONS) {
  const UI = uiOf(lang);
  const { getHelp: GET_HELP_PATH, search: SEARCH_PATH } = pathsOf(lang);
  const PHRASES = readCrisisPhrases(lang);
  /**
   * The issue's questions in the clinic's own language; in every language, the list's own first and last
   * phrases, and a guide's title (ordinary words, unless the content says otherwise).
   */
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
  const queries = () =>
    [...(root ? ISSUE_QUERIES : []), PHRASES[0] ?? '', PHRASES.at(-1) ?? '', exampleGuide(lang).title].filter(
      (query, index, all) => query !== '' && all.indexOf(query) === index,
    );

  const LINES = searchCrisisLines(clinicOf(lang).crisisLines).map((line) => ({
    name: line.name,
    labels: crisisWays(line).map((way) => wayLabel(way, UI.help)),
  }));

  async function openDialog(page: Page): Promise<Locator> {
    await page.goto(exampleGuide(lang).address);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: UI.search.title });
    await expect(dialog.getByRole('searchbox', { name: UI.search.label })).toBeFocused();
    return dialog.locator('[data-search-panel]');
  }

  async function openPage(page: Page): Promise<Locator> {
    await page.goto(SEARCH_PATH);
    return searchPagePanel(page);
  }

  /** The addresses of the first three results shown. */
  const topThree = (panel: Locator) =>
    panel
      .locator('[data-search-result] .search-result-link')
      .evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));

  async function checkQuery(panel: Locator, query: string): Promise<void> {
    await typeQuery(panel, query);
    const block = panel.locator('[data-search-crisis]');
    const status = panel.getByRole('status');
    const results = panel.locator('[data-search-result]');
    if (!hasCrisisWords(query, PHRASES)) {
      await expect(block).toHaveCount(0);
      await expect(status).not.toContainText(UI.searchCrisis.shown);
      return;
    }
    await expect(block).toBeVisible();
    await expect(block.getByRole('heading', { name: UI.searchCrisis.heading })).toBeVisible();
    await expect(block).toContainText(UI.searchCrisis.intro);
    await expect(block.getByRole('link', { name: UI.searchCrisis.more })).toHaveAttribute('href', GET_HELP_PATH);
    // Said first, before the number of results.
    await expect(status).toHaveText(new RegExp(`^${UI.searchCrisis.shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\S`));
    for (const line of LINES) {
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
    expect(await topThree(panel), `top 3 for "${query}"`).toContain(GET_HELP_PATH);
  }

  test.describe(`${lang}: crisis words in search`, () => {
    test('sample queries are sorted by the content’s own phrases', () => {
      expect(queries().some((query) => hasCrisisWords(query, PHRASES))).toBe(true);
    });

    for (const [where, open] of [
      ['the dialog', openDialog],
      ['the search page', openPage],
    ] as const) {
      test(`in ${where}, show the crisis lines first for crisis words, and nothing for ordinary words`, async ({
        page,
      }) => {
        const panel = await open(page);
        for (const query of queries()) await checkQuery(panel, query);
      });
    }

    test('every crisis phrase alone finds the Getting help page among the first three', async ({ page }) => {
      // A search for each phrase: a longer list (a language with accented and plain spellings) takes longer.
      test.setTimeout(Math.max(30_000, PHRASES.length * 1_000));
      const panel = await openPage(page);
      const missed: string[] = [];
      for (const phrase of PHRASES) {
        await typeQuery(panel, phrase);
        const top = await topThree(panel);
        if (!top.includes(GET_HELP_PATH)) missed.push(`${phrase}: ${top.join(', ')}`);
      }
      expect(missed, 'phrases whose first three results miss the Getting help page').toEqual([]);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`the crisis block has no axe violation (${colorScheme}), in the dialog and on the search page`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme });
        const query = PHRASES[0] ?? '';
        for (const open of [openDialog, openPage]) {
          const panel = await open(page);
          await typeQuery(panel, query);
          const results = await new AxeBuilder({ page }).include('[data-search-crisis]').withTags(AXE_TAGS).analyze();
          expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
        }
      });
    }
  });
}
