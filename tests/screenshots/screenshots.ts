/**
 * `npm run screenshots`: a contact sheet of the built site, for people to look at.
 *
 * One PNG per page type at 390 px (a phone) and 1280 px (a laptop), in light and dark mode, plus the
 * first pages of each printout, written to screenshots/ with an index.html that shows them side by
 * side, and the figures a reviewer compares before and after a design change (header height on a
 * phone, printed pages, the height of the first search results). Nothing here passes or fails: the
 * browser tests assert the limits; this is for looking.
 *
 * It serves dist/ as it is (run `npm run build` first; it builds when there is no dist/). A practice
 * adopting the site runs it to review its own pages. Printed pages are drawn as images with pdftoppm
 * (Debian's poppler-utils) when it is installed; without it the PDFs and their page counts are kept.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../src/integrations/shared/chromium';
import { countPdfPages } from '../../src/integrations/shared/pdf-pages';
import { serve } from '../../src/integrations/shared/static-server';
import {
  CHECKLIST_PATH,
  CLINICIANS_PATH,
  GET_HELP_PATH,
  GUIDES_PATH,
  HANDOUTS_PATH,
  HOME_PATH,
  PLAN_PATH,
  SEARCH_PATH,
} from '../../src/lib/addresses';
import { CONTENT, DIST, PROJECT } from '../support/paths';
import { sitePages } from '../support/site-pages';
import { readSearchQueries } from '../support/search-queries';

const OUT = path.join(PROJECT, 'screenshots');
const WIDTHS = [390, 1280] as const;
const HEIGHTS: Record<(typeof WIDTHS)[number], number> = { 390: 844, 1280: 800 };
const SCHEMES = ['light', 'dark'] as const;
/** Full pages are cut after this many screens, so a long guide stays one image a person can read. */
const MAX_SCREENS = 4;

interface PageType {
  name: string;
  address: string;
  /** Typed answers and ticks, so the plan and checklist are shown (and printed) as a client uses them. */
  fill?: boolean;
  print?: boolean;
}

function pageTypes(): PageType[] {
  const addresses = sitePages().map((page) => page.address);
  const guides = addresses.filter((address) => address.startsWith(GUIDES_PATH) && address !== GUIDES_PATH);
  const handouts = addresses.filter((address) => address.startsWith(HANDOUTS_PATH) && address !== HANDOUTS_PATH);
  // The longest guide is the hardest to lay out and to print; the shortest shows the page's frame.
  const bySize = [...guides].sort((a, b) => htmlSize(b) - htmlSize(a));
  const query = readSearchQueries(pathToFileURL(path.join(CONTENT, 'search-queries.yaml')))[0]?.q ?? 'session';
  return [
    { name: 'home', address: HOME_PATH, print: true },
    { name: 'guides-index', address: GUIDES_PATH },
    { name: 'guide-longest', address: bySize[0] ?? GUIDES_PATH, print: true },
    { name: 'guide-shortest', address: bySize.at(-1) ?? GUIDES_PATH, print: true },
    { name: 'handouts-index', address: HANDOUTS_PATH },
    { name: 'handout', address: handouts[0] ?? HANDOUTS_PATH, print: true },
    { name: 'checklist', address: CHECKLIST_PATH, fill: true, print: true },
    { name: 'plan', address: PLAN_PATH, fill: true, print: true },
    { name: 'search', address: `${SEARCH_PATH}?q=${encodeURIComponent(query)}` },
    { name: 'get-help', address: GET_HELP_PATH, print: true },
    { name: 'for-clinicians', address: CLINICIANS_PATH, print: true },
    { name: 'not-found', address: `${HOME_PATH}this-page-does-not-exist/` },
  ];
}

function htmlSize(address: string): number {
  const file = path.join(DIST, address, 'index.html');
  return existsSync(file) ? statSync(file).size : 0;
}

/** A client's typical answers: a sentence or two in every box, the first choice of every group, every tick. */
async function fillTools(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sentence =
      'My partner Sam will drive me home and stay with me in the evening. I will rest and listen to music.';
    for (const field of document.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(
      'main textarea, main input[type="text"], main input[type="tel"], main input:not([type])',
    )) {
      const limit = field.maxLength > 0 ? field.maxLength : sentence.length;
      field.value =
        field instanceof HTMLTextAreaElement ? sentence.slice(0, limit) : 'Sam, 555 010 0199'.slice(0, limit);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    const groups = new Set<string>();
    for (const radio of document.querySelectorAll<HTMLInputElement>('main input[type="radio"]')) {
      if (groups.has(radio.name)) continue;
      groups.add(radio.name);
      radio.click();
    }
    for (const box of document.querySelectorAll<HTMLInputElement>('main input[type="checkbox"]')) {
      if (!box.checked) box.click();
    }
  });
}

interface Figures {
  page: string;
  address: string;
  /** At 390 px, light: the header's height and where the page's title starts. */
  headerHeight?: number;
  titleTop?: number;
  heights: Record<string, number>;
  printPages?: { letter: number; a4: number };
  /** The search page: how tall the first four results are at 390 px. */
  firstFourResults?: number;
}

