/** Search as a keyboard user, a screen-reader user and a person without JavaScript meets it. */
import { expect, test, type Page } from '@playwright/test';
import { UI } from '../support/ui';
import { EDITIONS, uiOf } from '../support/editions';
import { normaliseQuery } from '../../src/features/search/search-results';
import { exampleGuide, wordOnlyIn } from '../support/example-pages';
import { readClinic } from '../support/clinic';
import { typeQuery } from '../support/search-panel';
import { buildTopicIndex } from '../../src/features/search/topic-index';

// A guide of the content under test, read from the built site once it is built.
let GUIDE = '';
test.beforeAll(() => {
  GUIDE = exampleGuide().address;
});

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

test.describe('the search dialog', () => {
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

  // In each language: Pagefind searches the index of the page's language (its <html lang>), so a page
  // fetches that language's list only (pagefind/whole-index.json, by Pagefind's language key).
  for (const edition of EDITIONS) {
    const ui = uiOf(edition.lang);
    const button = (page: Page) => page.locator('header').getByRole('button', { name: ui.header.search });
    /** The files listed for the edition's language, asked of the served site. */
    const listed = async (page: Page) => {
      const lists = (await (await page.request.get('/pagefind/whole-index.json')).json()) as Record<string, string[]>;
      const whole = lists[edition.locale.toLowerCase()];
      expect(whole, `whole-index.json has a list for ${edition.locale}`).toBeDefined();
      return whole ?? [];
    };

    test(`${edition.lang}: a pointer over the button starts fetching the search code and Pagefind’s first files at once, and the index only as listed for the page’s language`, async ({
      page,
    }) => {
      const fetched = record(page);
      await page.goto(exampleGuide(edition.lang).address);
      await button(page).hover();
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
          `/pagefind/wasm.${edition.locale.toLowerCase()}.pagefind`,
        ]),
      );
      await page.waitForLoadState('networkidle');
      // The index only when it is small enough to be listed whole (src/integrations/pagefind.ts), and then
      // only what the list names: its chunks, and the pages' text when it is one small file per language;
      // never a single page's text before a search, nor another language's files; no worker.
      const whole = await listed(page);
      const index = () => fetched.filter((address) => /^\/pagefind\/(index|filter|fragment)\//.test(address)).sort();
      await expect.poll(index).toEqual(whole.map((file) => `/pagefind/${file}`).sort());
      await page.waitForLoadState('networkidle');
      expect(index()).toHaveLength(whole.length);
      expect(fetched.filter((address) => address === '/pagefind/pagefind-worker.js')).toEqual([]);
    });

    test(`${edition.lang}: when the index is listed with the pages’ text, the first results need no request after the search`, async ({
      page,
    }) => {
      const whole = await listed(page);
      const fetched = record(page);
      const { address, word } = wordOnlyIn(edition.lang);
      await page.goto(exampleGuide(edition.lang).address);
      await button(page).hover();
      // Reaching for search has fetched Pagefind's metadata and everything listed.
      const wanted = [...whole.map((file) => `/pagefind/${file}`), expect.stringMatching(/\.pf_meta$/)];
      await expect.poll(() => fetched).toEqual(expect.arrayContaining(wanted));
      const atIntent = fetched.length;
      await button(page).click();
      const shown = page.getByRole('dialog', { name: ui.search.title });
      await typeQuery(shown.locator('[data-search-panel]'), word);
      // The language's own index: a word only one of its guides has finds that guide.
      await expect(shown.locator('.search-result-link').first()).toHaveAttribute('href', address);
      const afterSearch = fetched.slice(atIntent).filter((file) => file.startsWith('/pagefind/'));
      if (whole.some((file) => file.startsWith('fragment/'))) expect(afterSearch).toEqual([]);
      // A larger index: Pagefind fetches what the search needs, each page's text in a file of its own.
      else expect(afterSearch.filter((file) => /\/fragment\/.*_group_/.test(file))).toEqual([]);
    });
  }

  test('opens at once and keeps every character typed while its code is still on its way', async ({ page }) => {
    await slowCode(page, 1500);
    await page.goto(GUIDE);
    await page.keyboard.press('/');
    // Before its code is in: a modal dialog with a search field, both named by the button's word.
    const shell = page.getByRole('dialog', { name: UI.header.search });
    await expect(shell.getByRole('searchbox', { name: UI.header.search })).toBeFocused();
    await page.keyboard.type('driving');
    await expect(shell.getByRole('searchbox')).toHaveValue('driving');
    // Once the code is here, the same field, with what was typed and focus, is in the full dialog.
    await expect(field(page)).toHaveValue('driving', { timeout: 10_000 });
    await expect(field(page)).toBeFocused();
    await page.keyboard.type(' home');
    await expect(field(page)).toHaveValue('driving home');
    await expect(status(page)).toHaveText(/^\d+ results? for “driving home”\.$/, { timeout: 10_000 });
    await expect(page.getByRole('dialog')).toHaveCount(1);
  });

  test('goes to the search page when its code cannot load', async ({ page }) => {
    await slowCode(page, 'fail');
    await page.goto(GUIDE);
    await headerSearch(page).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('heading', { name: 'All topics A to Z' })).toBeVisible();
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
    await page.keyboard.type('stop');
    await expect(status(page)).toHaveText(/^\d+ results? for “stop”\.$/);
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
    await page.keyboard.type('session');
    // The results for the whole word: Tab must not start while a search for "sess" is still replacing them.
    await expect(status(page)).toHaveText(/results? for .session./);
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    }
    await field(page).focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
  });

  test('a reader on a result that a newer search replaces goes back to the field, still in the dialog', async ({
    page,
  }) => {
    await page.goto(GUIDE);
    await page.keyboard.press('/');
    await page.keyboard.type('sess');
    await expect(status(page)).toHaveText(/results? for .sess./);
    await dialog(page).locator('.search-results a').first().focus();
    // The search for the whole word lands while the reader is on a result of the first one.
    await field(page).evaluate((input: HTMLInputElement) => {
      input.value = 'session';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect(status(page)).toHaveText(/results? for .session./);
    await expect(field(page)).toBeFocused();
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
      ).toHaveAttribute('href', `/guides/#${phase}`);
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
    const { address, word } = wordOnlyIn();
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
    const { address, title } = exampleGuide();
    await page.goto('/search/');
    const panel = page.locator('[data-search-page] [data-search-panel]');
    const box = panel.getByRole('searchbox', { name: UI.search.label });
    await box.fill('session');
    await box.press('Enter');
    await expect(panel).toHaveAttribute('data-query', 'session');
    await expect(panel).toHaveAttribute('data-state', 'done');
    expect(await panel.locator('[data-search-result]').count()).toBeGreaterThan(1);
    await box.press('Enter');
    await expect(panel).toHaveAttribute('data-state', 'done');
    await expect(page).toHaveURL((url) => url.pathname === '/search/');
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
    await page.keyboard.type('session');
    await expect(status(page)).toHaveText(/results? for “session”\.$/);
    await dialog(page).getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Before a session' });
    await expect(status(page)).toHaveText(/for “session” in “Before a session”\.$/);
    const stages = await dialog(page).locator('.search-stage').allTextContents();
    expect(stages.length).toBeGreaterThan(0);
    expect(new Set(stages)).toEqual(new Set(['Before a session']));
  });
});

