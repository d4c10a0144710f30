/**
 * Everyday words for the site's words (content/synonyms/<lang>.yaml): "throw up" for nausea, "meds" for
 * medicines, "Xanax" for benzodiazepines, "ketamin" for ketamine. Pagefind's stemmer joins "stopping"
 * to "stop" but not "pregnant" to "pregnancy", and knows no brand names, so a reader's word is swapped
 * for the site's word before Pagefind sees the query.
 *
 * Pagefind returns only pages holding every indexed word of a query (AND: against the built index,
 * "bladder" finds 4 pages, "pregnancy" 1, "bladder pregnancy" only that 1; a word in no page at all,
 * "bladder zzzqx", is ignored). So the site's word replaces the reader's rather than joining it: "meds
 * tell doctor" becomes "medicines tell doctor", not a query that also needs "meds", which is an alias
 * of one page. The query as typed is searched too, and its results follow the rewritten query's
 * (findWithSynonyms), so a page that does use the reader's own word is never lost.
 *
 * Pure: no DOM; the groups arrive with the search words (/ui/<lang>.json, src/lib/script-words.ts).
 */
import { find, normaliseQuery, type Found, type SearchEngine } from './search-results';

/** One line of the synonyms file: the words readers type, and the site's word they mean. */
export interface SynonymGroup {
  words: readonly string[];
  means: string;
}

/** A phrase as the query's words: normalised as a query is, lowercase, one entry per word. */
function phraseWords(phrase: string): string[] {
  return normaliseQuery(phrase).toLowerCase().split(' ').filter(Boolean);
}

interface Rule {
  from: string[];
  to: string;
}

/**
 * The rules, longest phrase first, so "sick to my stomach" wins over "sick". A group's `means` maps to
 * itself, so the site's own phrase ("sleeping pills") is never broken up by a rule for one of its
 * words ("pills").
 */
function rules(groups: readonly SynonymGroup[]): Rule[] {
  const list: Rule[] = [];
  for (const group of groups) {
    for (const phrase of [group.means, ...group.words]) {
      const from = phraseWords(phrase);
      if (from.length > 0) list.push({ from, to: group.means });
    }
  }
  return list.sort((a, b) => b.from.length - a.from.length);
}

/**
 * The query with each reader's word or phrase replaced by the site's word: whole words only, any
 * case, longest phrase first, left to right, each word replaced at most once (no chains). The other
 * words are kept as typed.
 */
export function rewriteQuery(query: string, groups: readonly SynonymGroup[]): string {
  const words = normaliseQuery(query).split(' ').filter(Boolean);
  if (words.length === 0 || groups.length === 0) return words.join(' ');
  const lower = words.map((word) => word.toLowerCase());
  const list = rules(groups);
  const out: string[] = [];
  let at = 0;
  while (at < words.length) {
    const rule = list.find(({ from }) => from.every((word, offset) => lower[at + offset] === word));
    if (rule) {
      out.push(rule.to);
      at += rule.from.length;
    } else {
      out.push(words[at] ?? '');
      at += 1;
    }
  }
  return out.join(' ');
}

/**
 * find() for the rewritten query and, when the synonyms changed it, for the query as typed, merged:
 * pages that have every word come before pages that match only some (loose); among equals, the
 * rewritten query's results first; each page once. Loose only when every result is loose. `fillers`:
 * the language's grammar words, which find() leaves out.
 */
export async function findWithSynonyms<R extends { id: string; score: number }>(
  engine: SearchEngine<R>,
  query: string,
  phase: string,
  groups: readonly SynonymGroup[],
  fillers: readonly string[] = [],
): Promise<Found<R>> {
  const typed = normaliseQuery(query);
  const rewritten = rewriteQuery(typed, groups);
  if (rewritten.toLowerCase() === typed.toLowerCase()) return find(engine, typed, phase, fillers);
  const first = await find(engine, rewritten, phase, fillers);
  const second = await find(engine, typed, phase, fillers);
  const ordered = first.loose && !second.loose && second.results.length > 0 ? [second, first] : [first, second];
  const seen = new Set<string>();
  const results: R[] = [];
  for (const { results: list } of ordered) {
    for (const result of list) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      results.push(result);
    }
  }
  const loose = results.length > 0 && ordered.every((found) => found.results.length === 0 || found.loose);
  return { results, loose };
}

