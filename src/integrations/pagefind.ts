/**
 * Builds the Pagefind search index into the build output once Astro has written every page
 * (Starlight's way). The index is never written to `public/` or committed: it is made from `dist/`.
 *
 * What is indexed, and how much it weighs, is decided here and in the markup:
 * - Only pages with a `data-pagefind-body` element are indexed: the guides (their `<article>` inside
 *   `<main>`) and the getting-help page. Home, guide list, search, tool pages and the 404 page have none,
 *   so Pagefind skips them; header, navigation, footer and crisis banner sit outside every body.
 * - Inside a body, page furniture carries `data-pagefind-ignore` (contents, reading time, review dates,
 *   sources, previous/next), and the selectors below drop what is never topic text on any page.
 * - Weights: the h1 (7), h2 (6) and h3 (5) keep Pagefind's defaults, so a section's heading counts
 *   several times its body text; the description under the title is weighted 3 (GuideLayout), as
 *   editors write it to say what the page answers. Every h2/h3 has an id, so Pagefind makes each one a
 *   sub-result that links to its anchor.
 * - A guide's `searchAliases` go in as the `aliases` metadata field (a `<meta>` in the page head), which
 *   Pagefind searches but never shows (the `<meta>` and every `data-pagefind-*` attribute leave the pages
 *   once indexed: src/integrations/page-css.ts); their weight at search time is in `src/features/search/search-config.ts`.
 *
 * Once the index is written, every `means` of content/synonyms/<lang>.yaml must be a word the index
 * holds (src/features/search/synonyms.ts): a synonym that points at a word no page uses would send
 * readers to nothing, so the build stops, naming the file, the entry and the word.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createIndex, close } from 'pagefind';
import { missingTargets, type SynonymGroup } from '../features/search/synonyms';
import { WHOLE_INDEX_BYTES, WHOLE_INDEX_FILE } from '../features/search/search-config';
import { readYaml } from './shared/yaml-file';

/**
 * Never topic text, wherever it appears inside an indexed body: screen-reader-only labels (already
 * said by the visible text around them), form controls (checklist boxes, buttons), live regions and
 * navigation blocks (they repeat other pages' titles and would pull those pages into results), and
 * the crisis lines a guide's crisis callout repeats (the same block as the footer's; the getting-help
 * page, where they are the subject, keeps them).
 */
export const SEARCH_EXCLUDED_SELECTORS = [
  '.prose-page .crisis-lines',
  '.sr-only',
  'button',
  'input',
  'select',
  'textarea',
  '[role="status"]',
  '[aria-live]',
  'nav',
];

/** What starts each of Pagefind's page files (fragments) once unzipped, before the page's JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** One indexed page as Pagefind stored it (its fragment file): what search finds and shows. */
export interface IndexedPage {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string }[];
  /** The language of its file name (en-us → en). */
  language: string;
}

/**
 * Every page in the index, read back from its own fragment file, so checks see exactly what search
 * searches (the build and the tests: the markup's data-pagefind-* attributes are gone from dist/
 * once the index is written, see src/integrations/page-css.ts).
 */
export function indexedPages(pagefindDir: string): IndexedPage[] {
  const dir = path.join(pagefindDir, 'fragment');
  const pages: IndexedPage[] = [];
  for (const file of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
    if (!raw.startsWith(FRAGMENT_SIGNATURE)) {
      throw new Error(
        `Pagefind's page file ${file} is not in the form this check reads; see src/integrations/pagefind.ts`,
      );
    }
    const page = JSON.parse(raw.slice(FRAGMENT_SIGNATURE.length)) as Omit<IndexedPage, 'language'>;
    pages.push({ ...page, language: (file.split('_')[0] ?? '').split('-')[0] ?? '' });
  }
  return pages;
}

/** The text Pagefind indexed, by language (en-us → en): each page's content, title and aliases. */
function indexedText(pagefindDir: string): Map<string, string> {
  const byLanguage = new Map<string, string>();
  for (const page of indexedPages(pagefindDir)) {
    const text = [page.content, page.meta['title'] ?? '', page.meta['aliases'] ?? ''].join(' ');
    byLanguage.set(page.language, `${byLanguage.get(page.language) ?? ''} ${text}`);
  }
  return byLanguage;
}

/** Stops the build when a synonym's `means` is in no indexed page of its language. */
function checkSynonyms(root: URL, pagefindDir: string): void {
  for (const [language, text] of indexedText(pagefindDir)) {
    const file = new URL(`content/synonyms/${language}.yaml`, root);
    if (!existsSync(file)) continue;
    // The collection's schema has already checked the file's form.
    const { synonyms } = readYaml(file) as { synonyms: SynonymGroup[] };
    const missing = missingTargets(synonyms, text);
    if (missing.length > 0) {
      throw new Error(`content/synonyms/${language}.yaml:\n  ${missing.join('\n  ')}`);
    }
  }
}

/**
 * Lists the index's chunks (index/…) when all of them together are small (WHOLE_INDEX_BYTES), so search
 * can fetch them with Pagefind's code instead of a round trip after it (src/features/search/search-ui.ts).
 * A larger index lists nothing, and Pagefind fetches the chunks a query needs, as usual.
 */
async function writeWholeIndex(outputDir: string): Promise<void> {
  const files = (await readdir(path.join(outputDir, 'index'))).map((file) => `index/${file}`);
  const sizes = await Promise.all(files.map(async (file) => (await stat(path.join(outputDir, file))).size));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const listed = total <= WHOLE_INDEX_BYTES ? files : [];
  await writeFile(path.join(outputDir, WHOLE_INDEX_FILE), JSON.stringify(listed));
}

/** Pagefind's ready-made UIs and highlighter, which this site does not use. */
const STOCK_UI_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export default function pagefind(): AstroIntegration {
  let root = new URL(`file://${process.cwd()}/`);
  return {
    name: 'holding-space:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({ excludeSelectors: SEARCH_EXCLUDED_SELECTORS });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        // The site has its own small search UI (src/features/search/search-ui.ts); Pagefind's stock UI bundles
        // (about 420 KB) would only be dead weight on the host.
        const outputDir = path.join(outDir, 'pagefind');
        for (const file of await readdir(outputDir)) {
          if (STOCK_UI_FILE.test(file)) await rm(path.join(outputDir, file));
        }
        await writeWholeIndex(outputDir);
        logger.info(`Search index: ${added.page_count} pages`);
        await close();
        checkSynonyms(root, outputDir);
      },
    },
  };
}
