/**
 * Short messages a clinician can paste into a text or an email, each pointing at the pages that
 * answer one moment in a client's care. Written in the same plain words as the pages. A message
 * names pages by id; `composeMessages` fills in their addresses and leaves out a message whose
 * pages are not published, saying which (the page for clinicians prints that as a build warning).
 */
import { GET_HELP_PATH } from './constants';
import { handoutPath } from './handouts';
import { guidePath } from './nav';

type PageRef = { guide: string } | { handout: string } | { path: string };

export interface MessageTemplate {
  /** When to send it, as a heading on the clinicians' page. */
  moment: string;
  /** The words before the links. */
  text: string;
  /** The pages it links to, in order. */
  pages: readonly PageRef[];
}

export const MESSAGES: readonly MessageTemplate[] = [
  {
    moment: 'Before the first session',
    text: 'Before your first session, please read these short pages. They explain what KAT is, and that it is always your choice:',
    pages: [{ guide: 'what-is-kat' }, { guide: 'your-choice' }],
  },
  {
    moment: 'A few days before a session',
    text: 'Here is how to get ready for your session, with our rules on food, drink and getting home:',
    pages: [{ guide: 'session-day' }, { handout: 'preparing-for-your-session' }],
  },
  {
    moment: 'Choosing how a session goes',
    text: 'You choose how your session goes, and you can change your mind at any time. Here are the four ways it can go:',
    pages: [{ guide: 'ways-your-session-can-go' }],
  },
  {
    moment: 'After a session',
    text: 'Thank you for coming in today. This page may help you rest and make sense of your session:',
    pages: [{ guide: 'after-your-session' }],
  },
  {
    moment: 'Where to get help',
    text: 'If you ever feel unsafe, these lines answer day and night. Please save them in your phone:',
    pages: [{ path: GET_HELP_PATH }],
  },
];

export interface Message {
  moment: string;
  /** The whole message, ready to paste, with full addresses. */
  text: string;
  /** The pages it links to, as full addresses. */
  links: string[];
}

export interface Published {
  guides: ReadonlySet<string>;
  handouts: ReadonlySet<string>;
}

function pathOf(ref: PageRef, published: Published): string | undefined {
  if ('guide' in ref) return published.guides.has(ref.guide) ? guidePath(ref.guide) : undefined;
  if ('handout' in ref) return published.handouts.has(ref.handout) ? handoutPath(ref.handout) : undefined;
  return ref.path;
}

/**
 * The messages whose pages are all published, with full addresses and the clinic's short name as
 * the signature; `missing` names each page a left-out message needs.
 */
export function composeMessages(
  templates: readonly MessageTemplate[],
  published: Published,
  siteUrl: string,
  signature: string,
): { messages: Message[]; missing: string[] } {
  const messages: Message[] = [];
  const missing: string[] = [];
  for (const template of templates) {
    const paths = template.pages.map((ref) => pathOf(ref, published));
    const absent = template.pages.filter((_, index) => paths[index] === undefined);
    if (absent.length > 0) {
      missing.push(
        ...absent.map(
          (ref) =>
            `"${template.moment}" needs ${'guide' in ref ? `guide ${ref.guide}` : 'handout' in ref ? `handout ${ref.handout}` : ref.path}`,
        ),
      );
      continue;
    }
    const links = paths.map((path) => new URL(path ?? '/', siteUrl).href);
    messages.push({ moment: template.moment, text: `${template.text}\n${links.join('\n')}\n${signature}`, links });
  }
  return { messages, missing };
}
