/** Search as a keyboard user, a screen-reader user and a person without JavaScript meets it. */
import { expect, test, type Page } from '@playwright/test';
import { templatePattern } from '../support/ui';
import { normaliseQuery } from '../../src/features/search/search-results';
import { EDITIONS, clinicOf, pathsOf, uiOf } from '../support/editions';
import { exampleGuide, wordOnlyIn } from '../support/example-pages';
import { escapeRegExp } from '../support/regexp';
import { searchIndex } from '../support/search-index';
import { typeQuery } from '../support/search-panel';
import { buildTopicIndex } from '../../src/features/search/topic-index';

/** The plural forms of a status line as one pattern, its count any number and its other placeholders given. */
const statusPattern = (forms: Readonly<Record<string, string>>, values: Readonly<Record<string, string>>) =>
  `(?:${Object.values(forms)
    .map((form) => templatePattern(form, { count: '\\d+', ...values }))
    .join('|')})`;

/**
 * A plain word (a to z) that most of a language's guides have, so a search for it lists several: read
 * from the built index, for any content.
 */
function commonWord(lang: string): string {
  const guides = pathsOf(lang).guides;
  const counts = new Map<string, number>();
  for (const entry of searchIndex().values()) {
    if (!entry.url.startsWith(guides)) continue;
    for (const word of new Set(entry.content.toLowerCase().match(/(?<![\p{L}\d])[a-z]{5,}(?![\p{L}\d])/gu) ?? []))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!best) throw new Error(`No ${lang} guide is in the search index: build the site first (npm run build).`);
  return best[0];
}

