/**
 * The search logic behind the search UI (src/features/search/search-ui.ts, which only does DOM work): cleaning
 * what a person typed, the order of searches tried until one finds something, choosing which sections
 * to show under a page result, turning Pagefind's excerpts into safe text, and the words announced to
 * screen readers. No DOM, and Pagefind only as an argument, so each is unit-tested.
 */
import { fill, fillPlural, type PluralForms } from '../../lib/ui-format';

/**
 * The most characters of a query that are searched, put in the address and read out: about 25 words,
 * far more than any question a reader types, and short enough that a pasted page of text never makes
 * an address too long to reload (servers refuse addresses over a few thousand characters) or a
 * status line that a screen reader reads for minutes.
 */
export const MAX_QUERY_LENGTH = 150;

/** The query cut to MAX_QUERY_LENGTH characters, at the end of a word when there is one. */
export function capQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_QUERY_LENGTH);
  // Cut at the last space only when the next character starts a new word; otherwise drop the part word.
  return /\s/.test(query.charAt(MAX_QUERY_LENGTH)) ? cut.trimEnd() : cut.replace(/\s+\S*$/, '') || cut;
}

/**
 * Trims, folds curly apostrophes to straight ones, drops question marks and other stray punctuation,
 * and cuts a very long query to MAX_QUERY_LENGTH.
 */
export function normaliseQuery(query: string): string {
  return capQuery(
    query
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[?!.,;:"“”()[\]{}]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/**
 * The query without grammar words, the language's `fillers` (content/synonyms/<lang>.yaml), in lower
 * case; empty when every word was one. Pagefind returns only pages that contain every word typed, so
 * "what should I wear" would miss the page that says "wear" but never "should".
 */
export function withoutFillers(query: string, fillers: readonly string[]): string {
  return normaliseQuery(query)
    .split(' ')
    .filter((word) => word && !fillers.includes(word.toLowerCase()))
    .join(' ');
}

/**
 * The queries to try in turn until one finds something: the topic words alone (a page that has them
 * answers the question, whatever grammar words it uses), then, when every word was a grammar word
 * ("what is it"), the words as typed. The last resort (any one topic word) is the caller's, since it
 * merges several searches.
 */
export function queryVariants(query: string, fillers: readonly string[]): string[] {
  const full = normaliseQuery(query);
  const core = withoutFillers(full, fillers);
  return [...new Set([core, full].filter((variant) => variant.length > 0))];
}

/** The topic words of a query, one search each when nothing matches them all. */
export function looseWords(query: string, fillers: readonly string[]): string[] {
  return [
    ...new Set(
      withoutFillers(query, fillers)
        .split(' ')
        .filter((word) => word.length > 1),
    ),
  ];
}

/** The parts of Pagefind's API the UI uses: a subset of its own types, which it does not publish. */
/** A heading Pagefind found in a page, where a section starts; `location` counts words of the content. */
interface AnchorLike {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}
/** Where a searched word is in a page's content (a word position), and how much it weighs. */
export interface WeightedLocation {
  balanced_score: number;
  location: number;
}
export interface SubResultLike {
  title: string;
  url: string;
  excerpt: string;
  anchor?: AnchorLike;
  weighted_locations: WeightedLocation[];
}
export interface PagefindFragment {
  url: string;
  /** The page's indexed text, words separated by whitespace. */
  content: string;
  /** The same, with zero-width spaces where a language written without spaces breaks words. */
  raw_content?: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors?: AnchorLike[];
  weighted_locations: WeightedLocation[];
  sub_results: SubResultLike[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}
/** The one call find() makes: Pagefind's `search`, or a test's stand-in. */
export interface SearchEngine<R extends { id: string; score: number }> {
  search: (query: string, options?: { filters?: Record<string, string> }) => Promise<{ results: R[] }>;
}
export interface Pagefind extends SearchEngine<PagefindResult> {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}

/** What a search found; `loose` when no page had every word and these match only some of them. */
export interface Found<R> {
  results: R[];
  loose: boolean;
}

/**
 * Runs the searches for one query in turn (queryVariants) until one finds something; when none does,
 * one search per topic word, merged so pages matching the most words come first. `phase` filters to
 * one stage when not empty; `fillers` are the language's grammar words (withoutFillers).
 */
export async function find<R extends { id: string; score: number }>(
  engine: SearchEngine<R>,
  query: string,
  phase: string,
  fillers: readonly string[] = [],
): Promise<Found<R>> {
  const options = phase ? { filters: { phase } } : {};
  for (const variant of queryVariants(query, fillers)) {
    const { results } = await engine.search(variant, options);
    if (results.length > 0) return { results, loose: false };
  }
  const words = looseWords(query, fillers);
  if (words.length < 2) return { results: [], loose: false };
  const merged = new Map<string, { result: R; words: number; score: number }>();
  for (const word of words) {
    for (const result of (await engine.search(word, options)).results) {
      const seen = merged.get(result.id);
      merged.set(result.id, {
        result,
        words: (seen?.words ?? 0) + 1,
        score: (seen?.score ?? 0) + result.score,
      });
    }
  }
  const results = [...merged.values()]
    .sort((a, b) => b.words - a.words || b.score - a.score)
    .map((entry) => entry.result);
  return { results, loose: results.length > 0 };
}

/**
 * The sections to show under a page result: the ones where the query matches most strongly, best
 * first, at most `max`. The part of the page before its first heading is left out: the page link
 * itself already goes there.
 */
export function pickSubResults<T extends SubResultLike>(pageUrl: string, subResults: readonly T[], max: number): T[] {
  const score = (sub: T) => sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
  const first = (sub: T) => Math.min(...sub.weighted_locations.map((location) => location.location), Infinity);
  return subResults
    .filter((sub) => sub.url.includes('#') && sub.url.split('#')[0] === pageUrl.split('#')[0])
    .filter((sub) => sub.weighted_locations.length > 0)
    .map((sub) => ({ sub, score: score(sub), first: first(sub) }))
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .slice(0, max)
    .map(({ sub }) => sub);
}

/** A piece of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code.toLowerCase()] ?? entity;
  });
}

/**
 * Pagefind's excerpt is HTML with `<mark>` around matches. It is split into text parts so the UI can
 * build it with text nodes and never assigns HTML (no innerHTML, nothing for a CSP to worry about).
 * Any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(piece)) marked = true;
    else if (/^<\/mark>$/i.test(piece)) marked = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, marked });
    }
  }
  return parts;
}

/** The words of the status line, from content/ui/<lang>.yaml (`search` there), as the page gives them. */
export interface SearchStatusWords {
  results: PluralForms;
  resultsInStage: PluralForms;
  noResults: string;
  noResultsInStage: string;
  someWords: PluralForms;
  someWordsInStage: PluralForms;
}

/** What the live region says once a search has finished, in the page's words and language. */
export function statusMessage(
  words: SearchStatusWords,
  lang: string,
  options: {
    query: string;
    count: number;
    /** The chosen stage's label, when results are filtered to one stage. */
    stage?: string | undefined;
    /** True when no page had every word, and the results match only some of them. */
    loose?: boolean;
  },
): string {
  const { query, count, stage, loose = false } = options;
  const values = stage ? { query, count, stage } : { query, count };
  if (count === 0) return fill(stage ? words.noResultsInStage : words.noResults, values, lang);
  const forms = loose
    ? stage
      ? words.someWordsInStage
      : words.someWords
    : stage
      ? words.resultsInStage
      : words.results;
  return fillPlural(forms, values, lang);
}
