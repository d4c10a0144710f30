/**
 * Links inside a line of words from a YAML file, written as in Markdown: "There is also a
 * [checklist](/checklist/) of things to do." Pages render the parts as text and `<a>` elements, never
 * as HTML, so words can hold no markup. Only this site's pages: an address starts with "/".
 */

export type InlinePart = string | { text: string; href: string };

const LINK = /\[([^\]]+)\]\(([^)\s]*)\)/g;

/** The text split into plain words and links, in order. */
export function inlineLinks(value: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let from = 0;
  for (const match of value.matchAll(LINK)) {
    if (match.index > from) parts.push(value.slice(from, match.index));
    parts.push({ text: match[1] ?? '', href: match[2] ?? '' });
    from = match.index + match[0].length;
  }
  if (from < value.length) parts.push(value.slice(from));
  return parts;
}

/** What is wrong with the links in a line, for the content schema; undefined when nothing is. */
export function linkProblem(value: string): string | undefined {
  for (const part of inlineLinks(value)) {
    if (typeof part === 'string') {
      // Left as plain text, a link was mistyped: a space before ( or inside the address.
      if (/\]\s*\(/.test(part)) return 'a link must be written [words](/address/), with no spaces between or inside';
      continue;
    }
    if (!part.href.startsWith('/') || part.href.startsWith('//')) {
      return `link "${part.text}" goes to "${part.href}"; links here go to this site's pages, starting with /, such as /checklist/`;
    }
  }
  return undefined;
}
