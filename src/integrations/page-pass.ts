/**
 * Once every page is built: one pass over the pages that reads each page once, gives it to each step
 * in turn, and writes it once if a step changed it. The steps, in this order: the search index takes
 * the page as built (src/integrations/pagefind.ts; Pagefind indexes it in its own process meanwhile),
 * then two rewrite it: its CSS (src/integrations/page-css.ts), then its Content-Security-Policy, once
 * the page is final (src/integrations/security-headers.ts). A pass each read and wrote every page twice, and
 * overwriting a page just overwritten waits on the disk (ext4 puts the first new version on disk
 * first): 2 s of the build at 1,000 guides.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a step does once the site is built: to each page, then once every page is done. */
interface PageWork {
  /** The page's HTML after this step; `file` is its path in the output folder. */
  page(file: string, html: string): string | Promise<string>;
  /** After the last page: files of the step's own, its report; throws to stop the build. */
  done(): void | Promise<void>;
}

/** One step of the pass: the Astro hooks it needs before the build, and its work after it. */
export interface PageStep {
  name: string;
  hooks?: Pick<AstroIntegration['hooks'], 'astro:config:setup' | 'astro:config:done'>;
  /** `files`: every page of the pass, by its path in the output folder, before the first is given. */
  start(outDir: string, logger: AstroIntegrationLogger, files: readonly string[]): PageWork;
}

export default function pagePass(steps: readonly PageStep[]): AstroIntegration {
  return {
    name: 'holding-space:page-pass',
    hooks: {
      'astro:config:setup': async (options) => {
        for (const step of steps) await step.hooks?.['astro:config:setup']?.(options);
      },
      'astro:config:done': async (options) => {
        for (const step of steps) await step.hooks?.['astro:config:done']?.(options);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
          file.endsWith('.html'),
        );
        const work = steps.map((step) => step.start(outDir, logger.fork(step.name), pages));
        for (const file of pages) {
          const original = readFileSync(path.join(outDir, file), 'utf8');
          let html = original;
          for (const step of work) html = await step.page(file, html);
          if (html !== original) writeFileSync(path.join(outDir, file), html);
        }
        for (const step of work) await step.done();
      },
    },
  };
}
