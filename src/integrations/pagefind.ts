/**
 * Builds the Pagefind search index into the build output from the pages Astro has written (Starlight's
 * way), as the first step of the one pass over them. The index is never written to `public/` or
 * committed: it is made from `dist/`.
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
 * - On a small site (GROUPED_SITE_PAGES in each language), the pages' text (Pagefind's fragments) is one
 *   file per language, fetched with that language's index when the reader reaches for search on one of
 *   its pages (wholeIndexFiles), so the first results need no round trip after the search; a larger site
 *   keeps Pagefind's file per page.
 * - A guide's `searchAliases` go in as the `aliases` metadata field (a `<meta>` in the page head), which
 *   Pagefind searches but never shows (the `<meta>` and every `data-pagefind-*` attribute leave the pages
 *   once indexed: src/integrations/page-css.ts); their weight at search time is in `src/features/search/search-config.ts`.
 *
 * A rebuild whose every page (path and HTML, in order) and whose build code (src/, config, packages:
 * codeFingerprint) are the last build's copies the last index from Astro's cache directory instead of
 * indexing again (folderCache, src/integrations/shared/build-cache.ts): the index is made only from them.
 *
 * Once the index is written, every `means` of content/synonyms/<lang>.yaml must be a word the index
 * holds (src/features/search/synonyms.ts): a synonym that points at a word no page uses would send
 * readers to nothing, so the build stops, naming the file, the entry and the word.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readdir, rm, stat, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { createIndex, close, type NewFileResponse, type PagefindIndex } from 'pagefind';
import type { PageStep } from './page-pass';
import { missingTargets, type SynonymGroup } from '../features/search/synonyms';
import { WHOLE_INDEX_BYTES, WHOLE_INDEX_FILE, WHOLE_PAGES_BYTES } from '../features/search/search-config';
import { readYaml } from './shared/yaml-file';
import { cacheKey, codeFingerprint, folderCache } from './shared/build-cache';

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

/** The name of a page file that holds several pages (Pagefind's `maxFragments`). */
const GROUP_FILE = /_group_/;

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
    const json = JSON.parse(raw.slice(FRAGMENT_SIGNATURE.length)) as unknown;
    // A file of grouped pages (en-us_group_….pf_fragment) maps each page's own name to its page.
    const filePages = (GROUP_FILE.test(file) ? Object.values(json as object) : [json]) as Omit<
      IndexedPage,
      'language'
    >[];
    const language = (file.split('_')[0] ?? '').split('-')[0] ?? '';
    for (const page of filePages) pages.push({ ...page, language });
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

/** A file Pagefind wrote, by its path under pagefind/, and its size in bytes. */
export interface IndexFile {
  file: string;
  size: number;
}

const total = (files: readonly IndexFile[]) => files.reduce((sum, { size }) => sum + size, 0);

/** The language of one of Pagefind's files, as its file names give it: index/en-us_4b423eb.pf_index → en-us. */
const fileLanguage = (file: string) => (file.split('/').at(-1) ?? '').split('_')[0] ?? '';

/**
 * What search fetches whole when the reader reaches for it (src/features/search/search-dialog.ts), beside
 * Pagefind's code, instead of a round trip after it, for each language the index has (Pagefind's own
 * language keys, en-us): a page fetches its own language's list only, as Pagefind searches only the
 * index of the page's language. The language's chunks when all together are small (WHOLE_INDEX_BYTES),
 * and with them its pages' text when it is grouped in one file that is small too (WHOLE_PAGES_BYTES),
 * so results show with no request after the search. A language with a larger index lists nothing, and
 * Pagefind fetches what a query needs, as usual.
 */
export function wholeIndexFiles(
  chunks: readonly IndexFile[],
  fragments: readonly IndexFile[],
): Record<string, string[]> {
  const languages = [...new Set(chunks.map(({ file }) => fileLanguage(file)))].sort();
  return Object.fromEntries(
    languages.map((language) => {
      const own = (files: readonly IndexFile[]) => files.filter(({ file }) => fileLanguage(file) === language);
      const [ownChunks, ownPages] = [own(chunks), own(fragments)];
      if (total(ownChunks) > WHOLE_INDEX_BYTES) return [language, []];
      const grouped = ownPages.length > 0 && ownPages.every(({ file }) => GROUP_FILE.test(file));
      const pages = grouped && total(ownPages) <= WHOLE_PAGES_BYTES ? ownPages : [];
      return [language, [...ownChunks, ...pages].map(({ file }) => file)];
    }),
  );
}

