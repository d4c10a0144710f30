/**
 * Redirects from old addresses (`content/redirects.yaml`), read by `astro.config.mjs` before content
 * collections exist, and by the address-stability test. For each one the build writes (through
 * src/integrations/redirects.ts) a small page at the old address that sends the reader on, which
 * works on any static host, and a line in `dist/_redirects` for hosts that answer with a real 301
 * (Netlify, Cloudflare Pages; nginx through the recipe in docs/deploy.md).
 *
 * Every address is a path on this site: a redirect can never send a reader to another website.
 */
import { absoluteUrl, basePath, withBase } from '../../lib/addresses';
import type { Ui } from '../../lib/ui';
import { readFileSync } from 'node:fs';
import { unknownFieldMessage } from '../../schemas/unknown-fields';
import { displayPath, parseYaml, yamlLines } from './yaml-file';

export interface Redirect {
  /** The old address, a path on this site such as /guides/getting-ready/. */
  from: string;
  /** The page it goes to now, a path on this site. */
  to: string;
  /** Where the entry starts in the file, so the build can name it. */
  line?: number;
}

/** A path on this site, starting and ending with /: lowercase words and hyphens, nothing else. */
const ADDRESS = /^\/([a-z0-9-]+\/)*$/;

/** "content/redirects.yaml, line 14" when the line is known. */
const place = (file: string, line: number | undefined) => (line === undefined ? file : `${file}, line ${line}`);

/** Checks the parsed file; every problem is named with the entry's position, for an editor. */
export function parseRedirects(
  data: unknown,
  file = 'content/redirects.yaml',
  lines: ReadonlyMap<string, number> = new Map(),
): Redirect[] {
  const list = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['redirects'] : undefined;
  if (!Array.isArray(list)) throw new Error(`${file}: redirects must be a list (write redirects: [] for none)`);
  const redirects = list.map((entry: unknown, index): Redirect => {
    const fields = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
    const line = lines.get(`redirects.${index}`);
    const unknown = Object.keys(fields).find((key) => key !== 'from' && key !== 'to');
    if (unknown !== undefined) {
      throw new Error(`${place(file, line)}: ${unknownFieldMessage(unknown, ['from', 'to'], ['redirects', index])}`);
    }
    for (const field of ['from', 'to'] as const) {
      const value = fields[field];
      if (typeof value !== 'string' || !ADDRESS.test(value)) {
        throw new Error(
          `${place(file, lines.get(`redirects.${index}.${field}`) ?? line)}: redirects.${index}.${field} received ${JSON.stringify(value)}, expected an address on this site that starts and ends with /, such as /guides/safety/`,
        );
      }
    }
    return { from: fields['from'] as string, to: fields['to'] as string, ...(line === undefined ? {} : { line }) };
  });
  const froms = new Set<string>();
  redirects.forEach((redirect, index) => {
    const where = place(file, redirect.line);
    if (redirect.from === redirect.to) throw new Error(`${where}: redirects.${index} sends ${redirect.from} to itself`);
    if (froms.has(redirect.from)) throw new Error(`${where}: redirects.${index}.from ${redirect.from} is listed twice`);
    froms.add(redirect.from);
  });
  redirects.forEach((redirect, index) => {
    if (froms.has(redirect.to)) {
      throw new Error(
        `${place(file, redirect.line)}: redirects.${index}.to ${redirect.to} is itself redirected; send ${redirect.from} straight to the final address`,
      );
    }
  });
  return redirects;
}

/** Reads and checks the file. */
export function readRedirects(file: URL): Redirect[] {
  const name = displayPath(file);
  const text = readFileSync(file, 'utf8');
  return parseRedirects(parseYaml(text, name), name, yamlLines(text));
}

/**
 * Problems the finished build shows: an old address where the build made a page (the redirect would
 * hide it), or a new address with no page. `isPage` says whether the build wrote a page at an address.
 */
