/**
 * The first search on a slow phone network, for `npm run bench`: a page is open, the reader presses
 * "/" and types a query, and the clock runs until the first result is on screen. And its physical
 * limit: the same files fetched all at once, under the same throttling. Prints nothing, never fails;
 * the bench prints what it returns. Works on any site whose search opens on "/" (the peer's too).
 */
import { chromium, type Browser, type Page } from '@playwright/test';

/** DevTools' "Slow 4G" preset as the issue measures it: 150 ms, 1.6 Mbit/s down, 750 kbit/s up (90% usable). */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8,
  uploadThroughput: (750 * 1000 * 0.9) / 8,
};

export interface FirstSearchOptions {
  /** The page the reader is on, a path under baseUrl ("/guides/your-choice/"). */
  open: string;
  /** What the reader types. */
  query: string;
  /** Milliseconds between keys (0, all at once, by default; a reader types a key every 150–250 ms). */
  typingDelay?: number;
  /** A visible element that means "the first result is on screen" (this site's result link by default). */
  result?: string;
  /** A browser to reuse; one is launched (and closed) otherwise. */
  browser?: Browser;
}

export interface FirstSearch {
  /** From the key press to the first result on screen, in milliseconds. */
  ms: number;
  /**
   * What the search fetched after the key press and had in by the time the first result was on screen
   * (the files that result waited for: the limit is these, fetched at once), with bytes on the wire.
   */
  files: { url: string; bytes: number }[];
}

const RESULT = '[data-search-result] a';

function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A fresh page with an empty cache, throttled once `throttle()` is called (workers included). */
async function throttledPage(browser: Browser): Promise<{ page: Page; throttle: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Network.enable');
  return {
    page,
    throttle: async () => {
      await session.send('Network.emulateNetworkConditions', SLOW_4G);
    },
  };
}

/** Bytes on the wire for every request the page (and its workers) finished, keyed by request id. */
function recordFiles(page: Page): { url: string; bytes: number; end: number }[] {
  const files: { url: string; bytes: number; end: number }[] = [];
  page.on('requestfinished', (request) => {
    // When its last byte came, in milliseconds since 1970 (the page's clock below counts the same way).
    const timing = request.timing();
    const entry = { url: request.url(), bytes: 0, end: timing.startTime + timing.responseEnd };
    files.push(entry);
    void request
      .sizes()
      .then((sizes) => (entry.bytes = sizes.responseBodySize + sizes.responseHeadersSize))
      .catch(() => undefined);
  });
  return files;
}

/**
 * The page's own clock, from the "/" key press to the frame after the first result is in place (a
 * MutationObserver sees it). Playwright's wait for the result polls at growing intervals, which would
 * add up to a few hundred milliseconds that are the test's, not the site's; the limit below is timed
 * in the page too. Returns a function that reads the time, once the result is visible.
 */
async function startPageClock(page: Page, selector: string): Promise<() => Promise<{ ms: number; shownAt: number }>> {
  await page.evaluate((result) => {
    const clock = { pressed: 0, shown: 0 };
    Object.assign(window, { firstSearchClock: clock });
    document.addEventListener('keydown', (event) => (clock.pressed ||= event.timeStamp), { capture: true });
    // No named functions in here: the bundler that runs the bench would wrap them in a helper the page lacks.
    new MutationObserver((_, observer) => {
      const found = document.querySelector(result);
      if (found === null || found.getClientRects().length === 0) return;
      observer.disconnect();
      // The next frame: when the result is painted.
      requestAnimationFrame(() => (clock.shown = performance.now()));
    }).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  }, selector);
  return async () => {
    await page.waitForFunction(
      () => (window as unknown as { firstSearchClock: { shown: number } }).firstSearchClock.shown > 0,
    );
    return page.evaluate(() => {
      const clock = (window as unknown as { firstSearchClock: { pressed: number; shown: number } }).firstSearchClock;
      return { ms: Math.round(clock.shown - clock.pressed), shownAt: performance.timeOrigin + clock.shown };
    });
  };
}

/** One cold first search: the page loads unthrottled, then the network slows and the reader acts. */
export async function measureFirstSearch(baseUrl: string, options: FirstSearchOptions): Promise<FirstSearch> {
  const browser = options.browser ?? (await launch());
  try {
    const { page, throttle } = await throttledPage(browser);
    await page.goto(new URL(options.open, baseUrl).href, { waitUntil: 'networkidle' });
    await throttle();
    const files = recordFiles(page);
    const clock = await startPageClock(page, options.result ?? RESULT);
    await page.keyboard.press('/');
    await page.keyboard.type(options.query, { delay: options.typingDelay ?? 0 });
    await page
      .locator(options.result ?? RESULT)
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 });
    const { ms, shownAt } = await clock();
    // No wait for the network to settle: the page reached that state at load, so the wait would return
    // at once; files still on their way (a result's text, after its title) are not the first result's.
    await page.context().close();
    const needed = files.filter((file) => file.url.startsWith(new URL(baseUrl).origin) && file.end <= shownAt);
    return { ms, files: needed.map(({ url, bytes }) => ({ url, bytes })) };
  } finally {
    if (!options.browser) await browser.close();
  }
}

/** The limit: the same addresses fetched at once from a fresh page under the same throttling. */
export async function measureFetchAtOnce(
  baseUrl: string,
  open: string,
  urls: readonly string[],
  browser?: Browser,
): Promise<number> {
  const owned = browser ?? (await launch());
  try {
    const { page, throttle } = await throttledPage(owned);
    await page.goto(new URL(open, baseUrl).href, { waitUntil: 'networkidle' });
    await throttle();
    const ms = await page.evaluate(async (addresses) => {
      const started = performance.now();
      await Promise.all(addresses.map(async (address) => (await fetch(address, { cache: 'no-store' })).arrayBuffer()));
      return performance.now() - started;
    }, urls);
    await page.context().close();
    return Math.round(ms);
  } finally {
    if (!browser) await owned.close();
  }
}
