/**
 * What a search result says, in whole sentences: the page's summary, then a short excerpt under each
 * section shown. Pagefind's own excerpts are a fixed window of words around the matches, so they start
 * mid-sentence and in lower case, run a section's heading into its text ("Going home An adult you
 * know…", because the heading's words open the section's content with nothing between) and repeat in
 * the page excerpt what a section excerpt says. Here the excerpts are rebuilt from the page's content
 * and the match locations Pagefind gives (word positions in that content): the heading's words are
 * skipped, the text is cut into sentences, the best-matching sentence is shown whole, and no sentence is
 * shown twice in one result. No DOM, so it is unit-tested (tests/unit/search-excerpts.test.ts).
 */
import { fillParts } from '../../lib/ui-format';
import {
  excerptParts,
  pickSubResults,
  type ExcerptPart,
  type PagefindFragment,
  type WeightedLocation,
} from './search-results';

/** Pagefind cuts content into words on whitespace (but not U+FEFF); its locations count these words. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;
/** Zero-width spaces mark word breaks in languages written without spaces; their locations differ. */
const ZERO_WIDTH_SPACE = '\u200B';

/** The parts of a Pagefind result's data that the excerpts are made from. */
export type FragmentSource = Omit<PagefindFragment, 'filters'>;

/** A span of words, `end` not included. */
export interface Span {
  start: number;
  end: number;
}

