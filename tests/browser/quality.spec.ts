/**
 * Quality gates over every page in the built sitemap (and /404.html): accessibility (axe), keyboard,
 * reflow, privacy and pages without JavaScript. The pages run in a loop inside a few tests that share
 * one browser, and every page is served with the real security headers from dist/_headers, so a
 * Content-Security-Policy violation fails the test it happens in.
 */
import { expect, type Page } from '@playwright/test';
import { GET_HELP_ID, MAIN_ID, STORAGE_KEYS } from '../../src/lib/constants';
import { AXE_TAGS, axeViolations } from '../support/axe';
import { Problems, TOOL_PAGES, checkPopups, pagesToVisit, test, watch } from '../support/browser';
import { EDITIONS, uiOf } from '../support/editions';

/**
 * axe rules turned off, each with its reason. Empty: every rule runs. Add an entry only with a reason
 * a reviewer can check, never to make a failure go away.
 */
const AXE_RULES_OFF: Record<string, string> = {};

/**
 * The axe rules whose result depends on colours. Dark mode changes colours only (tests/build/dark-mode.test.ts
 * fails on anything else), so in dark mode the page is the light page with other colours: these rules
 * run there, and every rule runs in light mode. About a third less work for the same findings.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * How many tests share one language's pages. Each test runs every axe check on each of its pages (four
 * runs a page), so a language's pages are split for the time limit and so the shards run side by side.
 */
const AXE_SHARDS = 4;

/** The widths every page is checked at (a phone, a desktop), with their heights. */
const AXE_VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 900 },
];

/** The narrowest width every page must fit without scrolling sideways (WCAG 1.4.10, reflow). */
const REFLOW_VIEWPORT = { width: 320, height: 640 };

/**
 * The pages of one edition: each gate runs once per language, so a test covers about as many pages as
 * the site had in one language, within the same time limit, and the two halves run side by side.
 */
const pagesOf = (lang: string) => pagesToVisit().filter((candidate) => candidate.lang === lang);

async function visit(page: Page, address: string): Promise<void> {
  const response = await page.goto(address, { waitUntil: 'load' });
  expect(response?.status(), `${address} did not load`).toBe(200);
}

/**
 * Runs axe on the page as it is now: every rule in light mode, the colour rules in dark mode. The dark
 * run uses the axe the light run put into the page (tests/support/axe.ts).
 */
async function axeProblems(page: Page, colorScheme: 'light' | 'dark'): Promise<string[]> {
  // Switching the scheme on a loaded page must not leave a colour half-way through a transition.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  const off = Object.keys(AXE_RULES_OFF);
  const violations = await axeViolations(
    page,
    colorScheme === 'dark' ? { rules: COLOUR_RULES, off } : { tags: AXE_TAGS, off },
  );
  return violations.map((violation) => {
    const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
    return `${colorScheme}, ${page.viewportSize()?.width ?? '?'} px: ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} at ${where}`;
  });
}

