/**
 * Shared pieces of the browser quality suite: the pages to visit (read from the built sitemap when a
 * test runs, after Playwright's web server has built the site) and a watcher that records what a page
 * does while it is open: every request, every Content-Security-Policy violation, every script error.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { sitePages, type SitePage } from './site-pages';

export { TOOL_PAGES } from './site-pages';

/** Every page in the sitemap, plus /404.html. Call inside a test, never at import time. */
export function pagesToVisit(): SitePage[] {
  const pages = sitePages();
  if (pages.length === 0) throw new Error('The built sitemap lists no pages.');
  return pages;
}

export interface Watcher {
  requests: { url: string; type: string }[];
  /** CSP violations and uncaught script errors, as the browser reported them. */
  errors: string[];
  stop(): void;
}

export function watch(page: Page): Watcher {
  const watcher: Watcher = { requests: [], errors: [], stop: () => undefined };
  const onRequest = (request: { url(): string; resourceType(): string }) =>
    watcher.requests.push({ url: request.url(), type: request.resourceType() });
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text()))
      watcher.errors.push(`CSP: ${message.text()}`);
  };
  const onError = (error: Error) => watcher.errors.push(`script error: ${error.message}`);
  page.on('request', onRequest);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  watcher.stop = () => {
    page.off('request', onRequest);
    page.off('console', onConsole);
    page.off('pageerror', onError);
  };
  return watcher;
}

/** Collects problems across many pages so one failure message lists them all. */
export class Problems {
  readonly list: string[] = [];
  add(address: string, problem: string): void {
    this.list.push(`${address}: ${problem}`);
  }
  toString(): string {
    return this.list.join('\n');
  }
}

/**
 * Playwright's `test`, with every page watched: a Content-Security-Policy violation or an uncaught
 * script error anywhere in a test fails that test.
 */
export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page }, use) => {
      const watcher = watch(page);
      await use(undefined);
      watcher.stop();
      expect(watcher.errors, `the page reported:\n${watcher.errors.join('\n')}`).toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Opens every dialog, menu or popover on the page from its trigger with the keyboard and checks: focus
 * moves into it, stays inside while it is modal (Tab and Shift+Tab), Escape closes it and focus returns
 * to the trigger. Found generically (aria-haspopup, commandfor, popovertarget, or aria-controls pointing
 * at a dialog or menu), so a search dialog or menu added later is covered. Returns how many it checked.
 */
export async function checkPopups(page: Page, address: string, problems: Problems): Promise<number> {
  const count = await page.evaluate(() => {
    const opensPopup = (target: Element | null) =>
      Boolean(target?.matches('dialog, [role="dialog"], [role="alertdialog"], [role="menu"], [popover]'));
    const candidates = [...document.querySelectorAll<HTMLElement>('button, a[href], [role="button"]')].filter(
      (element) =>
        element.checkVisibility() &&
        ((element.getAttribute('aria-haspopup') ?? 'false') !== 'false' ||
          opensPopup(document.getElementById(element.getAttribute('commandfor') ?? '')) ||
          opensPopup(document.getElementById(element.getAttribute('popovertarget') ?? '')) ||
          opensPopup(document.getElementById(element.getAttribute('aria-controls') ?? ''))),
    );
    candidates.forEach((element, index) => element.setAttribute('data-quality-popup', String(index)));
    return candidates.length;
  });
  for (let index = 0; index < count; index += 1) {
    const trigger = page.locator(`[data-quality-popup="${index}"]`);
    const name = (await trigger.getAttribute('aria-label')) ?? (await trigger.innerText()).trim();
    await trigger.focus();
    await page.keyboard.press('Enter');
    const popup = page
      .locator(
        'dialog[open], [role="dialog"]:visible, [role="alertdialog"]:visible, [role="menu"]:visible, [popover]:popover-open',
      )
      .last();
    try {
      // waitFor watches the page itself, where expect() would look again only every few hundred ms.
      await popup.waitFor({ state: 'visible', timeout: 5_000 });
    } catch {
      // A trigger may instead take the reader to a search box already on the page (the search page does).
      const toField = await page.evaluate(() => document.activeElement?.matches('input, textarea') ?? false);
      if (!toField) problems.add(address, `"${name}" opens nothing visible`);
      continue;
    }
    const inside = () => popup.evaluate((element) => element.contains(document.activeElement));
    const focusMoved = await inside();
    if (!focusMoved) problems.add(address, `"${name}": focus does not move into what it opens`);
    const modal = await popup.evaluate(
      (element) =>
        element.getAttribute('aria-modal') === 'true' ||
        (element instanceof HTMLDialogElement && element.matches(':modal')),
    );
    // While a modal is open, focus may leave for the browser's own controls (as a native <dialog> lets it),
    // but never land on the page behind. Where focus is after each press is recorded in the page as the
    // press ends (its keyup), so the presses go without a round trip each, and read once per key.
    if (modal && focusMoved) {
      await popup.evaluate((element) => {
        const places: boolean[] = [];
        (window as Window & { qualityTrap?: boolean[] }).qualityTrap = places;
        window.addEventListener(
          'keyup',
          (event) => {
            if (event.key !== 'Tab') return;
            places.push(
              element.contains(document.activeElement) ||
                !document.activeElement ||
                document.activeElement === document.body,
            );
          },
          true,
        );
      });
      const neverBehind = () =>
        page.evaluate(() => {
          const places = (window as Window & { qualityTrap?: boolean[] }).qualityTrap ?? [false];
          return places.splice(0).every(Boolean);
        });
      for (const key of ['Tab', 'Shift+Tab']) {
        for (let press = 0; press < 12; press += 1) await page.keyboard.press(key);
        if (!(await neverBehind())) {
          problems.add(address, `"${name}": ${key} moves focus behind the open dialog`);
          break;
        }
      }
    }
    await page.keyboard.press('Escape');
    if (await popup.isVisible()) {
      problems.add(address, `"${name}": Escape does not close it`);
      continue;
    }
    const back = await trigger.evaluate((element) => element === document.activeElement);
    if (!back) problems.add(address, `"${name}": focus does not return to it after Escape`);
  }
  return count;
}
