/**
 * Reading and rewriting a built page's HTML for src/integrations/page-css.ts: the names in it (for
 * pruning its CSS), its stylesheet links, the scripts it may run, and what only Pagefind reads. Astro writes every tag the same simple way (double-quoted attributes), so a tag pattern
 * reads it; an unusual tag is at worst read as more names than it has, which keeps more CSS.
 */
import type { PageNames } from './css-prune';

/** One start tag: its name and its attributes. */
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>/"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };
const decode = (value: string) =>
  value.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
const unquote = (value = '') => decode(value.replace(/^["']|["']$/g, ''));

/** The tags of a page with their attributes (name lower case → value). */
function* tags(html: string): Generator<{ name: string; attributes: Map<string, string> }> {
  for (const [, name = '', list = ''] of html.matchAll(TAG)) {
    const attributes = new Map<string, string>();
    for (const [, attribute = '', value] of list.matchAll(ATTRIBUTE)) {
      // As a browser reads an attribute written twice: the first one counts.
      const key = attribute.toLowerCase();
      if (!attributes.has(key)) attributes.set(key, unquote(value));
    }
    yield { name: name.toLowerCase(), attributes };
  }
}

/** The classes, ids, element and attribute names of a page; `scripts` is what the page may run. */
export function pageNames(html: string, scripts: readonly string[]): PageNames {
  // A browser makes <html>, <head> and <body> even where the markup leaves their tags out.
  const names = {
    classes: new Set<string>(),
    ids: new Set<string>(),
    elements: new Set(['html', 'head', 'body']),
    attributes: new Set<string>(),
  };
  // tags() read by hand: only class and id values are needed, so no other value is decoded.
  const tag = new RegExp(TAG.source, 'g');
  const attribute = new RegExp(ATTRIBUTE.source, 'g');
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    names.elements.add((match[1] ?? '').toLowerCase());
    const list = match[2] ?? '';
    if (!list) continue;
    attribute.lastIndex = 0;
    // As in tags(): of an attribute written twice, the first one counts.
    let classes: string | undefined;
    let id: string | undefined;
    for (let found = attribute.exec(list); found; found = attribute.exec(list)) {
      const name = (found[1] ?? '').toLowerCase();
      names.attributes.add(name);
      if (name === 'class') classes ??= found[2] ?? '';
      else if (name === 'id') id ??= found[2] ?? '';
    }
    if (classes) for (const item of unquote(classes).split(/\s+/)) if (item) names.classes.add(item);
    if (id && unquote(id)) names.ids.add(unquote(id));
  }
  return { ...names, scripts };
}

/** The text of every inline script on the page (JSON-LD included: more names only keep more CSS). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1] ?? '').filter(Boolean);
}

/**
 * The script files a page names, anywhere in its HTML (a `src`, the `data-src` of a control whose code
 * the intent loader fetches …): site paths under `folder` ending in .js.
 */
export function namedScripts(text: string, folder: string): string[] {
  const escaped = folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...new Set([...text.matchAll(new RegExp(`${escaped}[\\w.-]+\\.js`, 'g'))].map((match) => match[0]))];
}

/** A stylesheet link that holds up the page on screen (no media, or a media that is not only print). */
export interface StylesheetLink {
  tag: string;
  href: string;
}

/** Whether a `media` list is only print: browsers fetch such a stylesheet without waiting for it. */
const printOnly = (media: string) =>
  media.split(',').every((query) => ['print', 'only print'].includes(query.trim().toLowerCase()));

/** The page's render-blocking stylesheet links, in order. */
export function blockingStylesheets(html: string): StylesheetLink[] {
  const links: StylesheetLink[] = [];
  for (const match of html.matchAll(/<link\s[^>]*>/gi)) {
    const [tag] = match;
    const { attributes } = tags(tag).next().value ?? { attributes: new Map<string, string>() };
    if (attributes.get('rel')?.toLowerCase() !== 'stylesheet') continue;
    const media = attributes.get('media');
    if (media !== undefined && printOnly(media)) continue;
    links.push({ tag, href: attributes.get('href') ?? '' });
  }
  return links;
}

/** The page with its blocking stylesheet links replaced by one link, where the first of them was. */
export function withOneStylesheet(html: string, links: readonly StylesheetLink[], href: string): string {
  const [first, ...rest] = links;
  if (!first) return html;
  let result = html.replace(first.tag, `<link rel="stylesheet" href="${href}">`);
  for (const link of rest) result = result.replace(link.tag, '');
  return result;
}

/**
 * The page without what only the search indexer reads, once it has read it: every `data-pagefind-*`
 * attribute, and each `<meta>` that is there only to give Pagefind a field (a guide's search aliases).
 */
export function withoutPagefindMarkup(html: string): string {
  // Most pages Pagefind does not index have none: no need to read every tag.
  if (!html.includes('data-pagefind-')) return html;
  return html.replace(TAG, (tag, name: string) => {
    if (name.toLowerCase() === 'meta' && /\sdata-pagefind-meta[=\s>/]/.test(tag)) return '';
    return tag.replace(/\s+data-pagefind-[\w-]+(?:="[^"]*"|='[^']*')?(?=[\s>/])/g, '');
  });
}

/** Elements whose text keeps every space: preformatted text, a text field's words, scripts, styles. */
const KEEPS_SPACES = /<(pre|textarea|script|style)\b[\s\S]*?<\/\1\s*>/gi;
/** Any tag or comment, a quoted attribute value read whole (it may hold `>`). */
const ANY_TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/g;

const oneSpace = (text: string) => text.replace(/ {2,}/g, ' ');
/** Runs of spaces in the text between tags made one; the tags themselves left as they are. */
const textWithOneSpace = (part: string) => {
  let result = '';
  let last = 0;
  for (const match of part.matchAll(ANY_TAG)) {
    const at = match.index ?? last;
    result += oneSpace(part.slice(last, at)) + match[0];
    last = at + match[0].length;
  }
  return result + oneSpace(part.slice(last));
};

/**
 * The page with each run of spaces in its text made one, as a browser shows it. Line breaks in the
 * templates around an expression that renders nothing (`{note && …}`) reach the page as two spaces,
 * sent for nothing on every page. Attribute values, and the text of elements that keep their spaces
 * (<pre>, <textarea>, scripts, styles), are left as they are; the site sets no `white-space` that
 * keeps spaces (pre-line, which its messages use, keeps line breaks only).
 */
export function withOneSpace(html: string): string {
  let result = '';
  let last = 0;
  for (const match of html.matchAll(KEEPS_SPACES)) {
    const at = match.index ?? last;
    result += textWithOneSpace(html.slice(last, at)) + match[0];
    last = at + match[0].length;
  }
  return result + textWithOneSpace(html.slice(last));
}