test.describe('accessibility (axe)', () => {
  for (const { lang } of EDITIONS) {
    // Each language's pages in AXE_SHARDS tests (every AXE_SHARDS-th page each). Every page is loaded
    // once at each width, in light mode, and checked in light mode then in dark mode: the scheme is
    // switched on the loaded page (emulateMedia), as a reader's system switches it, so the page is
    // loaded twice instead of four times and each check still sees the page in its own mode and width.
    for (let shard = 0; shard < AXE_SHARDS; shard += 1) {
      test(`${lang}: no page has an axe violation, in light and dark mode, at ${AXE_VIEWPORTS.map((viewport) => viewport.width).join(' and ')} px, and none scrolls sideways at ${REFLOW_VIEWPORT.width} px (${shard + 1} of ${AXE_SHARDS})`, async ({
        page,
      }) => {
        test.setTimeout(180_000);
        const problems = new Problems();
        const watcher = watch(page);
        for (const { address } of pagesOf(lang).filter((_, index) => index % AXE_SHARDS === shard)) {
          for (const viewport of AXE_VIEWPORTS) {
            await page.setViewportSize(viewport);
            await page.emulateMedia({ colorScheme: 'light' });
            await visit(page, address);
            for (const colorScheme of ['light', 'dark'] as const) {
              await page.emulateMedia({ colorScheme });
              // Proof the switch took: a check meant for dark mode must never run on the light page.
              const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
              expect(dark, `${address} is in ${colorScheme} mode`).toBe(colorScheme === 'dark');
              for (const violation of await axeProblems(page, colorScheme)) problems.add(address, violation);
            }
            // Reflow (WCAG 1.4.10) on the page already loaded at the phone's width: narrowed to 320 px,
            // as a reader's window or zoom narrows it, nothing may scroll sideways.
            if (viewport.width === AXE_VIEWPORTS[0]?.width) {
              await page.setViewportSize(REFLOW_VIEWPORT);
              const width = await page.evaluate(() => document.documentElement.scrollWidth);
              if (width > REFLOW_VIEWPORT.width)
                problems.add(address, `at ${REFLOW_VIEWPORT.width} px the page is ${width} px wide`);
            }
          }
        }
        watcher.stop();
        for (const error of watcher.errors) problems.add('page', error);
        expect(problems.list, problems.toString()).toEqual([]);
      });
    }
  }
});

/** What the focused element looks like and where it is; undefined when focus is on the body. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      key: element.getAttribute('data-quality-key'),
      description: element.outerHTML.slice(0, 100),
      visibleIndicator: outline || shadow,
    };
  });
}

/** What has focus after a Tab press, as `focused` reads it; null when focus is on the body. */
interface TabStop {
  key: string | null;
  description: string;
  visibleIndicator: boolean;
}

/**
 * Records in the page, as each Tab press ends (its keyup, once focus has moved), what has focus, read
 * as `focused` reads it. A walk then presses Tab many times and reads them all at once, instead of
 * asking the page after every press.
 */
async function recordTabStops(page: Page): Promise<void> {
  await page.evaluate(() => {
    const stops: (TabStop | null)[] = [];
    (window as Window & { qualityTabStops?: (TabStop | null)[] }).qualityTabStops = stops;
    window.addEventListener(
      'keyup',
      (event) => {
        if (event.key !== 'Tab') return;
        const element = document.activeElement;
        if (!element || element === document.body) {
          stops.push(null);
          return;
        }
        const style = getComputedStyle(element);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
        stops.push({
          key: element.getAttribute('data-quality-key'),
          description: element.outerHTML.slice(0, 100),
          visibleIndicator: outline || shadow,
        });
      },
      true,
    );
  });
}

/** The Tab stops recorded since the last call, in order. */
async function takeTabStops(page: Page): Promise<(TabStop | null)[]> {
  return page.evaluate(() => {
    const stops = (window as Window & { qualityTabStops?: (TabStop | null)[] }).qualityTabStops;
    if (!stops) throw new Error('recordTabStops was not called on this page');
    return stops.splice(0);
  });
}

/** Marks every element a keyboard user should reach (visible, enabled, not taken out of tab order). */
async function markInteractive(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
    const keys: string[] = [];
    // A group of radio buttons is one Tab stop (arrow keys move within it), so it shares one key.
    const radioGroups = new Map<string, string>();
    document.querySelectorAll<HTMLElement>(selector).forEach((element, index) => {
      if (element.matches(':disabled, [tabindex="-1"]') || element.closest('[inert]')) return;
      // The skip link is hidden until focused: it is checked on its own.
      const visible = element.classList.contains('skip-link') || element.checkVisibility({ visibilityProperty: true });
      if (!visible) return;
      const group = element instanceof HTMLInputElement && element.type === 'radio' ? element.name : '';
      const known = group ? radioGroups.get(group) : undefined;
      const key = known ?? `k${index}`;
      element.setAttribute('data-quality-key', key);
      if (known) return;
      if (group) radioGroups.set(group, key);
      keys.push(key);
    });
    return keys;
  });
}

