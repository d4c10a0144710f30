/**
 * Handout PDFs, one per handout and paper size, printed by Chromium (through Playwright) from the
 * built pages into dist/handouts/pdf/ at the end of `astro build`.
 *
 * Why in the build: CI and every deploy then ship the PDFs the pages link to, with no second step to
 * forget. Why optional: a machine without Chromium must still build the site. Such a build says so
 * in one line, and its pages link to no PDF (the links come from a flag this integration sets before
 * any page is rendered), so no link is ever broken. HANDOUT_PDFS=on (`npm run handouts`) makes a
 * missing Chromium an error; HANDOUT_PDFS=off skips them on purpose.
 *
 * The PDFs to make are read from the built pages' own links (`data-handout-pdf`), so every link has
 * its file, and a handout that runs past two sides of paper stops the build.
 *
 * Printing takes about a second a file, so each PDF is kept in Astro's cache directory with the list
 * of everything Chromium fetched to print it (the page, its stylesheets, fonts, images: each address
 * with the hash of the answer it got). A rebuild reuses the PDF only when every one of those answers
 * is the same today, for the same paper, Chromium and Playwright; otherwise it prints it again.
 * Several handouts print at once in the one browser, each paper size from one load of its page.
 *
 * When: Chromium starts while Astro writes the pages (when the cache has no PDF yet); printing starts
 * as soon as the site's icons are written, and runs while the search index and the page pass do
 * their work, from a copy of what those steps rewrite (frozenSite); the build waits for the PDFs
 * only in its very last hook.
 */
import type { AstroIntegration } from 'astro';
import type { Browser, Page, Request } from '@playwright/test';
import { existsSync } from 'node:fs';
import { readFile, readdir, mkdir, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { flagModule } from './shared/flag-module';
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from './shared/chromium';
import { normalBase, sitePathOf, withBase } from '../lib/addresses';
import { MAX_SIDES, PAPER_INFO, pdfMode } from '../lib/handouts';
import { countPdfPages } from './shared/pdf-pages';
import { PAPER_SIZES, type PaperSize } from '../schemas/names';
import { staticResponse } from './shared/static-server';
import { cacheKey, fileCache, type FileCache } from './shared/build-cache';

export interface PdfJob {
  /** Site path of the handout page (without the base), for example /handouts/after-your-session/. */
  page: string;
  /** Address of the PDF as the page links to it (under the base), for example /handouts/pdf/after-your-session-letter.pdf. */
  pdf: string;
  paper: PaperSize;
}

/** Every PDF link in a built page: `<a href="….pdf" data-handout-pdf="letter">`. */
export function pdfJobsIn(html: string, page: string): PdfJob[] {
  const jobs: PdfJob[] = [];
  for (const [tag] of html.matchAll(/<a\s[^>]*data-handout-pdf=[^>]*>/g)) {
    const href = /\shref="([^"]+)"/.exec(tag)?.[1];
    const paper = /\sdata-handout-pdf="([^"]+)"/.exec(tag)?.[1];
    if (!href || !paper || !(PAPER_SIZES as readonly string[]).includes(paper)) {
      throw new Error(`Handout PDFs: ${page} has a PDF link without an href or a known paper size: ${tag}`);
    }
    jobs.push({ page, pdf: href, paper: paper as PaperSize });
  }
  return jobs;
}

/** Every built page (`<folder>/index.html`, relative to `outDir`), the search index's and images' folders left out. */
async function pagesIn(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true });
  return entries.filter((file) => file.endsWith(`${path.sep}index.html`) && !file.startsWith(`pagefind${path.sep}`));
}

