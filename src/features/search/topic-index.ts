/**
 * The A to Z index on the search page: every guide and every one of its sections (h2 and h3), sorted
 * by name and grouped by first letter. It is how a person reaches every topic without JavaScript.
 */
import { LIST_LIMIT, linkWeight, listWeight, packPages } from '../../lib/listing';

export interface TopicSource {
  /** The guide's address, for example /guides/session-day/. */
  path: string;
  title: string;
  headings: readonly { depth: number; slug: string; text: string }[];
}

export interface Topic {
  text: string;
  href: string;
  /** The guide a section belongs to; absent for a guide itself. */
  guide?: string;
}

export interface TopicGroup {
  /** A capital letter, or "#" for names that start with a digit or a sign. */
  letter: string;
  topics: Topic[];
}

/** Leading words that would bunch topics under T and A ("The day", "A talk first …"). */
const IGNORED_LEADS = /^(the|a|an)\s+/i;

function sortKey(text: string): string {
  return text.replace(/^[^\p{L}\p{N}]+/u, '').replace(IGNORED_LEADS, '');
}

export function buildTopicIndex(sources: readonly TopicSource[], locale = 'en'): TopicGroup[] {
  const topics: Topic[] = sources.flatMap((source) => [
    { text: source.title, href: source.path },
    ...source.headings
      .filter((heading) => heading.depth === 2 || heading.depth === 3)
      .map((heading) => ({ text: heading.text, href: `${source.path}#${heading.slug}`, guide: source.title })),
  ]);
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  topics.sort(
    (a, b) =>
      collator.compare(sortKey(a.text), sortKey(b.text)) ||
      collator.compare(a.guide ?? '', b.guide ?? '') ||
      a.href.localeCompare(b.href),
  );
  const groups = new Map<string, Topic[]>();
  for (const topic of topics) {
    const first = sortKey(topic.text).charAt(0).toLocaleUpperCase(locale);
    const letter = /\p{L}/u.test(first) ? first : '#';
    groups.set(letter, [...(groups.get(letter) ?? []), topic]);
  }
  return [...groups].map(([letter, list]) => ({ letter, topics: list }));
}

/**
 * A letter as part of an address: a to z as themselves, "#" as "other", any other letter by its code
 * points (é → u00e9), so every address stays plain ASCII.
 */
export function letterSlug(letter: string): string {
  if (letter === '#') return 'other';
  const lower = letter.toLowerCase();
  if (/^[a-z]$/.test(lower)) return lower;
  return [...lower].map((char) => `u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`).join('');
}

export interface LetterPages {
  letter: string;
  slug: string;
  /** The letter's topics, split into pages of at most the list limit each; one page for most letters. */
  parts: Topic[][];
}

/** The weight of one topic in the list (src/lib/listing.ts): its words and the guide it is in. */
export const topicWeight = (topic: Topic): number => linkWeight(topic.text, topic.guide);

/**
 * Where the A to Z goes: on the search page itself while it fits the list limit; otherwise a page per
 * letter (/search/a-z/<letter>/), and a letter too long for one page goes on over numbered pages.
 */
export function splitTopicIndex(
  groups: readonly TopicGroup[],
  limit = LIST_LIMIT,
): { inline: boolean; letters: LetterPages[] } {
  const inline =
    listWeight(
      groups.flatMap((group) => group.topics),
      topicWeight,
    ) <= limit;
  return {
    inline,
    letters: groups.map((group) => ({
      letter: group.letter,
      slug: letterSlug(group.letter),
      parts: packPages(group.topics, topicWeight, limit),
    })),
  };
}
