/** Reading the built site in `dist/` for build-output tests. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { DIST } from './paths';

/** Every page in dist/, as paths relative to dist/ (for example guides/your-choice/index.html). */
export function htmlFiles(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !isRedirectPage(file))
    .sort();
}

/**
 * Whether a built file is one of the small pages the build writes at an old address to send readers
 * on (content/redirects.yaml, src/integrations/redirects.ts). They are not pages of the site, so page
 * checks leave them out.
 */
export function isRedirectPage(file: string, dist = DIST): boolean {
  const full = path.join(dist, file);
  if (!existsSync(full)) return false;
  const head = readFileSync(full, 'utf8').split(/<\/head>/i)[0] ?? '';
  return /<meta http-equiv="refresh"/i.test(head);
}

/** The address a file is served at: guides/x/index.html → /guides/x/. */
export function addressOf(file: string): string {
  if (file === '404.html') return '/404.html';
  return `/${file.replace(/index\.html$/, '')}`;
}

/** The file that serves an address: /guides/x/ → guides/x/index.html. */
export function fileFor(address: string): string {
  const pathname = address.split('#')[0] ?? '/';
  return pathname.endsWith('/') ? path.join(pathname.slice(1), 'index.html') : pathname.slice(1);
}

/** The file of a guide's page: guides/<id>/index.html. */
export const guideFile = (id: string): string => fileFor(`/guides/${id}/`);

const cache = new Map<string, CheerioAPI>();

export function page(file: string): CheerioAPI {
  let $ = cache.get(file);
  if (!$) {
    $ = load(readFileSync(path.join(DIST, file), 'utf8'));
    cache.set(file, $);
  }
  return $;
}

export function distText(file: string): string {
  return readFileSync(path.join(DIST, file), 'utf8');
}
