/**
 * Short messages a clinician can paste into a text or an email, each pointing at the pages that
 * answer one moment in a client's care. The words live in content/clinicians/<language>.yaml; a
 * message names its pages by blanks (`{guide:what-is-kat}`), and `composeMessages` fills in their full
 * addresses and leaves out a message whose pages are not published, saying which (the page for
 * clinicians prints that as a build warning).
 */
import { placeholders } from './ui-format';

/** The site pages a message may link to by name, besides guides and handouts: `{page:get-help}`. */
export const MESSAGE_PAGES = ['get-help', 'checklist', 'plan'] as const;

type MessagePage = (typeof MESSAGE_PAGES)[number];

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
    if (kind === 'page') return !(MESSAGE_PAGES as readonly string[]).includes(id);
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
  /** The pages it links to, by the names messages use (guide what-is-kat, page plan): the same in every language. */
  pages: string;
  /** The whole message, ready to paste, with full addresses. */
  text: string;
  /** The pages it links to, as full addresses. */
  links: string[];
}

/**
 * The pages messages of one language may link to, by the names messages use: each published guide and
 * handout by its file name in the clinic's own language (a translation by the page it translates), the
 * named pages, and the home page; each with its address in that language.
 */
export interface Published {
  guides: ReadonlyMap<string, string>;
  handouts: ReadonlyMap<string, string>;
  pages: Readonly<Record<MessagePage, string>>;
  home: string;
}

function pathOf(ref: PageRef, published: Published): string | undefined {
  if ('guide' in ref) return published.guides.get(ref.guide);
  if ('handout' in ref) return published.handouts.get(ref.handout);
  return Object.hasOwn(published.pages, ref.page) ? published.pages[ref.page as MessagePage] : undefined;
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
    const links = refs.map((ref) => new URL(pathOf(ref, published) ?? published.home, siteUrl).href);
    let next = 0;
    // Links first, so `fillSettings` only ever sees the clinic-setting blanks.
    const linked = template.text.replace(LINK_BLANK, () => links[next++] ?? '');
    messages.push({ moment: template.moment, pages: refs.map(describe).join(', '), text: fillSettings(linked), links });
  }
  return { messages, missing };
}
