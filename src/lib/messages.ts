/**
 * Short messages a clinician can paste into a text or an email, each pointing at the pages that
 * answer one moment in a client's care. The words live in content/clinicians/<language>.yaml; a
 * message names its pages by blanks (`{guide:what-is-kat}`), and `composeMessages` fills in their full
 * addresses and leaves out a message whose pages are not published, saying which (the page for
 * clinicians prints that as a build warning).
 */
import { CHECKLIST_PATH, GET_HELP_PATH, guidePath, handoutPath, HOME_PATH, PLAN_PATH } from './addresses';
import { placeholders } from './ui-format';

/** The site pages a message may link to by name, besides guides and handouts: `{page:get-help}`. */
const MESSAGE_PAGE_PATHS = {
  'get-help': GET_HELP_PATH,
  checklist: CHECKLIST_PATH,
  plan: PLAN_PATH,
} as const;

export type MessagePage = keyof typeof MESSAGE_PAGE_PATHS;
export const MESSAGE_PAGES = Object.keys(MESSAGE_PAGE_PATHS) as MessagePage[];

/** A link blank: `{guide:<file name>}`, `{handout:<file name>}` or `{page:<name>}`. */
const LINK_BLANK = /\{(guide|handout|page):([^{}]*)\}/g;

export type PageRef = { guide: string } | { handout: string } | { page: string };

/** The link blanks of a message, in order; other blanks (clinic settings) are not links. */
export function linkBlanks(text: string): PageRef[] {
  return [...text.matchAll(LINK_BLANK)].map(([, kind, id = '']) =>
    kind === 'guide' ? { guide: id } : kind === 'handout' ? { handout: id } : { page: id },
  );
}

/** The blanks of a message that are neither a link nor, by `isSetting`, a clinic setting. */
export function unknownBlanks(
  text: string,
  pages: { guides: readonly string[]; handouts: readonly string[] },
  isSetting: (name: string) => boolean,
): string[] {
  return placeholders(text).filter((name) => {
    const [kind, id = ''] = name.split(':');
    if (kind === 'guide') return !pages.guides.includes(id);
    if (kind === 'handout') return !pages.handouts.includes(id);
    if (kind === 'page') return !Object.hasOwn(MESSAGE_PAGE_PATHS, id);
    return !isSetting(name);
  });
}

export interface MessageTemplate {
  /** When to send it, as a heading on the clinicians' page. */
  moment: string;
  /** The whole message, with a blank for each link and clinic settings by name. */
  text: string;
}

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
  return Object.hasOwn(MESSAGE_PAGE_PATHS, ref.page) ? MESSAGE_PAGE_PATHS[ref.page as MessagePage] : undefined;
}

function describe(ref: PageRef): string {
  return 'guide' in ref ? `guide ${ref.guide}` : 'handout' in ref ? `handout ${ref.handout}` : `page ${ref.page}`;
}

/**
 * The messages whose pages are all published, with full addresses in place of the link blanks and
 * every other blank filled by `fillSettings` (the clinic settings); `missing` names each page a
 * left-out message needs.
 */
export function composeMessages(
  templates: readonly MessageTemplate[],
  published: Published,
  siteUrl: string,
  fillSettings: (text: string) => string,
): { messages: Message[]; missing: string[] } {
  const messages: Message[] = [];
  const missing: string[] = [];
  for (const template of templates) {
    const refs = linkBlanks(template.text);
    const absent = refs.filter((ref) => pathOf(ref, published) === undefined);
    if (absent.length > 0) {
      missing.push(...absent.map((ref) => `"${template.moment}" needs ${describe(ref)}`));
      continue;
    }
    const links = refs.map((ref) => new URL(pathOf(ref, published) ?? HOME_PATH, siteUrl).href);
    let next = 0;
    // Links first, so `fillSettings` only ever sees the clinic-setting blanks.
    const linked = template.text.replace(LINK_BLANK, () => links[next++] ?? '');
    messages.push({ moment: template.moment, text: fillSettings(linked), links });
  }
  return { messages, missing };
}
