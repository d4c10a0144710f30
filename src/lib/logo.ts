/**
 * The clinic's logo (setting `logo`, an SVG file in content/settings/): what a logo may contain,
 * the markup written into every page's header, and the site's icon drawn from it (or from the short
 * name's first letter when there is no logo). Pure: reading the file is the build's job
 * (src/integrations/shared/clinic-logo.ts).
 *
 * Pages show the logo through `<use href="/mark.svg#mark">`: a file of its own, fetched once and
 * cached, because written into every page its shapes would cost each page about 140 bytes of its first
 * 14 KB. Through `<use>` it still takes the page's colours: shapes filled with `currentColor` draw in
 * the accent on screen, light or dark, and in black on paper. It may hold plain shapes only: no
 * scripts, styles, text, pictures, links or ids, and nothing from another file or website.
 */

/** The setting: a file name in content/settings/ ending in .svg. */
export const LOGO_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.svg$/;

/** A clean logo is well under 2 KB; a larger file is usually an editor's leftovers. */
export const MAX_LOGO_BYTES = 8 * 1024;

/** Shapes and groups; title and desc are read past (the clinic's name is the link's name). */
const ELEMENTS = new Set(['svg', 'g', 'path', 'circle', 'ellipse', 'rect', 'line', 'polyline', 'polygon']);
const DROPPED_WITH_CONTENT = new Set(['title', 'desc', 'metadata']);

/** Attributes that draw; anything else (editors' own, class, data-…) is left out of the page. */
const ATTRIBUTES = new Set([
  'd',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'width',
  'height',
  'points',
  'transform',
  'fill',
  'fill-rule',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-opacity',
  'clip-rule',
  'opacity',
  'vector-effect',
]);

/** A logo ready to write into a page: its viewBox and its shapes. */
export interface Logo {
  viewBox: string;
  /** The root's own drawing attributes (fill="none" …), unescaped. */
  attributes: Readonly<Record<string, string>>;
  /** The shapes, cleaned: only the elements and attributes above, no whitespace between tags. */
  body: string;
}

export type LogoResult = { logo: Logo; problems: [] } | { logo?: undefined; problems: string[] };

