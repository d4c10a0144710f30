/**
 * The A to Z index on the search page: every guide and every one of its sections (h2 and h3), sorted
 * by name and grouped by first letter. It is how a person reaches every topic without JavaScript.
 */

export interface TopicSource {
  /** The guide's address, for example /guides/session-day/. */
  path: string;
  title: string;
  headings: readonly { depth: number; slug: string; text: string }[];
}

interface Topic {
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
