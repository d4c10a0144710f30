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
  // Each topic's key worked out once, not at every comparison: at 1,000 guides there are over 10,000.
  const keyed = topics.map((topic) => ({ topic, key: sortKey(topic.text) }));
  keyed.sort(
    (a, b) =>
      collator.compare(a.key, b.key) ||
      collator.compare(a.topic.guide ?? '', b.topic.guide ?? '') ||
      a.topic.href.localeCompare(b.topic.href),
  );
  const groups = new Map<string, Topic[]>();
  for (const { topic, key } of keyed) {
    const first = key.charAt(0).toLocaleUpperCase(locale);
    const letter = /\p{L}/u.test(first) ? first : '#';
    const group = groups.get(letter);
    if (group) group.push(topic);
    else groups.set(letter, [topic]);
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

/** A letter's heading id, on the search page and on the A to Z's own pages: letter-a … letter-other. */
export function letterId(letter: string): string {
  return `letter-${letter === '#' ? 'other' : letter.toLowerCase()}`;
}

/** The weight of one topic in the list (src/lib/listing.ts): its words and the guide it is in. */
export const topicWeight = (topic: Topic): number => linkWeight(topic.text, topic.guide);

/** One of the A to Z's own pages, when the whole list is too long for the search page. */
export interface TopicPage {
  /** Its address's letter (see letterSlug): that of its first letter. */
  slug: string;
  /** Page `part` of `parts`: a letter too long for one page goes on over numbered pages. */
  part: number;
  parts: number;
  /** The letters on it, in order: several short ones, or one (part of a) long one. */
  groups: TopicGroup[];
}

/**
 * Where the A to Z goes: on the search page itself while it fits the list limit; otherwise on pages of
 * its own, each named by its first letter (/search/a-z/<letter>/). Short letters share a page, in order,
 * up to the limit; a letter too long for one page has pages to itself (/search/a-z/<letter>/2/ …).
 */
export function splitTopicIndex(
  groups: readonly TopicGroup[],
  limit = LIST_LIMIT,
): { inline: boolean; pages: TopicPage[] } {
  const weightOf = (group: TopicGroup) => listWeight(group.topics, topicWeight);
  const inline = listWeight(groups, weightOf) <= limit;
  const pages: TopicPage[] = [];
  let shared: TopicPage | undefined;
  let used = 0;
  for (const group of groups) {
    const weight = weightOf(group);
    if (weight > limit) {
      const parts = packPages(group.topics, topicWeight, limit);
      parts.forEach((topics, index) =>
        pages.push({
          slug: letterSlug(group.letter),
          part: index + 1,
          parts: parts.length,
          groups: [{ letter: group.letter, topics }],
        }),
      );
      shared = undefined;
    } else if (shared && used + weight <= limit) {
      shared.groups.push(group);
      used += weight;
    } else {
      shared = { slug: letterSlug(group.letter), part: 1, parts: 1, groups: [group] };
      used = weight;
      pages.push(shared);
    }
  }
  return { inline, pages };
}