/**
 * How many tests share one language's pages for the keyboard: each page is loaded once for all three
 * keyboard checks, which take a few seconds a page, so a language's pages are split for the time limit.
 */
const KEYBOARD_SHARDS = 2;

test.describe('keyboard', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  // Each page is loaded once and the three checks run on it in turn: the walk's first Tab press is the
  // skip link's check, the walk goes on from there, and the dialogs and menus are opened last, each from
  // its own trigger, so where the walk leaves focus changes nothing they check.
  for (const { lang } of EDITIONS) {
    for (let shard = 0; shard < KEYBOARD_SHARDS; shard += 1) {
      test(`${lang}: on every page the skip link is the first Tab stop and moves focus to the main content, every interactive element is reached by Tab and shows where focus is, and every dialog or menu takes focus, keeps it, closes on Escape and gives focus back (${shard + 1} of ${KEYBOARD_SHARDS})`, async ({
        page,
      }) => {
        test.setTimeout(240_000);
        const problems = new Problems();
        let popups = 0;
        for (const { address } of pagesOf(lang).filter((_, index) => index % KEYBOARD_SHARDS === shard)) {
          await visit(page, address);
          const keys = await markInteractive(page);
          await recordTabStops(page);
          const reached = new Set<string>();
          let done = false;
          const note = (stops: (TabStop | null)[]) => {
            for (const now of stops) {
              if (done || !now) continue;
              if (!now.visibleIndicator) problems.add(address, `no visible focus indicator on ${now.description}`);
              if (now.key) reached.add(now.key);
              if (now.key && reached.size === keys.length) done = true;
            }
          };

          // The first Tab stop is the skip link, visible once focused.
          await page.keyboard.press('Tab');
          const skip = page.locator('a.skip-link');
          if (!(await skip.evaluate((element) => element === document.activeElement)))
            problems.add(
              address,
              `first Tab stop is ${(await focused(page))?.description ?? 'nothing'}, not the skip link`,
            );
          else if (!(await skip.isVisible())) problems.add(address, 'the focused skip link is not visible');
          note(await takeTabStops(page));

          // The walk goes on. Each element once: no walk can reach them all in fewer presses, so these go
          // without a look in between. Then a few presses more, one at a time, to notice a trap or a wrap
          // back to the top.
          for (let press = 1; press < keys.length; press += 1) await page.keyboard.press('Tab');
          note(await takeTabStops(page));
          for (let press = 0; press < 3 && !done; press += 1) {
            await page.keyboard.press('Tab');
            note(await takeTabStops(page));
          }
          const missed = keys.filter((key) => !reached.has(key));
          for (const key of missed) {
            const html = await page
              .locator(`[data-quality-key="${key}"]`)
              .evaluate((element) => element.outerHTML.slice(0, 100));
            problems.add(address, `Tab never reaches ${html}`);
          }

          // Enter on the skip link moves focus to <main>.
          await skip.focus();
          await page.keyboard.press('Enter');
          const onMain = await page.evaluate((id) => document.activeElement?.id === id, MAIN_ID);
          if (!onMain) problems.add(address, 'Enter on the skip link does not move focus to <main>');

          popups += await checkPopups(page, address, problems);
        }
        test.info().annotations.push({ type: 'dialogs and menus checked', description: String(popups) });
        expect([...new Set(problems.list)], problems.toString()).toEqual([]);
      });
    }
  }
});

