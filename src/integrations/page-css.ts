/**
 * Once every page is built and indexed: gives each page one stylesheet with only the CSS that can
 * apply to it, and takes out what only the search indexer reads (`data-pagefind-*`, the aliases'
 * `<meta>`; src/integrations/pagefind.ts has run), so the first round trip of a new connection carries
 * the page and all it needs to show; runs of spaces in its text are made one (withOneSpace). A step
 * of the pass that reads and writes each page once (src/integrations/page-pass.ts).
 *
 * The stylesheets a page blocks on (BaseLayout's, the guides' content styles …) are joined in
 * their order and pruned to the rules that can apply to that page or to what its scripts add (the
 * search dialog's results, the tools' rows): src/integrations/shared/css-prune.ts. The result goes to
 * `_astro/page.<hash>.css`, one file per distinct result, so pages that need the same CSS share it.
 * The print stylesheet is left whole (it never holds up the screen), and so is every stylesheet a
 * script loads (search.css): the files the pages linked stay in `_astro/`.
 *
 * Which stylesheets each page linked before is written to Astro's cache folder (page-css.json), for
 * the browser test that checks the pruned CSS shows every element as the whole CSS did.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalBase } from '../lib/addresses';
import { cssPruner, type PageNames } from './shared/css-prune';
import {
  blockingStylesheets,
  inlineScripts,
  namedScripts,
  pageNames,
  withOneStylesheet,
  withOneSpace,
  withoutPagefindMarkup,
} from './shared/page-html';
import type { PageStep } from './page-pass';

/** Where Astro writes its bundles, under the site's base. */
const ASSETS = '_astro/';

/** The record of each page's original stylesheets, in Astro's cache folder. */
export const PAGE_CSS_RECORD = 'page-css.json';

/** A short content hash for a file name, as Vite's (8 characters, URL-safe). */
const contentHash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 8);

export default function pageCss(): PageStep {
  let base = '/';
  let cacheDir = new URL(`file://${process.cwd()}/node_modules/.astro/`);
  return {
    name: 'holding-space:page-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalBase(config.base);
        cacheDir = config.cacheDir;
      },
    },
    start: (outDir, logger) => {
      const siteFile = (href: string) => path.join(outDir, href.slice(base.length));
      const texts = new Map<string, string>();
      const read = (href: string) => {
        let text = texts.get(href);
        if (text === undefined) {
          text = readFileSync(siteFile(href), 'utf8');
          texts.set(href, text);
        }
        return text;
      };
      /** The script files of the site a script file names (its imports), read once each. */
      const imports = new Map<string, string[]>();
      const importsOf = (href: string) => {
        let named = imports.get(href);
        if (named === undefined) {
          named = [...read(href).matchAll(/[\w.-]+\.js/g)].map((name) => `${base}${ASSETS}${name[0]}`);
          imports.set(href, named);
        }
        return named;
      };
      /** A script file and, recursively, every script file of the site it names (its imports). */
      const withImports = (href: string, seen: Set<string>) => {
        if (seen.has(href) || !existsSync(siteFile(href))) return;
        seen.add(href);
        for (const named of importsOf(href)) withImports(named, seen);
      };
      /** The texts of the script files a page names and of their imports: most pages name the same few. */
      const scriptSets = new Map<string, string[]>();
      const scriptTexts = (named: string[]) => {
        const key = named.join('\n');
        let found = scriptSets.get(key);
        if (found === undefined) {
          const scripts = new Set<string>();
          for (const href of named) withImports(href, scripts);
          found = [...scripts].map(read);
          scriptSets.set(key, found);
        }
        return found;
      };
      /** One pruner per distinct list of stylesheets, and one file per distinct result. */
      const pruners = new Map<string, (names: PageNames) => string>();
      const files = new Map<string, string>();

      const record: Record<string, string[]> = {};
      let before = 0;
      let after = 0;
      return {
        page: (file, original) => {
          const html = withOneSpace(withoutPagefindMarkup(original));
          const links = blockingStylesheets(html).filter(({ href }) => href.startsWith(`${base}${ASSETS}`));
          if (links.length === 0) return html;
          const hrefs = links.map((link) => link.href);
          const css = hrefs.map(read).join('\n');
          let prune = pruners.get(css);
          if (!prune) {
            prune = cssPruner(css);
            pruners.set(css, prune);
          }
          const code = [...inlineScripts(html), ...scriptTexts(namedScripts(html, `${base}${ASSETS}`))];
          const pruned = prune(pageNames(html, code));
          let href = files.get(pruned);
          if (href === undefined) {
            href = `${base}${ASSETS}page.${contentHash(pruned)}.css`;
            writeFileSync(siteFile(href), pruned);
            files.set(pruned, href);
          }
          record[file] = hrefs;
          before += css.length;
          after += pruned.length;
          return withOneStylesheet(html, links, href);
        },
        done: () => {
          const recordDir = fileURLToPath(cacheDir);
          mkdirSync(recordDir, { recursive: true });
          writeFileSync(path.join(recordDir, PAGE_CSS_RECORD), `${JSON.stringify(record, null, 2)}\n`);
          const share = before > 0 ? Math.round((100 * after) / before) : 100;
          logger.info(
            `Page CSS: ${Object.keys(record).length} pages, ${new Set(files.values()).size} stylesheets, ${share}% of the CSS they linked`,
          );
        },
      };
    },
  };
}
