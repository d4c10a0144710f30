/**
 * Search in the browser, the same way on both sites: what a guide costs until the browser is idle
 * (Starlight fetches its search UI at idle, so it counts), then the first search under Chrome
 * DevTools' "Slow 4G" preset, in a new browser context (an empty cache): from the key that opens search (/ here, Ctrl+K
 * on Starlight) and the query typed, to the first result on screen. The files that search fetched are
 * then fetched again all at once (Promise.all of fetch() in the page, same throttling): the physical
 * limit of the network for that search. Also the index on disk, counting only what a search fetches.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { indexedPages } from '../../src/integrations/pagefind';

/**
 * "Slow 4G" as the issue measures it: DevTools' preset of 150 ms round trips, 1.6 Mbit/s down and
 * 750 kbit/s up, with the 0.9 share of the bandwidth DevTools leaves usable. (DevTools' own network
 * panel also multiplies the latency by 3.75; the figures, and these, do not.)
 */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
};

export interface SearchSide {
  /** How this site opens search from the keyboard. */
  openKey: string;
  /** The search box, once open. */
  input: string;
  /** A result link. */
  result: string;
}

export const OURS: SearchSide = { openKey: '/', input: 'dialog input[type="search"]', result: '.search-result-link' };
export const STARLIGHT: SearchSide = {
  openKey: 'Control+k',
  input: '#starlight__search .pagefind-ui__search-input',
  result: '#starlight__search .pagefind-ui__result-link',
};

export interface SearchRun {
  /** Bytes on the wire (headers and body, gzip where the server sends gzip) until the guide is idle. */
  idleBytes: number;
  /** What the guide fetched until idle, in order (only the page and its styles, if search waits for the reader). */
  idleFiles: string[];
  /** ms from the open key to the first result visible. */
  firstResult: number;
  /** What the first result waited for (files whose last byte came before it showed), in order, and their bytes on the wire. */
  searchFiles: string[];
  searchBytes: number;
  /** ms to fetch the same files all at once under the same throttling. */
  limit: number;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

async function throttled(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  return page;
}

/**
 * The page's own clock, from the key that opens search to the frame after the first result is in place
 * (a MutationObserver sees it). Playwright's wait for the result polls at growing intervals, which would
 * add up to a few hundred milliseconds that are the test's, not the site's; the limit is timed in the
 * page too. Returns a function that reads the time once the result is visible.
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

/** One run: load `address` on `origin`, wait for idle, search for `query`, then fetch its files at once. */
export async function searchRun(
  browser: Browser,
  origin: string,
  address: string,
  query: string,
  side: SearchSide,
): Promise<SearchRun> {
  const page = await throttled(browser);
  try {
    type Phase = 'load' | 'search' | 'after';
    let phase = 'load' as Phase;
    // Each request with its bytes on the wire and when its last byte came (ms since 1970, as the page clock).
    const requests: { phase: Phase; url: string; bytes: Promise<number>; end: number }[] = [];
    page.on('request', (request) => {
      const entry = { phase, url: request.url(), bytes: Promise.resolve(0), end: Number.POSITIVE_INFINITY };
      entry.bytes = new Promise<number>((resolve) => {
        const done = () => {
          const timing = request.timing();
          entry.end = timing.startTime + timing.responseEnd;
          request
            .sizes()
            .then((sizes) => resolve(sizes.responseBodySize + sizes.responseHeadersSize))
            .catch(() => resolve(0));
        };
        request
          .response()
          .then((response) => (response ? response.finished().then(done) : resolve(0)))
          .catch(() => resolve(0));
      });
      requests.push(entry);
    });
    await page.goto(origin + address, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    // requestIdleCallback work (Starlight loads its search UI then) starts after load; let it finish.
    await page.waitForTimeout(1000);
    await page.waitForLoadState('networkidle');

    const clock = await startPageClock(page, side.result);
    phase = 'search';
    await page.keyboard.press(side.openKey);
    await page.locator(side.input).first().fill(query, { timeout: 60_000 });
    await page.locator(side.result).first().waitFor({ state: 'visible', timeout: 60_000 });
    const { ms: firstResult, shownAt } = await clock();
    // What is still on its way (a result's text after its title) is not the first result's.
    await page.waitForLoadState('networkidle');
    phase = 'after';

    const of = (wanted: Phase) => requests.filter((request) => request.phase === wanted);
    const sum = async (list: typeof requests) =>
      (await Promise.all(list.map((request) => request.bytes))).reduce((a, b) => a + b, 0);
    const search = of('search');
    await Promise.all(search.map((request) => request.bytes));
    const needed = search.filter((request) => request.end <= shownAt);
    const searchFiles = needed.map((request) => request.url);
    const idleBytes = await sum(of('load'));
    const searchBytes = await sum(needed);

    const limit = await page.evaluate(async (urls) => {
      const start = performance.now();
      await Promise.all(
        urls.map((url) => fetch(url, { cache: 'no-store' }).then((response) => response.arrayBuffer())),
      );
      return performance.now() - start;
    }, searchFiles);
    return {
      idleBytes,
      idleFiles: of('load').map((request) => request.url),
      firstResult,
      searchFiles,
      searchBytes,
      limit,
    };
  } finally {
    await page.context().close();
  }
}

function sizeOf(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (stat.isFile()) return stat.size;
  return readdirSync(file, { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(path.join(file, name)))
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + entry.size, 0);
}

export interface IndexOnDisk {
  /** Everything a search can fetch: the Pagefind JS API and worker, the WASM of the index's languages, the entry, meta, index chunks, filters, fragments. */
  searchable: number;
  wasm: number;
  chunks: number;
  fragments: number;
  pages: number;
  /** Pagefind's UI bundles in dist/pagefind/ that no page fetches (not counted above). */
  unusedUi: number;
}

/** The pages in an index; a file each when this site's reader cannot read another Pagefind's files. */
function pageCount(folder: string): number {
  try {
    return indexedPages(folder).length;
  } catch {
    return readdirSync(path.join(folder, 'fragment')).length;
  }
}

/** The search index in `dist`/pagefind, counting only what a search can fetch. */
export function indexOnDisk(dist: string): IndexOnDisk {
  const folder = path.join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(path.join(folder, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm?: string | null }>;
  };
  const files = readdirSync(folder);
  const wasm = Object.values(entry.languages)
    .map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`)
    .reduce((total, file) => total + sizeOf(path.join(folder, file)), 0);
  const meta = files
    .filter((file) => file.endsWith('.pf_meta'))
    .reduce((total, file) => total + sizeOf(path.join(folder, file)), 0);
  const chunks = meta + sizeOf(path.join(folder, 'index')) + sizeOf(path.join(folder, 'filter'));
  const fragments = sizeOf(path.join(folder, 'fragment'));
  const api = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json'].reduce(
    (total, file) => total + sizeOf(path.join(folder, file)),
    0,
  );
  const unusedUi = files
    .filter((file) => /^pagefind-(ui|modular-ui|component-ui|highlight)/.test(file))
    .reduce((total, file) => total + sizeOf(path.join(folder, file)), 0);
  return {
    searchable: api + wasm + chunks + fragments,
    wasm,
    chunks,
    fragments,
    // Pages, not files: a small site's pages share one file (src/integrations/pagefind.ts).
    pages: existsSync(path.join(folder, 'fragment')) ? pageCount(folder) : 0,
    unusedUi,
  };
}