const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const escapeAttribute = (value: string) => value.replace(/&(?!#?\w+;)/g, '&amp;').replace(/"/g, '&quot;');

const attributeText = (attributes: Iterable<[string, string]>) =>
  [...attributes].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');

/** Problems that have a plain reason of their own, found in the text before it is read tag by tag. */
function plainProblems(svg: string): string[] {
  const problems: string[] = [];
  if (/<script/i.test(svg)) problems.push('has a <script>; a logo must be a picture only');
  if (/\son[a-z]+\s*=/i.test(svg))
    problems.push('has an event handler (an on… attribute); a logo must be a picture only');
  if (/<style|\sstyle\s*=/i.test(svg)) {
    problems.push(
      'has styles (<style> or style="…"), which the site\'s security policy blocks; use fill and stroke attributes instead',
    );
  }
  if (/(?:href|src)\s*=\s*["']?\s*(?:https?:|\/\/|data:)|@import|url\(\s*["']?\s*(?:https?:|\/\/|data:)/i.test(svg)) {
    problems.push('refers to another file or website (href, @import or url(…)); a logo must draw everything itself');
  }
  if (/<!ENTITY|<!\[CDATA\[/i.test(svg)) problems.push('has entity declarations or CDATA; save it as plain SVG');
  return problems;
}

/**
 * Reads a logo file's text: every problem, or the logo cleaned for the page. Messages complete
 * "content/settings/logo.svg …", so the build can name the file and the setting.
 */
export function readLogo(svg: string): LogoResult {
  const bytes = new TextEncoder().encode(svg).length;
  if (bytes > MAX_LOGO_BYTES) {
    return {
      problems: [
        `is ${Math.ceil(bytes / 1024)} KB; a logo may be at most ${MAX_LOGO_BYTES / 1024} KB (simplify its shapes, or save it as "optimised SVG")`,
      ],
    };
  }
  const problems = plainProblems(svg);
  const text = svg
    .replace(/^\uFEFF/, '')
    .replace(/<\?xml[^>]*\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>[]*>/gi, '')
    .trim();
  if (!/^<svg[\s>]/.test(text)) return { problems: [...problems, 'is not an SVG: it must start with <svg'] };

  let viewBox: string | undefined;
  let rootAttributes: Record<string, string> = {};
  let body = '';
  const open: string[] = [];
  // Inside an element read past (title, desc, metadata, an editor's own): how deep.
  let skipping = 0;
  let at = 0;
  while (at < text.length) {
    const next = text.indexOf('<', at);
    const between = text.slice(at, next === -1 ? undefined : next);
    if (between.trim() !== '' && skipping === 0)
      problems.push(`has text outside a <title> ("${between.trim().slice(0, 30)}")`);
    if (next === -1) break;
    TAG.lastIndex = next;
    const tag = TAG.exec(text);
    if (!tag) {
      problems.push(`cannot be read near "${text.slice(next, next + 30)}"`);
      break;
    }
    at = TAG.lastIndex;
    const [, closing, rawName = '', rawAttributes = '', selfClosing] = tag;
    const name = rawName.toLowerCase();
    if (closing) {
      if (open.pop() !== name) {
        problems.push(`has a </${rawName}> that closes nothing`);
        break;
      }
      if (skipping > 0) skipping -= 1;
      else if (open.length > 0) body += `</${name}>`;
      continue;
    }
    if (!selfClosing) open.push(name);
    if (skipping > 0 || DROPPED_WITH_CONTENT.has(name) || name.includes(':')) {
      if (!selfClosing) skipping += 1;
      continue;
    }
    if (!ELEMENTS.has(name)) {
      problems.push(
        name === 'text'
          ? "has <text>; turn the words into shapes (outlines), or leave them out: the clinic's name is written next to the logo"
          : `has <${name}>, which a logo may not use; keep to shapes: ${[...ELEMENTS].join(', ')}`,
      );
      continue;
    }
    const attributes: [string, string][] = [];
    for (const [, attribute = '', double, single] of rawAttributes.matchAll(ATTRIBUTE)) {
      const value = double ?? single ?? '';
      if (attribute === 'id')
        problems.push('has an id; a logo may use plain shapes only, with no ids or references between them');
      if (name === 'svg' && body === '' && open.length === 1) {
        if (attribute === 'viewBox') viewBox = value.trim();
        // The page sets the size; the root's own width and height would fix it.
        if (attribute === 'width' || attribute === 'height') continue;
      }
      if (/url\(/i.test(value))
        problems.push(`uses ${attribute}="${value}"; a logo may not use gradients, masks or patterns`);
      else if (ATTRIBUTES.has(attribute)) attributes.push([attribute, value]);
    }
    if (open.length === 1 && name === 'svg' && !selfClosing) {
      rootAttributes = Object.fromEntries(attributes);
      if (viewBox === undefined)
        problems.push('has no viewBox on <svg>, so it cannot be sized (add viewBox="0 0 width height")');
      continue;
    }
    body += `<${name}${attributeText(attributes)}${selfClosing ? '/>' : '>'}`;
  }
  if (problems.length === 0 && open.length > 0) problems.push(`has a <${open.at(-1) ?? 'svg'}> that is never closed`);
  if (problems.length > 0 || viewBox === undefined)
    return { problems: problems.length > 0 ? problems : ['has no viewBox'] };
  if (body === '') return { problems: ['draws nothing: it has no shapes'] };
  return { logo: { viewBox, attributes: rootAttributes, body }, problems: [] };
}

/** The id of the logo's symbol in its file, for `<use href="…#mark">`. */
export const MARK_ID = 'mark';

/** The logo's file for pages: one symbol, drawn in whatever colour the page gives it. */
export function markSvg(logo: Logo): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"><symbol id="${MARK_ID}" viewBox="${escapeAttribute(logo.viewBox)}"` +
    `${attributeText(Object.entries(logo.attributes))}>${logo.body}</symbol></svg>\n`
  );
}

const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The first letter of the short name, for the icon of a clinic without a logo. */
export function lettermark(shortName: string): string {
  const [first = '?'] = Array.from(shortName.trim());
  return first.toLocaleUpperCase();
}

/**
 * The site's icon as an SVG file: the logo in the accent colour (its `currentColor`), or a rounded
 * square in the accent with the short name's first letter.
 */
export function iconSvg(
  logo: Logo | undefined,
  colours: { accent: string; onAccent: string },
  shortName: string,
): string {
  const open = '<svg xmlns="http://www.w3.org/2000/svg"';
  if (logo)
    return `${open} viewBox="${escapeAttribute(logo.viewBox)}"${attributeText(Object.entries(logo.attributes))} color="${colours.accent}">${logo.body}</svg>\n`;
  return (
    `${open} viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${colours.accent}"/>` +
    `<text x="16" y="22.5" fill="${colours.onAccent}" font-family="system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif" font-size="19" font-weight="700" text-anchor="middle">${escapeText(lettermark(shortName))}</text></svg>\n`
  );
}

/**
 * The home-screen icon (apple-touch-icon, 180 px): the logo on the page colour with a margin, since
 * phones fill any transparent part with black. Drawn to PNG by the build.
 */
export function touchIconSvg(logo: Logo, colours: { accent: string; page: string }): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="180" height="180" viewBox="0 0 180 180">` +
    `<rect width="180" height="180" fill="${colours.page}"/>` +
    `<svg x="22" y="22" width="136" height="136" viewBox="${escapeAttribute(logo.viewBox)}"${attributeText(Object.entries(logo.attributes))} color="${colours.accent}">${logo.body}</svg></svg>\n`
  );
}
