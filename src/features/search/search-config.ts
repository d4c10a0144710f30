/**
 * How search ranks results. The index side (what is indexed, and how much each part of a page weighs)
 * is set in the markup (`data-pagefind-*` in GuideLayout) and in `src/integrations/pagefind.ts`; the
 * ranking side lives here because Pagefind applies it in the browser, at search time.
 *
 * The site is about a dozen guides of a few hundred words each, read by anxious people who type
 * two or three everyday words ("can I stop", "driving home"). The choices below follow from that,
 * and were checked against the questions in content/search-queries.yaml (hit rates in the test output).
 */

/** Pagefind's `ranking` options (see https://pagefind.app/docs/ranking/). */
export const SEARCH_RANKING = {
  /*
   * Mostly BM25-style term frequency (default 1.0), slightly eased: the FAQ and glossary touch every
   * topic briefly, and a guide devoted to a topic should not lose to them just for being longer.
   */
  termFrequency: 0.8,
  /*
   * Page length matters less than by default (0.75): guides are similar in length, and the long
   * ones (session day, after your session) are exactly where most practical answers live.
   */
  pageLength: 0.4,
  /*
   * Saturate a little sooner than the default (1.4): a word repeated ten times in one guide should
   * not outweigh a heading or an alias that names the topic.
   */
  termSaturation: 1.1,
  /*
   * Prefer close word forms (default 1.0): "eat" should favour "eat"/"eating" over "eating disorder"-
   * style longer matches, as people type the short everyday word.
   */
  termSimilarity: 2.0,
  metaWeights: {
    /* Titles are written plainly ("Session day"); a title match is the strongest sign (the default). */
    title: 5.0,
    /*
     * The guide's `searchAliases`: everyday words an editor chose because the text uses a clinical
     * word (ride → going home, quit → voluntary care). They name the topic, so they weigh nearly as
     * much as a title, but less: where the page's own title matches, that page should win.
     */
    aliases: 4.0,
  },
} as const;

/**
 * Pagefind's excerpt length, in words. The results show their own excerpts in whole sentences
 * (src/features/search/excerpts.ts); Pagefind's are shown only for languages written without spaces.
 */
export const SEARCH_EXCERPT_WORDS = 22;

/**
 * Most words in a section's excerpt when a short best sentence takes the next one with it; the best
 * sentence itself is always shown whole. Short, so four results fit about one phone screen.
 */
export const SECTION_EXCERPT_WORDS = 18;

/**
 * Most words in a result's summary (its page's first sentence), about a line and a half on a phone;
 * a longer sentence is shortened at a comma within them.
 */
export const SUMMARY_WORDS = 12;

/** Sections shown under each page result: two, so four results fit about one phone screen. */
export const SUB_RESULTS_PER_PAGE = 2;

/** Milliseconds to wait after the last key press before searching. */
export const SEARCH_DEBOUNCE_MS = 200;

/**
 * The most the whole index may weigh (its chunks, in bytes) for search to fetch all of it at once when
 * it starts, with Pagefind's code, instead of the chunks a query needs once Pagefind has read its
 * metadata and started (a round trip later, after its WebAssembly). A dozen guides make about 30 KB:
 * fetched at once, they arrive about with the WebAssembly. A large site's index is fetched as
 * Pagefind asks for it, so a reader never pays for chunks no query needs.
 */
export const WHOLE_INDEX_BYTES = 40_000;

/**
 * The most the pages' text (Pagefind's fragments, grouped in one file per language on a small site:
 * src/integrations/pagefind.ts) may weigh for search to fetch it with the whole index. Otherwise the
 * first results wait for a round trip after the search, for the text of the pages found: on a slow
 * phone network (150 ms, 1.6 Mbit/s) that trip and the eight pages' files cost about as much as 50 KB
 * more in the first flight. A dozen guides' text makes about 25 KB.
 */
export const WHOLE_PAGES_BYTES = 48_000;

/**
 * The file, beside Pagefind's, that lists each language's whole index when it is that small, by
 * Pagefind's language key: `{"en-us": ["index/en-us_….pf_index", …], …}` (src/integrations/pagefind.ts).
 */
export const WHOLE_INDEX_FILE = 'whole-index.json';

/**
 * The list for a page of language `htmlLang` (its `<html lang>`), chosen as Pagefind chooses the index
 * it searches: the language itself (en-us), else its part before the region (en); none otherwise.
 */
export function wholeIndexOf(lists: Readonly<Record<string, readonly string[]>>, htmlLang: string): readonly string[] {
  const lang = htmlLang.toLowerCase();
  return lists[lang] ?? lists[lang.split('-')[0] ?? ''] ?? [];
}