export default function handoutPdfs(): AstroIntegration {
  let enabled = false;
  let base = '/';
  let cacheDir = '';
  /** Chromium, started while the pages are written up, when no PDF is in the cache yet. */
  let browser: Promise<Browser> | undefined;
  /** The PDFs being made; resolves to the summary line. */
  let printing: Promise<string> | undefined;

  /** Runs after every other integration's astro:build:done: the only place the build waits for the PDFs. */
  const waitForPdfs: AstroIntegration = {
    name: 'holding-space:handout-pdfs-wait',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const waitingFrom = Date.now();
        const summary = await printing;
        if (summary === undefined) return;
        logger.info(`${summary}; the build waited ${((Date.now() - waitingFrom) / 1000).toFixed(1)} s for them`);
      },
    },
  };

  return {
    name: 'holding-space:handout-pdfs',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        const mode = pdfMode(process.env['HANDOUT_PDFS']);
        if (command === 'build' && mode !== 'off') {
          const chromium = findChromium();
          if (chromium.found) enabled = true;
          else if (mode === 'on')
            throw new Error(`Handout PDFs: ${chromium.reason}. To make them, ${HOW_TO_GET_CHROMIUM}.`);
          else
            logger.warn(
              `Handout PDFs skipped: ${chromium.reason}. To make them, ${HOW_TO_GET_CHROMIUM}, then run npm run handouts.`,
            );
        } else if (command === 'build') {
          logger.info('Handout PDFs skipped: HANDOUT_PDFS=off. To make them, run npm run handouts.');
        }
        updateConfig({
          vite: {
            plugins: [flagModule('handout-pdfs', 'handoutPdfs', enabled)],
          },
          // Astro runs integrations added here after all the others.
          integrations: [waitForPdfs],
        });
      },
      'astro:config:done': ({ config }) => {
        base = normalBase(config.base);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:generated': () => {
        // Starting Chromium takes a second or two; a build with every PDF in the cache needs none.
        if (enabled && !existsSync(fileCache(cacheDir, 'pdf', '.pdf').dir)) browser = launchChromium();
        browser?.catch(() => undefined);
      },
      // This integration comes right after the one that writes the site's icons (astro.config.mjs):
      // from here on nothing a handout fetches changes but its page and _headers, which ./frozenSite
      // keeps as they are now. The PDFs print while the search index and the page pass run.
      'astro:build:done': async ({ dir }) => {
        if (!enabled) return;
        const outDir = fileURLToPath(dir);
        const site = await frozenSite(outDir, base);
        if (site.jobs.length === 0) {
          await browser?.then((running) => running.close());
          return;
        }
        const started = Date.now();
        printing = renderPdfs(site, base, cacheDir, browser)
          // Chromium started early is closed however the printing ends (closing it twice is harmless).
          .finally(() =>
            browser?.then(
              (running) => running.close(),
              () => undefined,
            ),
          )
          .then(
            (printed) =>
              `Handout PDFs: ${site.jobs.length} files (${printed} printed, ${site.jobs.length - printed} from the cache) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
          );
        // Awaited in the last astro:build:done hook; a failure here must not go unhandled meanwhile.
        printing.catch(() => undefined);
      },
    },
  };
}

/**
 * The build's files as the PDFs see them, kept as they were when printing started: the page pass
 * rewrites every page, and the security headers write _headers, while Chromium prints. Each file
 * is read once, so a PDF and its cache entry come from the same bytes. Pages are read at the start;
 * a handout that fetched another page stops the build rather than see it half rewritten.
 */
interface FrozenSite {
  outDir: string;
  jobs: PdfJob[];
  answer(address: string): Promise<{ status: number; headers: Record<string, string>; body?: Buffer }>;
}

async function frozenSite(outDir: string, base: string): Promise<FrozenSite> {
  const bodies = new Map<string, Promise<Buffer>>();
  const jobs: PdfJob[] = [];
  // A handout page in any language names its PDFs in its links (/handouts/…, /es/folletos/…).
  for (const file of await pagesIn(outDir)) {
    const html = await readFile(path.join(outDir, file), 'utf8');
    if (!html.includes('data-handout-pdf')) continue;
    jobs.push(...pdfJobsIn(html, `/${path.dirname(file).split(path.sep).join('/')}/`));
    bodies.set(path.join(outDir, file), Promise.resolve(Buffer.from(html)));
  }
  const notFound = path.join(outDir, '404.html');
  if (existsSync(notFound)) bodies.set(notFound, readFile(notFound));
  const headersFile = path.join(outDir, '_headers');
  const headersText = existsSync(headersFile) ? await readFile(headersFile, 'utf8') : '';
  return {
    outDir,
    jobs,
    async answer(address) {
      const { status, headers, file } = staticResponse(outDir, address, { redirects: false, base, headersText });
      if (!file) return { status, headers };
      let body = bodies.get(file);
      if (!body) {
        if (file.endsWith('.html'))
          throw new Error(`Handout PDFs: a handout fetched ${address}, which is not a handout`);
        body = readFile(file);
        bodies.set(file, body);
      }
      return { status, headers, body: await body };
    },
  };
}

/** Chromium's print options; part of every cache key. */
const PDF_OPTIONS = { printBackground: true, tagged: true, outline: true, preferCSSPageSize: false } as const;

/**
 * Handouts printed at once in the one browser, one per core (Chromium lays out each in its own process).
 * On a two-core machine, 1, 2 and 3 at once took alike (2.1–2.8 s for 10 files): the cache is the gain there.
 */
const AT_ONCE = Math.min(availableParallelism(), 4);

const ORIGIN = 'http://handouts.invalid';

/** What Chromium was answered for each address it fetched: address → hash of status, headers and body. */
type Answers = Record<string, string>;

interface CacheEntry {
  answers: Answers;
  /** The cache key of the PDF's bytes. */
  pdf: string;
}

/** The hash of what the site answers for an address (memoised per build: handouts share their CSS and fonts). */
function answerHasher(site: FrozenSite) {
  const known = new Map<string, Promise<string>>();
  return (address: string) => {
    let hash = known.get(address);
    if (!hash) {
      hash = site
        .answer(address)
        .then(({ status, headers, body }) =>
          cacheKey(String(status), JSON.stringify(headers), body ?? Buffer.alloc(0)),
        );
      known.set(address, hash);
    }
    return hash;
  };
}

/**
 * Chromium through Playwright, loaded only when a PDF is printed: Playwright takes most of a second
 * to load. Through require, as Vite's module loader, which loaded this file, is closed by the time
 * the build is done.
 */
async function launchChromium(): Promise<Browser> {
  const chromium = findChromium();
  if (!chromium.found) throw new Error(`Handout PDFs: ${chromium.reason}. To make them, ${HOW_TO_GET_CHROMIUM}.`);
  const { chromium: launcher } = createRequire(import.meta.url)(
    '@playwright/test',
  ) as typeof import('@playwright/test');
  return launcher.launch({ executablePath: chromium.path, args: [...CHROMIUM_ARGS] });
}

/** Which Chromium and Playwright print: a new version may lay the page out differently. */
async function printerIdentity(executable: string): Promise<string> {
  const { size, mtimeMs } = await stat(executable);
  const require = createRequire(import.meta.url);
  const playwright = (
    JSON.parse(await readFile(require.resolve('playwright-core/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  return JSON.stringify({ executable, size, mtimeMs, playwright });
}

/** A cached PDF whose every answer is still the same, or undefined. */
async function cachedPdf(
  entries: FileCache,
  pdfs: FileCache,
  key: string,
  answerHash: (address: string) => Promise<string>,
): Promise<Buffer | undefined> {
  const text = await entries.get(key);
  if (!text) return undefined;
  const entry = JSON.parse(text.toString('utf8')) as CacheEntry;
  for (const [address, hash] of Object.entries(entry.answers)) {
    if ((await answerHash(address)) !== hash) return undefined;
  }
  return pdfs.get(entry.pdf);
}

function checkSides(job: PdfJob, pdf: Uint8Array): void {
  const sides = countPdfPages(pdf);
  if (sides > MAX_SIDES) {
    throw new Error(
      `Handout PDFs: ${job.page} takes ${sides} sides of ${PAPER_INFO[job.paper].label} paper; expected at most ${MAX_SIDES}. Shorten the handout.`,
    );
  }
}

/**
 * Prints each page with Chromium, or takes it from the cache; resolves with how many were printed.
 * Pages are served from the frozen site as the site's static server answers (./shared/static-server.ts),
 * through Playwright's request routing on a made-up origin: no port is opened, and any request for
 * another origin is refused. `early`: Chromium if it was started already (the caller closes it).
 */
async function renderPdfs(
  site: FrozenSite,
  base: string,
  cacheDir: string,
  early: Promise<Browser> | undefined,
): Promise<number> {
  const chromium = findChromium();
  if (!chromium.found) throw new Error(`Handout PDFs: ${chromium.reason}. To make them, ${HOW_TO_GET_CHROMIUM}.`);
  const entries = fileCache(cacheDir, 'pdf', '.json');
  const pdfs = fileCache(cacheDir, 'pdf', '.pdf');
  const answerHash = answerHasher(site);
  const printer = await printerIdentity(chromium.path);
  const write = async (job: PdfJob, pdf: Uint8Array) => {
    checkSides(job, pdf);
    const target = path.join(site.outDir, sitePathOf(base, job.pdf) ?? job.pdf);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, pdf);
  };
  const keyOf = (job: PdfJob) => cacheKey(printer, JSON.stringify(PDF_OPTIONS), base, job.page, job.paper);
  const toPrint: PdfJob[] = [];
  for (const job of site.jobs) {
    const pdf = await cachedPdf(entries, pdfs, keyOf(job), answerHash);
    if (pdf) await write(job, pdf);
    else toPrint.push(job);
  }
  if (toPrint.length === 0) return 0;
  const running = await (early ?? launchChromium());
  /** A request the frozen site refused to answer: the PDF it was for is not written. */
  let refused: unknown;
  try {
    const context = await running.newContext({ javaScriptEnabled: false });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      try {
        const { status, headers, body } = await site.answer(`${url.pathname}${url.search}`);
        return await route.fulfill(body ? { status, headers, body } : { status, headers });
      } catch (error) {
        refused ??= error;
        return route.abort();
      }
    });
    // A handout's paper sizes print from one load of its page: the layout for each paper is made
    // anew by page.pdf, and with JavaScript off nothing on the page changes between the two.
    const queue = [...Map.groupBy(toPrint, (job) => job.page).values()];
    const printOne = async (page: Page) => {
      for (let jobs = queue.shift(); jobs; jobs = queue.shift()) {
        // Every address this page fetches, recorded for the cache entries.
        const fetched = new Set<string>();
        const record = (request: Request) => {
          const url = new URL(request.url());
          if (url.origin === ORIGIN) fetched.add(`${url.pathname}${url.search}`);
        };
        page.on('request', record);
        await page.goto(`${ORIGIN}${withBase(base, jobs[0]?.page ?? '/')}`, { waitUntil: 'load' });
        const printed: [PdfJob, Buffer][] = [];
        for (const job of jobs)
          printed.push([job, await page.pdf({ format: PAPER_INFO[job.paper].format, ...PDF_OPTIONS })]);
        page.off('request', record);
        if (refused !== undefined) throw refused;
        const answers: Answers = {};
        for (const address of [...fetched].sort()) answers[address] = await answerHash(address);
        for (const [job, pdf] of printed) {
          await write(job, pdf);
          const pdfKey = cacheKey(pdf);
          await pdfs.put(pdfKey, pdf);
          await entries.put(keyOf(job), JSON.stringify({ answers, pdf: pdfKey } satisfies CacheEntry));
        }
      }
    };
    const pages = await Promise.all(
      Array.from({ length: Math.min(AT_ONCE, queue.length) }, async () => {
        const page = await context.newPage();
        await page.emulateMedia({ media: 'print', colorScheme: 'light' });
        return page;
      }),
    );
    await Promise.all(pages.map(printOne));
  } finally {
    await running.close();
  }
  return toPrint.length;
}