test.describe('the search page', () => {
  test('runs the search in its address, so a clinician can send it as a link', async ({ page }) => {
    await page.goto('/search/?q=change%20my%20mind');
    const box = page.locator('[data-search-page]').getByRole('searchbox', { name: UI.search.label });
    await expect(box).toHaveValue('change my mind');
    await expect(page.locator('[data-search-page]').getByRole('status')).toHaveText(/results? for “change my mind”/);
    await expect(page.locator('[data-search-page] [data-search-result]').first()).toBeVisible();
  });

  test('cuts a pasted wall of text to a query before it reaches the address and the status line', async ({ page }) => {
    // 100,000 characters typed or pasted: the address must stay short enough to reload (hosts refuse
    // addresses of a few thousand characters), and the status line short enough to hear.
    const words = 'driving home after the session '.repeat(3300);
    await page.goto('/search/');
    const box = page.locator('[data-search-page]').getByRole('searchbox', { name: UI.search.label });
    await box.fill(words);
    const status = page.locator('[data-search-page]').getByRole('status');
    await expect(status).toHaveText(/for “driving home after the session/);
    expect((await status.textContent())?.length ?? 0).toBeLessThan(250);
    expect(new URL(page.url()).search.length).toBeLessThan(250);
    expect((await page.reload())?.status()).toBe(200);
    await expect(status).toHaveText(/for “driving home after the session/);
  });

  test('a long query in a link fills the box with a query’s worth, not the whole text', async ({ page }) => {
    const words = 'driving home after the session '.repeat(60);
    await page.goto(`/search/?q=${encodeURIComponent(words)}`);
    const box = page.locator('[data-search-page]').getByRole('searchbox', { name: UI.search.label });
    expect((await box.inputValue()).length).toBeLessThan(200);
    await expect.poll(() => new URL(page.url()).search.length).toBeLessThan(250);
  });

  test('keeps the address up to date as the person types', async ({ page }) => {
    await page.goto('/search/');
    const box = page.locator('[data-search-page]').getByRole('searchbox', { name: UI.search.label });
    await box.fill('consent');
    await expect(page).toHaveURL(/\/search\/\?q=consent$/);
  });

  test('the header button and "/" go to the page’s own search box', async ({ page }) => {
    await page.goto('/search/');
    // The shortcut works once the header's loader has run, which it shows by enabling the button.
    await expect(page.locator('header').getByRole('button', { name: /Search/ })).toBeEnabled();
    await page.keyboard.press('/');
    await expect(page.locator('[data-search-page]').getByRole('searchbox')).toBeFocused();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header links to the search page, which lists every topic A to Z', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.locator('header').getByRole('button', { name: UI.header.search })).toHaveCount(0);
    await page.locator('header').getByRole('link', { name: UI.header.search }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeHidden();
    await expect(page.getByRole('heading', { name: 'All topics A to Z' })).toBeVisible();
    const { address, section } = exampleGuide();
    const topic = page.getByRole('link', { name: section.heading, exact: true }).first();
    // Past its limit (src/lib/listing.ts) the A to Z is on pages of its own: the letter bar leads there.
    if ((await topic.count()) === 0) {
      const [group] = buildTopicIndex([{ path: address, title: section.heading, headings: [] }], readClinic().locale);
      expect(group, 'the topic has a letter').toBeDefined();
      await page
        .getByRole('navigation', { name: UI.search.letters })
        .getByRole('link', { name: group?.letter ?? '', exact: true })
        .click();
    }
    await topic.click();
    await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === `${address}#${section.id}`);
  });
});