async function shoot(browser: Browser, base: string, type: PageType, pdftoppm: boolean): Promise<Figures> {
  const figures: Figures = { page: type.name, address: type.address, heights: {} };
  for (const width of WIDTHS) {
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({
        viewport: { width, height: HEIGHTS[width] },
        colorScheme: scheme,
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      await page.goto(base + type.address, { waitUntil: 'load' });
      if (type.fill) await fillTools(page);
      if (type.name === 'search') {
        await page.waitForSelector('[data-search-results] li', { timeout: 10_000 }).catch(() => undefined);
      }
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      figures.heights[`${width}-${scheme}`] = height;
      if (width === 390 && scheme === 'light') {
        const header = await page.locator('body > header').first().boundingBox();
        const title = await page.locator('main h1').first().boundingBox();
        if (header) figures.headerHeight = Math.round(header.height);
        if (title) figures.titleTop = Math.round(title.y);
        const results = type.name === 'search' ? await fourResultsHeight(page) : undefined;
        if (results !== undefined) figures.firstFourResults = results;
      }
      await page.screenshot({
        path: path.join(OUT, `${type.name}-${width}-${scheme}.png`),
        fullPage: true,
        clip: { x: 0, y: 0, width, height: Math.min(height, HEIGHTS[width] * MAX_SCREENS) },
      });
      if (type.print && width === 1280 && scheme === 'light') {
        figures.printPages = await print(page, type.name, pdftoppm);
      }
      await context.close();
    }
  }
  return figures;
}

async function fourResultsHeight(page: Page): Promise<number | undefined> {
  const items = page.locator('[data-search-results] li.search-result');
  const count = await items.count();
  if (count === 0) return undefined;
  const first = await items.first().boundingBox();
  const last = await items.nth(Math.min(count, 4) - 1).boundingBox();
  return first && last ? Math.round(last.y + last.height - first.y) : undefined;
}

async function print(page: Page, name: string, pdftoppm: boolean): Promise<{ letter: number; a4: number }> {
  await page.emulateMedia({ media: 'print' });
  const letter = await page.pdf({ format: 'Letter', printBackground: false });
  const a4 = await page.pdf({ format: 'A4', printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  const pdfFile = path.join(OUT, `${name}-print-letter.pdf`);
  writeFileSync(pdfFile, letter);
  if (pdftoppm) {
    // The first three pages, small enough to sit side by side on the sheet.
    spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdfFile, path.join(OUT, `${name}-print`)]);
  }
  return { letter: countPdfPages(letter), a4: countPdfPages(a4) };
}

/** How many Letter pages every guide and handout prints on: the figure that says whether paper is wasted. */
async function printedPages(browser: Browser, base: string): Promise<Record<string, number>> {
  const addresses = sitePages()
    .map((page) => page.address)
    .filter(
      (address) =>
        (address.startsWith(GUIDES_PATH) && address !== GUIDES_PATH) ||
        (address.startsWith(HANDOUTS_PATH) && address !== HANDOUTS_PATH),
    );
  const page = await browser.newPage();
  const counts: Record<string, number> = {};
  for (const address of addresses) {
    await page.goto(base + address, { waitUntil: 'load' });
    counts[address] = countPdfPages(await page.pdf({ format: 'Letter' }));
  }
  await page.close();
  return counts;
}

function contactSheet(all: Figures[], files: string[]): string {
  const rows = all
    .map((figures) => {
      const images = files
        .filter((file) => file.startsWith(`${figures.page}-`) && file.endsWith('.png'))
        .map(
          (file) =>
            `<figure><a href="${file}"><img src="${file}" alt="" loading="lazy"></a><figcaption>${file}</figcaption></figure>`,
        )
        .join('');
      return `<section><h2>${figures.page} <small>${figures.address}</small></h2><p>${describe(figures)}</p><div class="row">${images}</div></section>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Contact sheet</title>
<style>body{font:14px system-ui;margin:1rem}.row{display:flex;gap:12px;align-items:flex-start;overflow-x:auto}
figure{margin:0}img{max-height:600px;border:1px solid #ccc}figcaption{font-size:12px}h2 small{font-weight:normal;color:#555}</style>
<h1>Contact sheet</h1>${rows}</html>`;
}

function describe(figures: Figures): string {
  const parts = [];
  if (figures.headerHeight !== undefined) parts.push(`header ${figures.headerHeight} px at 390`);
  if (figures.titleTop !== undefined) parts.push(`title starts at ${figures.titleTop} px`);
  parts.push(`page ${figures.heights['390-light']} px at 390, ${figures.heights['1280-light']} px at 1280`);
  if (figures.printPages)
    parts.push(`prints on ${figures.printPages.letter} Letter / ${figures.printPages.a4} A4 pages`);
  if (figures.firstFourResults !== undefined) parts.push(`first four results ${figures.firstFourResults} px`);
  return parts.join(' · ');
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.log('No dist/: building the site first.');
    const built = spawnSync('npm', ['run', 'build'], { cwd: PROJECT, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const found = findChromium(process.env, { playwright: true });
  if (!found.found) throw new Error('No Chromium found: set CHROME_PATH, or install Debian chromium.');
  const pdftoppm = spawnSync('pdftoppm', ['-v']).status === 0;
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = serve(0, DIST);
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS] });
  try {
    const all: Figures[] = [];
    for (const type of pageTypes()) {
      const figures = await shoot(browser, base, type, pdftoppm);
      all.push(figures);
      console.log(`${type.name.padEnd(16)} ${describe(figures)}`);
    }
    const paper = await printedPages(browser, base);
    for (const [address, pages] of Object.entries(paper))
      console.log(`${'prints'.padEnd(16)} ${address}: ${pages} Letter pages`);
    const files = readdirSync(OUT).sort();
    writeFileSync(path.join(OUT, 'figures.json'), `${JSON.stringify({ pages: all, printedPages: paper }, null, 2)}\n`);
    writeFileSync(path.join(OUT, 'index.html'), contactSheet(all, files));
    if (!pdftoppm) console.log('pdftoppm not found (Debian: poppler-utils): printouts kept as PDFs, not drawn.');
    console.log(`\nContact sheet: ${path.relative(PROJECT, path.join(OUT, 'index.html'))}`);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
