/**
 * Byte budgets, gzip, per page, measured from dist/ (tests/support/page-weight.ts, shared with
 * `npm run bench`). Prints the table. Deterministic: the same build always weighs the same.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { addressOf, page } from '../support/dist';
import { editionEntries } from '../support/edition-entries';
import { EDITIONS, pathsOf } from '../support/editions';
import { escapeRegExp } from '../support/regexp';
import { EXECUTABLE_INLINE_SCRIPT, kb, pageWeight } from '../support/page-weight';
import { DIST } from '../support/paths';
import {
  GUIDE_MEDIAN_BUDGET,
  TRANSLATED_GUIDE_MEDIAN_BUDGET,
  INTENT_LOADER_BUDGET,
  PAGE_BUDGET,
  TOOL_JS_BUDGET,
  TOOL_PAGES,
  sitePages,
} from '../support/site-pages';

const pages = sitePages();
/** The scripts written into the page, and their gzip sizes (counted in its HTML too). */
const inlineScripts = (file: string) => {
  const $ = page(file);
  return $(EXECUTABLE_INLINE_SCRIPT)
    .toArray()
    .map((script) => $(script).text());
};
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const weights = pages.map((site) => ({ ...site, weight: pageWeight(site.file), inline: inlineScripts(site.file) }));
const isTool = (address: string) => (TOOL_PAGES as readonly string[]).includes(address);
const firstFlight = ({ weight }: { weight: { html: number; css: number } }) => weight.html + weight.css;
/** The middle value (the mean of the two middle ones for an even count). */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
/**
 * Each language's guides: the budget holds for the middle guide of every language on its own, so a
 * language whose words run longer (Spanish) gets no room from a shorter one.
 */
const guidesByLanguage = EDITIONS.map(({ lang }) => {
  const addresses = new Set(editionEntries('guides', lang).map((guide) => addressOf(guide.file)));
  return { lang, guides: weights.filter(({ address }) => addresses.has(address)) };
});
/** A handout's QR code in any language: an SVG the build draws from its address (/handouts/qr/<slug>.svg …). */
const QR_CODE = new RegExp(
  `^(?:${EDITIONS.map(({ lang }) => escapeRegExp(pathsOf(lang).handoutQr('SLUG')).replace('SLUG', '[a-z0-9-]+')).join('|')})$`,
);

describe('byte budgets (gzip)', () => {
  it('prints the table', () => {
    console.log(
      `\nPage weight, gzip (budget: HTML + blocking CSS ≤ ${kb(PAGE_BUDGET)} a page, guides' median ≤ ${kb(GUIDE_MEDIAN_BUDGET)})`,
    );
    console.table(
      weights.map(({ address, weight, inline }) => ({
        page: address,
        html: kb(weight.html),
        css: kb(weight.css),
        'html+css': kb(weight.html + weight.css),
        js: kb(weight.js),
        'inline scripts': weight.inlineScripts,
        'of which inline js': `${inline.reduce((sum, text) => sum + gz(text), 0)} B`,
      })),
    );
    for (const { lang, guides } of guidesByLanguage) {
      console.log(`Guides' median (${lang}, ${guides.length} guides): ${kb(median(guides.map(firstFlight)))}`);
    }
    expect(weights.length).toBeGreaterThan(0);
  });

  // The root language always has guides; another language's are measured when it has some.
  for (const [index, { lang, guides }] of guidesByLanguage.entries()) {
    if (index > 0 && guides.length === 0) continue;
    // A translation's words run longer: another language's guides have their own median (site-pages.ts).
    const budget = index === 0 ? GUIDE_MEDIAN_BUDGET : TRANSLATED_GUIDE_MEDIAN_BUDGET;
    it(`the ${lang} guides weigh at most ${kb(budget)} in the middle (median of HTML plus blocking CSS)`, () => {
      expect(guides.length, 'guides in the sitemap').toBeGreaterThan(0);
      expect(median(guides.map(firstFlight))).toBeLessThanOrEqual(budget);
    });
  }

  for (const { address, file, weight } of weights) {
    it(`${address}: HTML plus blocking CSS weighs at most ${kb(PAGE_BUDGET)}, well inside the first round trip`, () => {
      expect(weight.html + weight.css).toBeLessThanOrEqual(PAGE_BUDGET);
    });

    // The print rules are left out of the count above only because they never hold up the screen.
    it(`${address}: links the print rules as a print-only stylesheet`, () => {
      const links = page(file)('link[rel="stylesheet"][media="print"]').toArray();
      expect(links).toHaveLength(1);
      const css = readFileSync(path.join(DIST, page(file)(links[0]).attr('href') ?? ''), 'utf8');
      expect(css).toMatch(/@media print/);
      expect(css).toMatch(/\.handout-page/);
    });
  }

  // The loader is the same on every page (BaseLayout), so the home page's stands for all of them.
  const loader = weights.find(({ address }) => address === '/')?.inline[0] ?? '';

  it(`the intent loader weighs at most ${INTENT_LOADER_BUDGET} bytes (gzip)`, () => {
    console.log(`Intent loader: ${loader.length} bytes, ${gz(loader)} gzip`);
    expect(loader).toContain('[data-search-open]');
    expect(gz(loader)).toBeLessThanOrEqual(INTENT_LOADER_BUDGET);
  });

  for (const { address, inline } of weights) {
    it(`${address}: runs one script written into the page, the intent loader`, () => {
      expect(inline).toEqual([loader]);
    });
  }

  for (const { address, file, weight } of weights.filter(({ address }) => !isTool(address))) {
    it(`${address}: fetches no script file until the reader acts (it has no interactive tool)`, () => {
      const $ = page(file);
      expect(
        $('script[src]')
          .toArray()
          .map((script) => $(script).attr('src')),
        'script files',
      ).toEqual([]);
      expect($('link[rel="modulepreload"], link[rel="preload"][as="script"]'), 'preloaded scripts').toHaveLength(0);
      expect(weight.js, 'script files, gzip').toBe(0);
    });
  }

  for (const address of TOOL_PAGES) {
    it(`${address}: loads at most 6 KB of JavaScript`, () => {
      const tool = weights.find((entry) => entry.address === address);
      expect(tool, `${address} is in the sitemap`).toBeDefined();
      expect(tool?.weight.js).toBeLessThanOrEqual(TOOL_JS_BUDGET);
    });
  }
});

describe('images', () => {
  for (const { address, file } of pages) {
    it(`${address}: every image comes through astro:assets (or is a QR code the build draws), in a modern format, with its size set`, () => {
      const $ = page(file);
      for (const element of $('img').toArray()) {
        const image = $(element);
        const src = image.attr('src') ?? '';
        expect(image.attr('width'), src).toMatch(/^\d+$/);
        expect(image.attr('height'), src).toMatch(/^\d+$/);
        // A handout's QR code is an SVG the build draws from its address (src/pages/[...handouts]/qr/).
        const isQr = QR_CODE.test(src);
        if (!isQr) expect(src, 'images are processed by astro:assets into /_astro/').toMatch(/^\/_astro\//);
        expect(src).toMatch(/\.(avif|webp|svg)$/);
        expect(readFileSync(path.join(DIST, src)).length).toBeGreaterThan(0);
      }
    });
  }
});