test.describe('privacy', () => {
  for (const { lang } of EDITIONS) {
    test(`${lang}: every request stays on the site, no cookies, storage only under documented keys`, async ({
      page,
      context,
      baseURL,
    }) => {
      test.setTimeout(240_000);
      const origin = new URL(baseURL ?? '').origin;
      const problems = new Problems();
      for (const { address } of pagesOf(lang)) {
        const tool = (TOOL_PAGES as readonly string[]).includes(address);
        const watcher = watch(page);
        await visit(page, address);
        // Until the reader acts, a page without a tool fetches no script at all (its one script, the
        // intent loader, is in the page) and nothing of the search.
        const onLoad = watcher.requests.filter(
          (request) => request.type === 'script' || request.url.includes('/pagefind/'),
        );
        if (!tool)
          for (const request of onLoad)
            problems.add(address, `fetches before the reader does anything: ${request.url}`);
        const beforeActing = watcher.requests.length;
        // Act as a reader would, so tools that store only on use are covered too.
        await page.evaluate(() => {
          for (const box of document.querySelectorAll<HTMLInputElement>('main input[type="checkbox"]:not(:disabled)'))
            box.click();
        });
        for (const field of await page.locator('main textarea:visible, main input[type="text"]:visible').all())
          await field.fill('quality check');
        // Then reach for search with its key, from the page itself, and search: the search code and
        // Pagefind arrive now, and must come from the site too.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press('/');
        const box = page.locator('input[type="search"]:visible');
        await expect(box, `${address}: "/" does not reach a search box`).toHaveCount(1);
        await box.fill('quality check');
        // The search starts after a short pause in typing and shows its results only once their
        // fragments have arrived: wait for that, or fragments still on their way when the next page
        // opens are counted against that page (as soon as a guide's words match the query).
        await expect(
          page.locator('[data-search-panel]:visible'),
          `${address}: the search did not finish`,
        ).toHaveAttribute('data-state', 'done');
        await page.waitForLoadState('networkidle');
        if (!tool && !watcher.requests.slice(beforeActing).some((request) => request.type === 'script'))
          problems.add(address, 'reaching for search fetched no script: the search code did not load');
        watcher.stop();
        for (const request of watcher.requests) {
          if (!request.url.startsWith('data:') && new URL(request.url).origin !== origin)
            problems.add(address, `request leaves the site: ${request.url}`);
        }
        for (const error of watcher.errors) problems.add(address, error);
        const stored = await page.evaluate(async () => ({
          keys: [...Object.keys(localStorage), ...Object.keys(sessionStorage)],
          databases: 'databases' in indexedDB ? (await indexedDB.databases()).map((db) => db.name ?? '') : [],
          caches: 'caches' in window ? await caches.keys() : [],
          workers: navigator.serviceWorker ? (await navigator.serviceWorker.getRegistrations()).length : 0,
        }));
        for (const key of stored.keys)
          if (!STORAGE_KEYS.includes(key)) problems.add(address, `writes "${key}" to storage, not a documented key`);
        for (const name of [...stored.databases, ...stored.caches])
          problems.add(address, `creates browser storage "${name}"`);
        if (stored.workers > 0) problems.add(address, 'registers a service worker');
        const cookies = await context.cookies();
        if (cookies.length > 0)
          problems.add(address, `sets cookies: ${cookies.map((cookie) => cookie.name).join(', ')}`);
        await page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
      }
      expect(problems.list, problems.toString()).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const { lang } of EDITIONS) {
    test(`${lang}: every page shows its heading, its main text and the crisis link`, async ({ page }) => {
      test.setTimeout(120_000);
      const problems = new Problems();
      for (const { address } of pagesOf(lang)) {
        await visit(page, address);
        const h1 = page.locator('h1');
        if ((await h1.count()) !== 1 || !(await h1.isVisible()) || (await h1.innerText()).trim() === '')
          problems.add(address, 'no single visible h1');
        const text = await page.locator(`#${MAIN_ID}`).evaluate((main) =>
          [...main.querySelectorAll('p, li')]
            .filter((element) => element.checkVisibility())
            .map((element) => element.textContent ?? '')
            .join(' ')
            .trim(),
        );
        if (text.split(/\s+/).length < 10) problems.add(address, 'the main content shows almost no text');
        const getHelp = uiOf(lang).header.getHelp;
        if (!(await page.getByRole('link', { name: getHelp }).first().isVisible()))
          problems.add(address, `"${getHelp}" is not visible`);
        if (!(await page.locator(`#${GET_HELP_ID} a[href^="tel:"]`).first().isVisible()))
          problems.add(address, 'the crisis lines are not visible');
      }
      expect(problems.list, problems.toString()).toEqual([]);
    });
  }
});
