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
 */
import type { AstroIntegration } from 'astro';
import { chromium as launcher } from '@playwright/test';
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from './shared/chromium';
import { normalBase, sitePathOf, withBase } from '../lib/addresses';
import { MAX_SIDES, PAPER_INFO, pdfMode } from '../lib/handouts';
import { countPdfPages } from './shared/pdf-pages';
import { PAPER_SIZES, type PaperSize } from '../schemas/names';
import { staticResponse } from './shared/static-server';

const VIRTUAL = 'virtual:holding-space/handout-pdfs';

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

export default function handoutPdfs(): AstroIntegration {
  let enabled = false;
  let base = '/';
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
            plugins: [
              {
                name: 'holding-space:handout-pdfs-flag',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id: string) =>
                  id === `\0${VIRTUAL}` ? `export const handoutPdfs = ${JSON.stringify(enabled)};` : undefined,
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = normalBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) return;
        const outDir = fileURLToPath(dir);
        const jobs: PdfJob[] = [];
        const handoutsDir = path.join(outDir, 'handouts');
        for (const entry of await readdir(handoutsDir, { withFileTypes: true }).catch(() => [])) {
          if (!entry.isDirectory()) continue;
          const file = path.join(handoutsDir, entry.name, 'index.html');
          const html = await readFile(file, 'utf8').catch(() => '');
          jobs.push(...pdfJobsIn(html, `/handouts/${entry.name}/`));
        }
        if (jobs.length === 0) return;
        const started = Date.now();
        await renderPdfs(outDir, jobs, base);
        logger.info(`Handout PDFs: ${jobs.length} files in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}

/**
 * Prints each page with Chromium. Pages are served from dist/ as the site's static server answers
 * (./shared/static-server.ts), through Playwright's request routing on a made-up origin: no port is
 * opened, and any request for another origin is refused.
 */
async function renderPdfs(outDir: string, jobs: readonly PdfJob[], base = '/'): Promise<void> {
  const chromium = findChromium();
  if (!chromium.found) throw new Error(`Handout PDFs: ${chromium.reason}. To make them, ${HOW_TO_GET_CHROMIUM}.`);
  const browser = await launcher.launch({ executablePath: chromium.path, args: [...CHROMIUM_ARGS] });
  const origin = 'http://handouts.invalid';
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.abort();
      const { status, headers, file } = staticResponse(outDir, `${url.pathname}${url.search}`, {
        redirects: false,
        base,
      });
      return route.fulfill(file ? { status, headers, path: file } : { status, headers });
    });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    for (const job of jobs) {
      await page.goto(`${origin}${withBase(base, job.page)}`, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: PAPER_INFO[job.paper].format,
        printBackground: true,
        tagged: true,
        outline: true,
        preferCSSPageSize: false,
      });
      const sides = countPdfPages(pdf);
      if (sides > MAX_SIDES) {
        throw new Error(
          `Handout PDFs: ${job.page} takes ${sides} sides of ${PAPER_INFO[job.paper].label} paper; expected at most ${MAX_SIDES}. Shorten the handout.`,
        );
      }
      const target = path.join(outDir, sitePathOf(base, job.pdf) ?? job.pdf);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, pdf);
    }
  } finally {
    await browser.close();
  }
}
