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
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ page }, use) => {
      const watcher = watch(page);
      await use();
      watcher.stop();
      expect(watcher.errors, `the page reported:\n${watcher.errors.join('\n')}`).toEqual([]);
    },
    { auto: true },
  ],
});