// Every edition's search, with its own words, addresses and pages.
for (const { lang } of EDITIONS) {
  const UI = uiOf(lang);
  const paths = pathsOf(lang);

  // A guide of the content under test, read from the built site once it is built.
  let GUIDE = '';
  let TITLE = '';
  let COMMON = '';
  test.beforeAll(() => {
    ({ address: GUIDE, title: TITLE } = exampleGuide(lang));
    COMMON = commonWord(lang);
  });
  /** The status line after a search for `query`, found or partly found. */
  const resultsFor = (query: string) =>
    new RegExp(
      `^(?:${statusPattern(UI.search.results.forms, { query: escapeRegExp(query) })}|${statusPattern(UI.search.someWords.forms, { query: escapeRegExp(query) })})$`,
    );

  const headerSearch = (page: Page) => page.locator('header').getByRole('button', { name: UI.header.search });
  const dialog = (page: Page) => page.getByRole('dialog', { name: UI.search.title });
  const field = (page: Page) => dialog(page).getByRole('searchbox', { name: UI.search.label });
  const status = (page: Page) => dialog(page).getByRole('status');
  /** The search dialog's code, as the button names it. */
  const DIALOG_CODE = /\/_astro\/search-dialog-[\w-]+\.js$/;

  /** Every script and search file the page fetches, by path, in order. */
  function record(page: Page): string[] {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.resourceType() === 'script' || pathname.startsWith('/pagefind/')) fetched.push(pathname);
    });
    return fetched;
  }

  /** Holds back the dialog's code for `ms`, or refuses it (`ms` = 'fail'), as a slow or broken network would. */
  async function slowCode(page: Page, ms: number | 'fail'): Promise<void> {
    await page.route(DIALOG_CODE, async (route) => {
      if (ms === 'fail') return route.abort('failed');
      await new Promise((resolve) => setTimeout(resolve, ms));
      await route.continue();
    });
  }

  test.describe(`${lang}: the search dialog`, () => {
    test('fetches no script at load, and the search code and Pagefind only once the person presses "/"', async ({
      page,
    }) => {
      const fetched = record(page);
      await page.goto(GUIDE);
      await expect(headerSearch(page)).toBeEnabled();
      expect(fetched, 'fetched at load').toEqual([]);
      await page.keyboard.press('/');
      await expect(field(page)).toBeFocused();
      await expect.poll(() => fetched.some((address) => DIALOG_CODE.test(address))).toBe(true);
      await expect.poll(() => fetched.includes('/pagefind/pagefind.js')).toBe(true);
    });

    test('a pointer over the button starts fetching the search code and Pagefind’s first files at once, and the index only as listed', async ({
      page,
    }) => {
      const fetched = record(page);
      await page.goto(GUIDE);
      await headerSearch(page).hover();
      // All at once: Pagefind's code, its WebAssembly and its entry file are asked for with the search
      // code, not after it has run.
      await expect.poll(() => fetched.some((address) => DIALOG_CODE.test(address))).toBe(true);
      const first = fetched
        .slice(0, 4)
        .map((address) => address.replace(/\/_astro\/search-dialog-[\w-]+\.js$/, 'dialog code'));
      expect(new Set(first)).toEqual(
        new Set([
          'dialog code',
          '/pagefind/pagefind.js',
          '/pagefind/pagefind-entry.json',
          expect.stringMatching(/^\/pagefind\/wasm\.[\w-]+\.pagefind$/),
        ]),
      );
      await page.waitForLoadState('networkidle');
      // The index only when it is small enough to be listed whole (src/integrations/pagefind.ts), and then
      // only what the list names: its chunks, and the pages' text when it is one small file per language;
      // never a single page's text before a search; no worker.
      const whole = (await (await page.request.get('/pagefind/whole-index.json')).json()) as string[];
      const index = () => fetched.filter((address) => /^\/pagefind\/(index|filter|fragment)\//.test(address)).sort();
      await expect.poll(index).toEqual(whole.map((file) => `/pagefind/${file}`).sort());
      await page.waitForLoadState('networkidle');
      expect(index()).toHaveLength(whole.length);
      expect(fetched.filter((address) => address === '/pagefind/pagefind-worker.js')).toEqual([]);
    });

    test('when the index is listed with the pages’ text, the first results need no request after the search', async ({
      page,
    }) => {
      const whole = (await (await page.request.get('/pagefind/whole-index.json')).json()) as string[];
      const fetched = record(page);
      await page.goto(GUIDE);
      await headerSearch(page).hover();
      // Reaching for search has fetched Pagefind's metadata and everything listed.
      const wanted = [...whole.map((file) => `/pagefind/${file}`), expect.stringMatching(/\.pf_meta$/)];
      await expect.poll(() => fetched).toEqual(expect.arrayContaining(wanted));
      const atIntent = fetched.length;
      await headerSearch(page).click();
      await typeQuery(dialog(page).locator('[data-search-panel]'), wordOnlyIn(lang).word);
      await expect(dialog(page).locator('.search-result-link').first()).toBeVisible();
      const afterSearch = fetched.slice(atIntent).filter((address) => address.startsWith('/pagefind/'));
      if (whole.some((file) => file.startsWith('fragment/'))) expect(afterSearch).toEqual([]);
      // A larger index: Pagefind fetches what the search needs, each page's text in a file of its own.
      else expect(afterSearch.filter((address) => /\/fragment\/.*_group_/.test(address))).toEqual([]);
    });

    test('opens at once and keeps every character typed while its code is still on its way', async ({ page }) => {
      await slowCode(page, 1500);
      await page.goto(GUIDE);
      await page.keyboard.press('/');
      // Before its code is in: a modal dialog with a search field, both named by the button's word.
      const shell = page.getByRole('dialog', { name: UI.header.search });
      await expect(shell.getByRole('searchbox', { name: UI.header.search })).toBeFocused();
      // A guide's title, typed in two goes: its first word while the code is on its way, then the rest.
      const [first = '', ...rest] = TITLE.split(' ');
      await page.keyboard.type(first);
      await expect(shell.getByRole('searchbox')).toHaveValue(first);
      // Once the code is here, the same field, with what was typed and focus, is in the full dialog.
      await expect(field(page)).toHaveValue(first, { timeout: 10_000 });
      await expect(field(page)).toBeFocused();
      await page.keyboard.type(rest.map((word) => ` ${word}`).join(''));
      await expect(field(page)).toHaveValue(TITLE);
      await expect(status(page)).toHaveText(resultsFor(normaliseQuery(TITLE)), { timeout: 10_000 });
      await expect(page.getByRole('dialog')).toHaveCount(1);
    });

    test('goes to the search page when its code cannot load', async ({ page }) => {
      await slowCode(page, 'fail');
      await page.goto(GUIDE);
      await headerSearch(page).click();
      await expect(page).toHaveURL((url) => url.pathname === paths.search);
      await expect(page.getByRole('heading', { name: UI.search.allTopics })).toBeVisible();
    });

    test('the button shows its "/" shortcut and opens the dialog with focus in the search field', async ({ page }) => {
      await page.goto(GUIDE);
      const button = headerSearch(page);
      await expect(button).toHaveAttribute('aria-keyshortcuts', '/');
      await expect(button).toContainText('/');
      await button.click();
      await expect(dialog(page)).toBeVisible();
      await expect(field(page)).toBeFocused();
    });

    test('"/" opens it, Escape closes it, and focus goes back to the search button', async ({ page }) => {
      await page.goto(GUIDE);
      await headerSearch(page).focus();
      await page.keyboard.press('/');
      await expect(field(page)).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toBeHidden();
      await expect(headerSearch(page)).toBeFocused();
    });

    test('the close button closes it and returns focus', async ({ page }) => {
      await page.goto(GUIDE);
      await headerSearch(page).click();
      await dialog(page).getByRole('button', { name: UI.search.close }).click();
      await expect(dialog(page)).toBeHidden();
      await expect(headerSearch(page)).toBeFocused();
    });

    test('typing "/" in the search field types it, and does not reopen anything', async ({ page }) => {
      await page.goto(GUIDE);
      await page.keyboard.press('/');
      await page.keyboard.type('24/7');
      await expect(field(page)).toHaveValue('24/7');
      await expect(dialog(page)).toBeVisible();
    });

    test('announces the number of results, and arrow keys and Tab move through them', async ({ page }) => {
      await page.goto(GUIDE);
      await page.keyboard.press('/');
      await page.keyboard.type(COMMON);
      await expect(status(page)).toHaveText(resultsFor(COMMON));
      const links = dialog(page).locator('[data-search-results] a');
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(0)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(links.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect(field(page)).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await expect(links.nth(1)).toBeFocused();
      const target = await links.nth(1).getAttribute('href');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === target);
    });

    test('keeps Tab inside the dialog while it is open', async ({ page }) => {
      await page.goto(GUIDE);
      await page.keyboard.press('/');
      await page.keyboard.type(COMMON);
      await expect(status(page)).toHaveText(resultsFor(COMMON));
      for (let step = 0; step < 40; step += 1) {
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
      }
      await field(page).focus();
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    });

    test('"no results" is announced and offers the topic index and the clinic’s phone', async ({ page }) => {
      await page.goto(GUIDE);
      await page.keyboard.press('/');
      await page.keyboard.type('xylophone');
      await expect(status(page)).toHaveText(UI.search.noResults({ query: 'xylophone' }));
      await expect(dialog(page).getByRole('link', { name: UI.search.seeAtoZ })).toBeVisible();
      // Each stage the filter offers, as a link to its part of the guides page.
      const stages = await dialog(page)
        .locator('select[name="phase"] option:not([value=""])')
        .evaluateAll((options) =>
          options.map((option) => ({ phase: (option as HTMLOptionElement).value, name: option.textContent })),
        );
      expect(stages.length).toBeGreaterThan(0);
      await expect(dialog(page).locator('[data-search-stages]')).toContainText(UI.search.byStage);
      for (const { phase, name } of stages) {
        await expect(
          dialog(page).locator('[data-search-stages]').getByRole('link', { name, exact: true }),
        ).toHaveAttribute('href', `${paths.guides}#${phase}`);
      }
      // Searching again and finding nothing again does not add the stages twice.
      await field(page).fill('xylophonez');
      await expect(status(page)).toHaveText(UI.search.noResults({ query: 'xylophonez' }));
      await expect(dialog(page).locator('[data-search-stages]')).toHaveCount(1);
      await expect(dialog(page).getByRole('link', { name: /^\(\d{3}\) \d{3}-\d{4}$/ })).toHaveAttribute(
        'href',
        /^tel:\+?\d+$/,
      );
    });

    test('Enter again on a single result opens it; the first Enter only searches', async ({ page }) => {
      const { address, word } = wordOnlyIn(lang);
      await page.goto(GUIDE);
      await page.keyboard.press('/');
      await page.keyboard.type(word);
      await page.keyboard.press('Enter');
      await expect(dialog(page).locator('[data-search-panel]')).toHaveAttribute('data-query', normaliseQuery(word));
      await expect(dialog(page).locator('[data-search-panel]')).toHaveAttribute('data-state', 'done');
      await expect(dialog(page).locator('[data-search-result]')).toHaveCount(1);
      await expect(page).toHaveURL((url) => url.pathname === GUIDE);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL((url) => url.pathname === address);
    });

    test('Enter again on a page title opens that page; Enter on several results that are not a title searches again', async ({
      page,
    }) => {
      const { address, title } = exampleGuide(lang);
      await page.goto(paths.search);
      const panel = page.locator('[data-search-page] [data-search-panel]');
      const box = panel.getByRole('searchbox', { name: UI.search.label });
      await box.fill(COMMON);
      await box.press('Enter');
      await expect(panel).toHaveAttribute('data-query', COMMON);
      await expect(panel).toHaveAttribute('data-state', 'done');
      expect(await panel.locator('[data-search-result]').count()).toBeGreaterThan(1);
      await box.press('Enter');
      await expect(panel).toHaveAttribute('data-state', 'done');
      await expect(page).toHaveURL((url) => url.pathname === paths.search);
      await expect(box).toBeFocused();
      await box.fill(title);
      await box.press('Enter');
      await expect(panel).toHaveAttribute('data-query', normaliseQuery(title));
      await expect(panel).toHaveAttribute('data-state', 'done');
      await expect(panel.locator('.search-result-link').first()).toHaveText(title);
      await box.press('Enter');
      await expect(page).toHaveURL((url) => url.pathname === address);
    });

    test('the stage filter keeps only results from that stage', async ({ page }) => {
      await page.goto(GUIDE);
      await page.keyboard.press('/');
      await page.keyboard.type(COMMON);
      await expect(status(page)).toHaveText(resultsFor(COMMON));
      const stage = dialog(page).getByRole('combobox', { name: UI.search.stage });
      // The first stage the filter offers.
      const label = ((await stage.locator('option:not([value=""])').first().textContent()) ?? '').trim();
      await stage.selectOption({ label });
      await expect(status(page)).toHaveText(
        new RegExp(
          `^(?:${statusPattern(UI.search.resultsInStage.forms, { query: escapeRegExp(COMMON), stage: escapeRegExp(label) })}|${statusPattern(UI.search.someWordsInStage.forms, { query: escapeRegExp(COMMON), stage: escapeRegExp(label) })})$`,
        ),
      );
      const stages = await dialog(page).locator('.search-stage').allTextContents();
      expect(stages.length).toBeGreaterThan(0);
      expect(new Set(stages)).toEqual(new Set([label]));
    });
  });

  test.describe(`${lang}: the search page`, () => {
    test('runs the search in its address, so a clinician can send it as a link', async ({ page }) => {
      await page.goto(`${paths.search}?q=${encodeURIComponent(TITLE)}`);
      const box = page.locator('[data-search-page]').getByRole('searchbox', { name: UI.search.label });
      await expect(box).toHaveValue(TITLE);
      await expect(page.locator('[data-search-page]').getByRole('status')).toHaveText(
        resultsFor(normaliseQuery(TITLE)),
      );
      await expect(page.locator('[data-search-page] [data-search-result]').first()).toBeVisible();
    });

    test('cuts a pasted wall of text to a query before it reaches the address and the status line', async ({
      page,
    }) => {
      // 100,000 characters typed or pasted: the address must stay short enough to reload (hosts refuse
      // addresses of a few thousand characters), and the status line short enough to hear.
      const words = `${TITLE} `.repeat(Math.ceil(100_000 / (TITLE.length + 1)));
      const start = normaliseQuery(TITLE);
      await page.goto(paths.search);
      const box = page.locator('[data-search-page]').getByRole('searchbox', { name: UI.search.label });
      await box.fill(words);
      const status = page.locator('[data-search-page]').getByRole('status');
      await expect(status).toContainText(start);
      expect((await status.textContent())?.length ?? 0).toBeLessThan(250);
      expect(new URL(page.url()).search.length).toBeLessThan(250);
      expect((await page.reload())?.status()).toBe(200);
      await expect(status).toContainText(start);
    });

    test('a long query in a link fills the box with a query’s worth, not the whole text', async ({ page }) => {
      const words = `${TITLE} `.repeat(Math.ceil(1_900 / (TITLE.length + 1)));
      await page.goto(`${paths.search}?q=${encodeURIComponent(words)}`);
      const box = page.locator('[data-search-page]').getByRole('searchbox', { name: UI.search.label });
      expect((await box.inputValue()).length).toBeLessThan(200);
      await expect.poll(() => new URL(page.url()).search.length).toBeLessThan(250);
    });

    test('keeps the address up to date as the person types', async ({ page }) => {
      await page.goto(paths.search);
      const box = page.locator('[data-search-page]').getByRole('searchbox', { name: UI.search.label });
      await box.fill(COMMON);
      await expect(page).toHaveURL((url) => url.pathname === paths.search && url.search === `?q=${COMMON}`);
    });

    test('the header button and "/" go to the page’s own search box', async ({ page }) => {
      await page.goto(paths.search);
      // The shortcut works once the header's loader has run, which it shows by enabling the button.
      await expect(page.locator('header').getByRole('button', { name: UI.header.search })).toBeEnabled();
      await page.keyboard.press('/');
      await expect(page.locator('[data-search-page]').getByRole('searchbox')).toBeFocused();
    });
  });

  test.describe(`${lang}: without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('the header links to the search page, which lists every topic A to Z', async ({ page }) => {
      await page.goto(GUIDE);
      await expect(page.locator('header').getByRole('button', { name: UI.header.search })).toHaveCount(0);
      await page.locator('header').getByRole('link', { name: UI.header.search }).click();
      await expect(page).toHaveURL((url) => url.pathname === paths.search);
      await expect(page.getByText(UI.search.needsJavaScript)).toBeVisible();
      await expect(page.getByRole('searchbox')).toBeHidden();
      await expect(page.getByRole('heading', { name: UI.search.allTopics })).toBeVisible();
      const { address, section } = exampleGuide(lang);
      const topic = page.getByRole('link', { name: section.heading, exact: true }).first();
      // Past its limit (src/lib/listing.ts) the A to Z is on pages of its own: the letter bar leads there.
      if ((await topic.count()) === 0) {
        const [group] = buildTopicIndex(
          [{ path: address, title: section.heading, headings: [] }],
          clinicOf(lang).locale,
        );
        expect(group, 'the topic has a letter').toBeDefined();
        await page
          .getByRole('navigation', { name: UI.search.letters })
          .getByRole('link', { name: group?.letter ?? '', exact: true })
          .click();
      }
      await topic.click();
      // The address bar holds the section's id percent-encoded (an id with accents).
      await expect(page).toHaveURL(
        (url) => `${url.pathname}${decodeURIComponent(url.hash)}` === `${address}#${section.id}`,
      );
    });
  });
}
