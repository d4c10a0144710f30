/**
 * The four ways a session can go, from the practice's own description of KAT. Each has a fixed
 * anchor, so a clinician can send a link to one way (/guides/ways-your-session-can-go/#…), and the
 * anchor never changes when an editor rewords the heading: the headings are words in content
 * (`sessionWays` in content/ui/<lang>.yaml), the anchors are published addresses and live here.
 */
import type { OutlineItem } from './body-facts';
import type { Heading } from './toc';

export const SESSION_WAY_ANCHORS = {
  reassurance: 'reassurance-while-you-settle-in',
  conversation: 'a-conversation-during-the-experience',
  focus: 'a-talk-first-then-a-focus',
  silence: 'silence-with-someone-there',
} as const;

export type SessionWayName = keyof typeof SESSION_WAY_ANCHORS;
export const SESSION_WAY_NAMES = Object.keys(SESSION_WAY_ANCHORS) as SessionWayName[];

/** Each way's heading, as content words it (the `sessionWays` interface words). */
export type SessionWayTitles = Readonly<Record<SessionWayName, string>>;

/** One way as a page shows it: the heading's anchor and words. */
export interface SessionWay {
  anchor: string;
  title: string;
}

/** One way by name; throws "received … expected …" for a name that is not one of the four. */
export function sessionWay(name: unknown, titles: SessionWayTitles): SessionWay {
  if (typeof name !== 'string' || !Object.hasOwn(SESSION_WAY_ANCHORS, name)) {
    throw new Error(
      `<SessionWay>: received way=${JSON.stringify(name)}, expected one of: ${SESSION_WAY_NAMES.join(', ')}`,
    );
  }
  return { anchor: SESSION_WAY_ANCHORS[name as SessionWayName], title: titles[name as SessionWayName] };
}

/**
 * The page's h2 and h3 headings in reading order, with each `<SessionWay>` (which renders its own h2)
 * placed where it sits in the MDX. Markdown headings, with their anchors, come from Astro in order;
 * the outline read from the syntax tree (src/lib/body-facts.ts) says where the components fall
 * between them, and `titles` gives each way's heading.
 */
export function headingsWithSessionWays(
  outline: readonly OutlineItem[],
  headings: readonly Heading[],
  titles: SessionWayTitles,
): Heading[] {
  const markdown = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  const result: Heading[] = [];
  let next = 0;
  for (const item of outline) {
    if ('way' in item) {
      const way = sessionWay(item.way, titles);
      result.push({ depth: 2, slug: way.anchor, text: way.title });
    } else {
      const heading = markdown[next];
      next += 1;
      if (heading) result.push(heading);
    }
  }
  // Headings the outline did not list (none, while both come from one compile) keep their place at the end.
  return [...result, ...markdown.slice(next)];
}
