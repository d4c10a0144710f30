/**
 * The four ways a session can go, from the practice's own description of KAT. Each has a fixed
 * anchor, so a clinician can send a link to one way (/guides/ways-your-session-can-go/#…), and the
 * anchor never changes when an editor rewords the text around it.
 */
import type { OutlineItem } from './body-facts';
import type { Heading } from './toc';

export const SESSION_WAYS = {
  reassurance: { anchor: 'reassurance-while-you-settle-in', title: 'Reassurance while you settle in' },
  conversation: { anchor: 'a-conversation-during-the-experience', title: 'A conversation during the experience' },
  focus: { anchor: 'a-talk-first-then-a-focus', title: 'A talk first, then a focus' },
  silence: { anchor: 'silence-with-someone-there', title: 'Silence, with someone there' },
} as const;

export type SessionWayName = keyof typeof SESSION_WAYS;
export const SESSION_WAY_NAMES = Object.keys(SESSION_WAYS) as SessionWayName[];

/** One way by name; throws "received … expected …" for a name that is not one of the four. */
export function sessionWay(name: unknown): (typeof SESSION_WAYS)[SessionWayName] {
  if (typeof name !== 'string' || !Object.hasOwn(SESSION_WAYS, name)) {
    throw new Error(
      `<SessionWay>: received way=${JSON.stringify(name)}, expected one of: ${SESSION_WAY_NAMES.join(', ')}`,
    );
  }
  return SESSION_WAYS[name as SessionWayName];
}

/**
 * The page's h2 and h3 headings in reading order, with each `<SessionWay>` (which renders its own h2)
 * placed where it sits in the MDX. Markdown headings, with their anchors, come from Astro in order;
 * the outline read from the syntax tree (src/lib/body-facts.ts) says where the components fall
 * between them.
 */
export function headingsWithSessionWays(outline: readonly OutlineItem[], headings: readonly Heading[]): Heading[] {
  const markdown = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  const result: Heading[] = [];
  let next = 0;
  for (const item of outline) {
    if ('way' in item) {
      const way = sessionWay(item.way);
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