export function redirectProblems(
  redirects: readonly Redirect[],
  isPage: (address: string) => boolean,
  file = 'content/redirects.yaml',
): string[] {
  return redirects.flatMap((redirect) => {
    const where = place(file, redirect.line);
    if (isPage(redirect.from)) {
      return [
        `${where}: ${redirect.from} is a page on this site, so it cannot also send readers to ${redirect.to}; remove this redirect, or remove or rename the page first`,
      ];
    }
    if (!isPage(redirect.to)) {
      return [`${where}: ${redirect.to} is not a page on this site; send ${redirect.from} to a page that exists`];
    }
    return [];
  });
}

/**
 * The site's icon (favicon.svg, drawn at build by clinic-identity.ts and linked the same way by BaseLayout), so a browser on the way
 * through does not ask for /favicon.ico, which the site does not have.
 */
const SITE_ICON = '/favicon.svg';

/** What the page at an old address needs to know. */
export interface RedirectPageOptions {
  redirect: Redirect;
  /** The site's address (clinic settings), for the canonical link. */
  siteUrl: string;
  /** The clinic's locale, for `<html lang>`. */
  locale: string;
  /** The new page's heading, as HTML text, for the link; the address is used when there is none. */
  heading?: string | undefined;
  /** The page's words, in the site's language (`redirect` in content/ui/<lang>.yaml). */
  words: Ui['redirect'];
}

/**
 * The page written at an old address, for hosts that read no redirect rules: it sends the browser on
 * at once (`refresh` with no delay, which WCAG allows), tells search engines where the page is now
 * and not to list the old address, and shows a plain link for anyone whose browser does not follow.
 * A whole document with `<head>` and `<meta charset>`, so it gets its Content-Security-Policy like
 * every page.
 */
export function redirectPage({ redirect, siteUrl, locale, heading, words }: RedirectPageOptions): string {
  // Redirects name site paths; the page is served under the path of siteUrl, if it has one.
  const base = basePath(siteUrl);
  const to = escapeAttribute(withBase(base, redirect.to));
  const canonical = escapeAttribute(absoluteUrl(siteUrl, redirect.to));
  const icon = escapeAttribute(withBase(base, SITE_ICON));
  const linkText = heading?.trim() || escapeText(redirect.to);
  const link = `<a href="${to}">${linkText}</a>`;
  // The words are text; only the link, made here, is HTML.
  const nowHere = words.nowHere
    .parts({ link: { html: link } })
    .map((part) => (typeof part === 'string' ? escapeText(part) : part.html))
    .join('');
  const title = escapeText(words.title);
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${title}</title>
<link rel="icon" href="${icon}" type="image/svg+xml">
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<main>
<h1>${title}</h1>
<p>${nowHere}</p>
</main>
</body>
</html>
`;
}

/** The text of a built page's `<h1>`, as HTML text (entities kept, tags dropped), to name a link to it. */
export function pageHeading(html: string): string | undefined {
  const inner = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const text = inner
    ?.replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

/**
 * `dist/_redirects` for Netlify and Cloudflare Pages: each old address with and without its final
 * slash, under `base` (the path of siteUrl), answered with 301 (moved for good). Written even with no
 * redirects, so the nginx recipe's command always has a file to read.
 */
export function redirectsFile(redirects: readonly Redirect[], base = '/'): string {
  const lines = [
    '# Written by the build from content/redirects.yaml (src/integrations/redirects.ts). Do not edit: it is regenerated.',
    ...redirects.flatMap((redirect) => {
      const [from, to] = [withBase(base, redirect.from), withBase(base, redirect.to)];
      return from === '/' ? [`/ ${to} 301`] : [`${from} ${to} 301`, `${from.slice(0, -1)} ${to} 301`];
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/** One rule of a `_redirects` file. */
export interface RedirectRule {
  from: string;
  to: string;
  status: number;
}

/** Reads a `_redirects` file back, as Netlify and Cloudflare Pages do: `from to [status]`, 302 by default. */
export function redirectRules(file: string): RedirectRule[] {
  return file.split('\n').flatMap((line) => {
    const [from, to, status] = line.trim().split(/\s+/);
    if (!from || from.startsWith('#') || !to) return [];
    return [{ from, to, status: Number(status ?? 302) }];
  });
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