/** Characters a query loses before searching (normaliseQuery); a listed word holding one never matches. */
const DROPPED = /[?!.,;:"“”()[\]{}]/;

/**
 * What is wrong with a synonyms list, one message per problem, each naming the entry (1-based, as an
 * editor counts) and the word: a word search takes punctuation out of, a word listed twice (the same
 * word cannot mean two things), a group that lists its own site word, or a word that is another
 * group's site word (it is kept as the site's word, so the rule would never apply).
 */
export function synonymProblems(groups: readonly SynonymGroup[]): string[] {
  const problems: string[] = [];
  const owner = new Map<string, number>();
  const targets = new Map(groups.map((group, index) => [phraseWords(group.means).join(' '), index]));
  groups.forEach((group, index) => {
    const entry = `entry ${index + 1} (means: ${group.means})`;
    for (const phrase of [group.means, ...group.words]) {
      const bad = DROPPED.exec(phrase);
      if (bad) {
        problems.push(
          `${entry}: "${phrase}" has "${bad[0]}", which search takes out of what readers type; leave it out`,
        );
      }
    }
    const means = phraseWords(group.means).join(' ');
    for (const word of group.words) {
      const key = phraseWords(word).join(' ');
      if (key === means) problems.push(`${entry}: "${word}" is the word it means; list only the readers' words`);
      const target = targets.get(key);
      if (target !== undefined && target !== index) {
        problems.push(`${entry}: "${word}" is the word entry ${target + 1} means; a site's word is never swapped`);
      }
      const before = owner.get(key);
      if (before !== undefined) {
        problems.push(
          `${entry}: "${word}" is listed ${before === index ? 'twice here' : `in entry ${before + 1} too`}; a word can mean only one thing`,
        );
      } else owner.set(key, index);
    }
  });
  return problems;
}

/**
 * The groups whose `means` is not in the site's indexed text, as messages naming the entry and the
 * word. `indexText` is every indexed page's text (its content, title and aliases), in any case;
 * the phrase must appear as whole words.
 */
export function missingTargets(groups: readonly SynonymGroup[], indexText: string): string[] {
  // As normaliseQuery treats a query, without its length cap: the index is the whole site.
  const text = indexText
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[?!.,;:"“”()[\]{}\s]+/g, ' ')
    .toLowerCase();
  const problems: string[] = [];
  groups.forEach((group, index) => {
    if (!hasWholePhrase(text, phraseWords(group.means).join(' '))) {
      problems.push(
        `entry ${index + 1}: means "${group.means}", which no searchable page uses; choose a word the guides use`,
      );
    }
  });
  return problems;
}

/** Whether a UTF-16 code is a high (0xd800) or low (0xdc00) surrogate: half of a character. */
const isSurrogate = (code: number, half: 0xd800 | 0xdc00) => code >= half && code <= half + 0x3ff;

/** A letter or a digit, in any script: what a whole word may not touch. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Whether the phrase is in the text with no letter or digit just before or after it. indexOf, not a
 * Unicode regular expression: the index of a large site is megabytes, searched once per entry.
 */
function hasWholePhrase(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at !== -1; at = at < text.length ? text.indexOf(phrase, at + 1) : -1) {
    // The whole characters either side, a character outside the Basic Multilingual Plane included;
    // never the middle of one.
    if (isSurrogate(text.charCodeAt(at - 1), 0xd800) && isSurrogate(text.charCodeAt(at), 0xdc00)) continue;
    const before = isSurrogate(text.charCodeAt(at - 1), 0xdc00) ? text.slice(at - 2, at) : text.slice(at - 1, at);
    const after = String.fromCodePoint(text.codePointAt(at + phrase.length) ?? 32);
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
  }
  return false;
}