/** A word's letters and digits, in lower case: to compare a heading with the words that open its section. */
function bare(word: string | undefined): string {
  return (word ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * How many words from `at` spell out `heading` (Pagefind puts a heading's words at the start of its
 * section), punctuation aside; 0 when they do not, so text is never dropped by mistake.
 */
export function headingLength(words: readonly string[], at: number, heading: string): number {
  const wanted = heading.split(WORD_SEPARATORS).map(bare).filter(Boolean);
  if (wanted.length === 0) return 0;
  let index = at;
  for (const word of wanted) {
    while (index < words.length && bare(words[index]) === '' && words[index] !== undefined) index += 1;
    if (bare(words[index]) !== word) return 0;
    index += 1;
  }
  return index - at;
}

/** Marks that close a sentence, and quotes or brackets that may follow them ("Stop." she said). */
const ENDS_WITH_STOP = /[.!?…](["'”’»)\]]*)$/u;
/** A word that can open a sentence: an upper-case or caseless letter or a digit, after any opening quote. */
const OPENS_SENTENCE = /^["'“‘«([¿¡]*[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u;

/**
 * Whether a sentence ends after `word`: it ends in a full stop, question or exclamation mark, the next
 * word opens a sentence, and the full stop is not part of a short form: short letter groups each with
 * a stop ("e.g.", "a.m."; not an address such as "care@clinic.example."), one capital ("J. Smith") or one of the words file's `abbreviations` ("Dr.").
 */
export function endsSentence(word: string, next: string | undefined, abbreviations: ReadonlySet<string>): boolean {
  if (!ENDS_WITH_STOP.test(word)) return false;
  if (next === undefined) return true;
  if (!OPENS_SENTENCE.test(next)) return false;
  const core = word.replace(/["'”’»)\]]+$/u, '').replace(/^["'“‘«([¿¡]+/u, '');
  if (!core.endsWith('.')) return true;
  if (/^(\p{L}{1,3}\.){2,}$/u.test(core)) return false;
  if (/^\p{Lu}\.$/u.test(core)) return false;
  return !abbreviations.has(core.toLowerCase());
}

/** The sentences of words[from, to), in order. The last one may end without a stop (a list item, say). */
export function sentenceSpans(
  words: readonly string[],
  from: number,
  to: number,
  abbreviations: ReadonlySet<string>,
): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (let index = from; index < to; index += 1) {
    const next = index + 1 < to ? words[index + 1] : undefined;
    if (endsSentence(words[index] ?? '', next, abbreviations)) {
      spans.push({ start, end: index + 1 });
      start = index + 1;
    }
  }
  if (start < to) spans.push({ start, end: to });
  return spans.filter((span) => words.slice(span.start, span.end).some((word) => bare(word) !== ''));
}

/** A sentence's words as one comparable string, so the same sentence is found again wherever it is. */
function sentenceKey(words: readonly string[], span: Span): string {
  return words.slice(span.start, span.end).map(bare).join(' ');
}

/**
 * A span of words as excerpt parts, the matched words marked. Only a word's letters and digits are
 * marked, not the punctuation around it ("<mark>home</mark>." rather than "<mark>home.</mark>").
 */
export function spanParts(
  words: readonly string[],
  spans: readonly Span[],
  matched: ReadonlySet<number>,
): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  spans.forEach((span, spanIndex) => {
    for (let index = span.start; index < span.end; index += 1) {
      const word = words[index] ?? '';
      if (!word) continue;
      if (parts.length > 0 || spanIndex > 0) push(' ', false);
      const pieces = matched.has(index) ? /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word) : null;
      if (pieces && pieces[2]) {
        push(pieces[1] ?? '', false);
        push(pieces[2], true);
        push(pieces[3] ?? '', false);
      } else push(word, false);
    }
  });
  return parts;
}

/** The end of a list item: a full stop Pagefind added or a semicolon, the next item in lower case ("they: stay calm. slow down."). */
const ENDS_PIECE = /[.;]$/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * A sentence longer than an excerpt is often a list run into its lead-in (Pagefind ends each item
 * with a full stop, and items often start in lower case; or the items end in semicolons). Such a
 * sentence is shortened at the items:
 * the lead-in and the best-matching item ("If a moment feels hard, they: remind you where you are…"),
 * or, without a lead-in, the sentence up to that item. It still starts where the sentence does and
 * ends with the item's stop.
 */
export function abridge(words: readonly string[], sentence: Span, score: (span: Span) => number): Span[] {
  const pieces: Span[] = [];
  let start = sentence.start;
  for (let index = sentence.start; index < sentence.end - 1; index += 1) {
    if (ENDS_PIECE.test(words[index] ?? '') && LOWER_START.test(words[index + 1] ?? '')) {
      pieces.push({ start, end: index + 1 });
      start = index + 1;
    }
  }
  pieces.push({ start, end: sentence.end });
  const [first] = pieces;
  if (!first || pieces.length === 1) return [sentence];
  const best = pieces.reduce((top, piece) => (score(piece) > score(top) ? piece : top), first);
  if (best === first) return [first];
  const colon = words.slice(first.start, first.end).findIndex((word) => word.endsWith(':'));
  return colon === -1
    ? [{ start: sentence.start, end: best.end }]
    : [{ start: first.start, end: first.start + colon + 1 }, best];
}

/** Words in a sentence short enough to add the next one to, within the excerpt's length. */
const SHORT_SENTENCE = 6;
/** Words in an answer so short ("Yes.", "No, never.") that the next sentence is added whatever its length. */
const BARE_ANSWER = 2;

/**
 * The sentences to show for one section (words[from, to)): the sentence where the matches weigh most,
 * or, when the section's heading matched (`opening`), its first sentence, which answers the heading;
 * then, when that sentence is short, the next one while the excerpt stays within `maxWords` (the first
 * one is always whole, unless it is a long list, see abridge). Sentences in `seen` are never chosen, and the ones
 * chosen are added to it. Nothing when every matching sentence was shown already.
 *
 * A sentence that repeats the section's `heading` at its start ("Usted decide de qué se habla, si es
 * que quiere hablar." under "Usted decide de qué se habla") would read as the heading twice: it is
 * shown after the sentence before it, when both fit in `maxWords`; otherwise another sentence is
 * chosen (the best other match, or the section's first sentence that does not repeat the heading).
 */
export function chooseSentences(
  words: readonly string[],
  section: Span,
  locations: readonly WeightedLocation[],
  options: {
    maxWords: number;
    abbreviations: ReadonlySet<string>;
    seen: Set<string>;
    opening?: boolean;
    heading?: string | undefined;
  },
): Span[] {
  const { maxWords, abbreviations, seen, opening = false, heading = '' } = options;
  const score = (span: Span) =>
    locations
      .filter((location) => location.location >= span.start && location.location < span.end)
      .reduce((sum, location) => sum + location.balanced_score, 0);
  const sentences = sentenceSpans(words, section.start, section.end, abbreviations).map((span) => ({
    span,
    key: sentenceKey(words, span),
    score: score(span),
  }));
  const matching = sentences.filter((sentence) => sentence.score > 0);
  // The best match first (the earlier of equals: the sort is stable, and they are in order), or,
  // with none (or the heading matched), the sentences in order.
  const ranked = matching.length > 0 && !opening ? matching.sort((a, b) => b.score - a.score) : sentences;
  const fresh = (sentence: { key: string }) => !seen.has(sentence.key);
  const echoes = (sentence: { span: Span }) => headingLength(words, sentence.span.start, heading) > 0;
  let best = ranked.find(fresh);
  if (!best) return [];
  const length = (span: Span) => span.end - span.start;
  if (echoes(best)) {
    const before = sentences[sentences.indexOf(best) - 1];
    if (before && fresh(before) && !echoes(before) && length(before.span) + length(best.span) <= maxWords) {
      seen.add(before.key).add(best.key);
      return [before.span, best.span];
    }
    const plain = (sentence: (typeof sentences)[number]) => fresh(sentence) && !echoes(sentence);
    best = ranked.find(plain) ?? sentences.find(plain) ?? best;
  }
  seen.add(best.key);
  if (maxWords > 0 && length(best.span) > maxWords) return abridge(words, best.span, score);
  const chosen = [best.span];
  let count = length(best.span);
  // A short sentence ("Nausea or vomiting.") says more with the one after it; a bare "Yes." always does.
  // Only with a whole sentence: not with text that never ends in a stop, such as the lines of a postal
  // address after "Call (555) 010-0199.".
  for (const sentence of sentences.slice(sentences.indexOf(best) + 1)) {
    if (count >= SHORT_SENTENCE || !fresh(sentence) || !ENDS_WITH_STOP.test(words[sentence.span.end - 1] ?? '')) break;
    if (count > BARE_ANSWER && count + length(sentence.span) > maxWords) break;
    chosen.push(sentence.span);
    seen.add(sentence.key);
    count += length(sentence.span);
  }
  return chosen;
}

/** Fewest words kept before a clause break when a summary is shortened there. */
const CLAUSE_MIN_WORDS = 5;

/**
 * A span cut to at most `maxWords` words, for the summary: at the last comma, semicolon or colon
 * within them (past the first few words), else after the last word that fits. `cut` says whether
 * anything was left out.
 */
export function shorten(words: readonly string[], span: Span, maxWords: number): { span: Span; cut: boolean } {
  if (span.end - span.start <= maxWords) return { span, cut: false };
  let end = span.start + maxWords;
  for (let index = end - 1; index >= span.start + CLAUSE_MIN_WORDS - 1; index -= 1) {
    if (/[,;:]$/u.test(words[index] ?? '')) {
      end = index + 1;
      break;
    }
  }
  return { span: { start: span.start, end }, cut: true };
}

/**
 * Shortened text in the words file's form (`{text}…` in English): the clause break it was cut at is
 * dropped, the rest kept as it is, marks included.
 */
function shortened(parts: ExcerptPart[], template: string): ExcerptPart[] {
  const last = parts.at(-1);
  if (last && !last.marked) last.text = last.text.replace(/[,;:]$/u, '');
  return fillParts<ExcerptPart[]>(template, { text: parts }).flatMap((part) =>
    typeof part === 'string' ? (part ? [{ text: part, marked: false }] : []) : part,
  );
}

interface SectionView {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
}
export interface ResultView {
  url: string;
  title: string;
  /** The page's opening sentence after its title (a guide's description), shortened if long. */
  summary: ExcerptPart[];
  /** Matching sentences from the page's opening part, only when no section is shown. */
  excerpt: ExcerptPart[];
  sections: SectionView[];
}

export interface ResultOptions {
  /** Most sections shown under the page. */
  sections: number;
  /** Most words in an excerpt, unless its one sentence is longer. */
  maxWords: number;
  /** Most words in the summary; a longer first sentence is shortened at a clause break. */
  summaryWords: number;
  /** How shortened text is written, from the words file: `{text}…`. */
  shortened: string;
  /** Short forms that end in a full stop but never end a sentence, in lower case ("dr."). */
  abbreviations: ReadonlySet<string>;
}

/** Pagefind's own excerpts, as they come, for content this module cannot count words in. */
function pagefindView(fragment: FragmentSource, sections: number): ResultView {
  return {
    url: fragment.url,
    title: fragment.meta['title'] ?? fragment.url,
    summary: [],
    excerpt: excerptParts(fragment.excerpt),
    sections: pickSubResults(fragment.url, fragment.sub_results, sections).map((sub) => ({
      url: sub.url,
      title: sub.title,
      excerpt: excerptParts(sub.excerpt),
    })),
  };
}

/** One page result in whole sentences: title, summary, then up to `sections` sections with an excerpt each. */
export function resultView(fragment: FragmentSource, options: ResultOptions): ResultView {
  const { content, meta } = fragment;
  if ((fragment.raw_content ?? content).includes(ZERO_WIDTH_SPACE) || !content.trim()) {
    return pagefindView(fragment, options.sections);
  }
  const words = content.split(WORD_SEPARATORS);
  const title = meta['title'] ?? fragment.url;
  // The sections as Pagefind draws them: headings with text (or a title), in order.
  const anchors = (fragment.anchors ?? [])
    .filter(
      (anchor) => /\S/.test(anchor.title ?? '') || (/^h\d$/i.test(anchor.element) && /\S/.test(anchor.text ?? '')),
    )
    .map((anchor) => anchor.location)
    .sort((a, b) => a - b);
  const sectionEnd = (start: number) => anchors.find((location) => location > start) ?? words.length;
  const matched = new Set(fragment.weighted_locations.map((location) => location.location));
  const seen = new Set<string>();
  const choose = (
    section: Span,
    locations: readonly WeightedLocation[],
    maxWords: number,
    opening = false,
    heading?: string,
  ) =>
    spanParts(
      words,
      chooseSentences(words, section, locations, { ...options, maxWords, seen, opening, heading }),
      matched,
    );

  // The opening part, before the first section: the title, the summary, any introduction.
  const opening: Span = { start: 0, end: sectionEnd(-1) };
  const openingText = { start: headingLength(words, 0, title), end: opening.end };
  // The summary is the first sentence, whatever matched, shortened to a line or two.
  const [first] = chooseSentences(words, openingText, [], { ...options, maxWords: 0, seen });
  const brief = first ? shorten(words, first, options.summaryWords) : undefined;
  const summaryParts = brief ? spanParts(words, [brief.span], matched) : [];
  const summary = brief?.cut ? shortened(summaryParts, options.shortened) : summaryParts;
  const sections = pickSubResults(fragment.url, fragment.sub_results, options.sections).map((sub) => {
    const start = sub.anchor?.location;
    if (start === undefined) return { url: sub.url, title: sub.title, excerpt: excerptParts(sub.excerpt) };
    const body = { start: start + headingLength(words, start, sub.anchor?.text ?? sub.title), end: sectionEnd(start) };
    const opening = sub.weighted_locations.some((location) => location.location < body.start);
    const excerpt = choose(body, sub.weighted_locations, options.maxWords, opening, sub.anchor?.text ?? sub.title);
    // A list item shown alone ends at its semicolon: it is written as shortened.
    const cut = /[,;:]$/u.test(excerpt.at(-1)?.text ?? '');
    return { url: sub.url, title: sub.title, excerpt: cut ? shortened(excerpt, options.shortened) : excerpt };
  });
  const openingMatches = fragment.weighted_locations.filter((location) => location.location < opening.end);
  const excerpt =
    sections.length === 0 && openingMatches.some((location) => location.location >= openingText.start)
      ? choose(openingText, openingMatches, options.maxWords)
      : [];
  return { url: fragment.url, title, summary, excerpt, sections };
}