/** Whether every language's list has its pages' text: the grouped files all fit. */
const listsPages = (listed: Record<string, string[]>) =>
  Object.values(listed).every((files) => files.some((file) => file.startsWith('fragment/')));

/**
 * The most pages of one language among the built pages: the default language's at the root, each other
 * one's under /<lang>/ (Astro's i18n routing). Each language's pages are indexed, grouped and fetched
 * apart, so this is what GROUPED_SITE_PAGES is measured against.
 */
export function pagesPerLanguage(pathnames: readonly string[], prefixed: readonly string[]): number {
  const counts = prefixed.map(
    (lang) => pathnames.filter((pathname) => pathname.replace(/^\//, '').split('/')[0] === lang).length,
  );
  const own = counts.reduce((sum, count) => sum + count, 0);
  return Math.max(pathnames.length - own, ...counts);
}

/** The files in one of Pagefind's folders (index, fragment …), by their path under pagefind/. */
async function filesIn(outputDir: string, folder: string): Promise<IndexFile[]> {
  const names = await readdir(path.join(outputDir, folder));
  return Promise.all(
    names.map(async (name) => ({
      file: `${folder}/${name}`,
      size: (await stat(path.join(outputDir, folder, name))).size,
    })),
  );
}

/** Pagefind's ready-made UIs and highlighter, which this site does not use. */
const STOCK_UI_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * A site of at most this many pages in each language (every page built, indexed or not) has its pages' text written in
 * one file per language (Pagefind's `maxFragments`), to be fetched whole with the index. A dozen guides
 * in 37 pages make about 25 KB, so this stays under WHOLE_PAGES_BYTES unless the pages are long (then
 * the site is indexed again, a file a page); a larger site is never indexed twice to find out.
 */
const GROUPED_SITE_PAGES = 60;

/** The attribute that marks what Pagefind indexes on a page. */
const PAGE_BODY = 'data-pagefind-body';

/** The page files one index is made from: each page's path under the output folder and its HTML. */
interface PageSource {
  sourcePath: string;
  content: string;
}

/**
 * Starts an index in Pagefind's own process, so it indexes pages on the other core while this one
 * goes on (the page pass prunes each page's CSS meanwhile).
 */
async function startIndex(grouped: boolean): Promise<PagefindIndex> {
  const { index, errors } = await createIndex({
    excludeSelectors: SEARCH_EXCLUDED_SELECTORS,
    ...(grouped ? { maxFragments: 1 } : {}),
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Writes an index into pagefind/ once every page has been added. */
async function writeIndex(index: PagefindIndex, added: readonly Promise<NewFileResponse>[], outputDir: string) {
  const errors = (await Promise.all(added)).flatMap((response) => response.errors);
  if (errors.length > 0) throw new Error(`Pagefind could not index the site: ${errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: outputDir });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  // The site has its own small search UI (src/features/search/search-ui.ts); Pagefind's stock UI bundles
  // (about 420 KB) would only be dead weight on the host.
  for (const file of await readdir(outputDir)) {
    if (STOCK_UI_FILE.test(file)) await rm(path.join(outputDir, file));
  }
}

/** What the cache notes with an index: the pages it was made from, how many were indexed, grouped or not. */
interface IndexNote {
  pages: [string, string][];
  added: number;
  grouped: boolean;
}

/** A page file's path under the output folder with "/", as Pagefind takes it: guides/safety/index.html. */
const sourcePathOf = (file: string) => file.split(path.sep).join('/');

/** A page file's address as Astro lists its pages: guides/safety/index.html → guides/safety/. */
const pathnameOf = (file: string) => sourcePathOf(file).replace(/(^|\/)index\.html$/, '$1');

/**
 * The first step of the page pass (src/integrations/page-pass.ts): each page goes to Pagefind as the
 * pass reads it, as it was built (with its data-pagefind-* markup, which the next step takes out), and
 * Pagefind indexes it in its own process while the pass goes on. The pages the build writes itself at
 * old addresses (src/integrations/redirects.ts) have no body to index, so they are never sent.
 */
export default function pagefind(): PageStep {
  let root = new URL(`file://${process.cwd()}/`);
  let srcDir = new URL('src/', root);
  let cacheDir = new URL('node_modules/.astro/', root);
  // The languages whose pages are under /<lang>/: every one but the default (Astro's i18n routing).
  let prefixed: string[] = [];
  return {
    name: 'holding-space:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        srcDir = config.srcDir;
        cacheDir = config.cacheDir;
        const i18n = config.i18n;
        prefixed = (i18n?.locales ?? [])
          .map((locale) => (typeof locale === 'string' ? locale : locale.path))
          .filter((lang) => lang !== i18n?.defaultLocale);
      },
    },
    start: (outDir, logger, files) => {
      const outputDir = path.join(outDir, 'pagefind');
      // A small site's pages go in one file per language, fetched with the index (wholeIndexFiles);
      // if that file turns out too large to fetch whole, the site is indexed again, a file a page.
      let grouped = pagesPerLanguage(files.map(pathnameOf), prefixed) <= GROUPED_SITE_PAGES;
      // Pagefind starts with the first page sent to it: on a rebuild whose pages are all the last
      // build's, none is, and the index is copied from the cache instead.
      let index: Promise<PagefindIndex> | undefined;
      const started = () => (index ??= startIndex(grouped));
      const added: Promise<NewFileResponse>[] = [];
      // Kept only on a small site, which may be indexed twice.
      const kept: PageSource[] = [];
      const add = (source: PageSource) => {
        added.push(started().then((pagefindIndex) => pagefindIndex.addHTMLFile(source)));
        if (grouped) kept.push(source);
      };
      // Pagefind's own rule, applied before sending a page rather than after: once any page marks its
      // body (data-pagefind-body), pages without one are not indexed. Here only the pages with a body are
      // sent, and the others only if none has one.
      const bodiless: PageSource[] = [];
      const send = (source: PageSource) => {
        if (source.content.includes(PAGE_BODY)) add(source);
        else bodiless.push(source);
      };
      // Every page the index is made from, in order: its path and a hash of its HTML. While each page
      // is the last build's, it is held back rather than sent; the first that is not sends them all, so
      // a changed site is indexed while the pass goes on, as without a cache.
      const cache = folderCache<IndexNote>(cacheDir, 'pagefind');
      const last = cache.last();
      const lastPages = last?.note.pages ?? [];
      const pages: [string, string][] = [];
      let held: PageSource[] | undefined = lastPages.length === files.length ? [] : undefined;
      const release = () => {
        held?.forEach(send);
        held = undefined;
      };
      return {
        page: (file, html) => {
          const source = { sourcePath: sourcePathOf(file), content: html };
          const page: [string, string] = [source.sourcePath, cacheKey(html)];
          const before = lastPages[pages.length];
          pages.push(page);
          if (held && before?.[0] === page[0] && before[1] === page[1]) held.push(source);
          else {
            release();
            send(source);
          }
          return html;
        },
        done: async () => {
          // Everything the index is made from: the pages, the languages under /<lang>/, and the code
          // that makes it (this file, Pagefind's options and version: the build's code fingerprint).
          const key = cacheKey(codeFingerprint(root, srcDir), JSON.stringify(prefixed), JSON.stringify(pages));
          const restored = held !== undefined && last?.key === key && cache.restore(key, outputDir);
          let note: IndexNote;
          if (restored) {
            note = last.note;
            grouped = note.grouped;
          } else {
            release();
            note = await makeIndex();
            // The last index's files are deleted while the build ends.
            void cache.save(key, outputDir, note);
          }
          logger.info(
            `Search index: ${note.added} of ${pages.length} pages${grouped ? ', their text in one file' : ''}${restored ? ' (from the cache)' : ''}`,
          );
          await close();
          checkSynonyms(root, outputDir);
        },
      };

      /** Indexes the pages sent, into pagefind/. */
      async function makeIndex(): Promise<IndexNote> {
        if (added.length === 0) bodiless.forEach(add);
        await writeIndex(await started(), added, outputDir);
        const fragments = grouped ? await filesIn(outputDir, 'fragment') : [];
        let listed = wholeIndexFiles(await filesIn(outputDir, 'index'), fragments);
        if (grouped && !listsPages(listed)) {
          grouped = false;
          await rm(outputDir, { recursive: true });
          const again = await startIndex(grouped);
          await writeIndex(
            again,
            kept.map((source) => again.addHTMLFile(source)),
            outputDir,
          );
          listed = wholeIndexFiles(await filesIn(outputDir, 'index'), []);
        }
        await writeFile(path.join(outputDir, WHOLE_INDEX_FILE), JSON.stringify(listed));
        return { pages, added: added.length, grouped };
      }
    },
  };
}
