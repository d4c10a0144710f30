/**
 * What each built page costs a reader, measured from dist/: the HTML, the stylesheets it blocks on
 * (not the print stylesheet), and the scripts it loads (with the modules they import), each gzipped
 * as a host would send them.
 * Used by the byte-budget test and the benchmark, so both report the same numbers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { EXECUTABLE_SCRIPT_TYPES } from '../../src/integrations/shared/security-headers';
import { DIST } from './paths';

export interface PageWeight {
  file: string;
  html: number;
  css: number;
  js: number;
  /** Inline <script> elements that run (counted in html); JSON-LD and other data blocks are not scripts. */
  inlineScripts: number;
}

/**
 * Inline scripts a browser runs, as a selector: no type, or one of the types the security policy
 * hashes (EXECUTABLE_SCRIPT_TYPES). Data blocks such as JSON-LD are not scripts.
 */
export const EXECUTABLE_INLINE_SCRIPT = [
  'script:not([src]):not([type])',
  ...EXECUTABLE_SCRIPT_TYPES.map((type) => `script:not([src])[type="${type}"]`),
].join(', ');

const gz = (buffer: Buffer | string) => gzipSync(buffer, { level: 9 }).length;

/** `dist` is the build folder; the benchmark also weighs the peer site's build with it. */
export function pageWeight(file: string, dist = DIST): PageWeight {
  const html = readFileSync(path.join(dist, file));
  const $ = load(html.toString('utf8'));
  const local = (href: string | undefined) => (href && href.startsWith('/') ? path.join(dist, href) : undefined);
  let css = 0;
  $('link[rel="stylesheet"]').each((_, link) => {
    if (!blocksRendering($(link).attr('media'))) return;
    const source = local($(link).attr('href'));
    if (source) css += gz(readFileSync(source));
  });
  // A module script's static imports load with it, so they count too (each file once).
  const scripts = new Set<string>();
  $('script[src]').each((_, script) => {
    const source = local($(script).attr('src'));
    if (source) collectModules(source, scripts);
  });
  let js = 0;
  for (const source of scripts) js += gz(readFileSync(source));
  return { file, html: gz(html), css, js, inlineScripts: $(EXECUTABLE_INLINE_SCRIPT).length };
}

/** A built module and, recursively, every module it imports by a relative path. */
function collectModules(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/\b(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    if (match[1]) collectModules(path.join(path.dirname(file), match[1]), seen);
  }
}

/**
 * Whether a stylesheet with this `media` holds up a page on screen. Browsers fetch a print-only
 * stylesheet without waiting for it; anything else (no media, "all", "screen", a query) may apply.
 */
export function blocksRendering(media: string | undefined): boolean {
  const queries = (media ?? '').split(',').map((query) => query.trim().toLowerCase());
  return !queries.every((query) => query === 'print' || query === 'only print');
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
