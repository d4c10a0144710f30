/**
 * The built site answered as a static host answers it. One module for every place that serves dist/:
 * the handout PDF step of the build (through Playwright's request routing, so no port is opened),
 * the Vitest build tests and the benchmark (`serve`), and Playwright's webServer (the command line
 * below). It lives in src/ because the build uses it; tests may import src/, never the reverse.
 *
 * As a host does: directory addresses serve their index.html, unknown addresses get 404.html with
 * status 404, and every response carries the headers dist/_headers gives its address (as Netlify and
 * Cloudflare Pages do), so the browser suite runs under the real Content-Security-Policy. An address
 * listed in dist/_redirects is answered with its redirect before any file, as Cloudflare Pages does
 * (Netlify does so for rules marked `!`); the page the build leaves at an old address is then only
 * seen when rules are off, as on a plain host. Small and dependency-free, so the tests never share a
 * port or a process with `astro preview` a developer has running.
 *
 * With `gzip: true` (the benchmark), text files are sent gzip-compressed to clients that accept it.
 *
 * Usage: tsx src/integrations/shared/static-server.ts [port] [folder, dist by default]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createGzip, constants as zlib } from 'node:zlib';
import { sitePathOf } from '../../lib/addresses';
import { redirectRules } from './redirects';
import { headersFor } from './security-headers';

/** Content types by file extension, for every kind of file the build writes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file; Pagefind's index files and anything unknown are plain bytes. */
export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/** The file an address names inside `root`, or undefined when there is none (or it leaves `root`). */
function fileFor(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined; // A malformed address (a stray "%") names no file.
  }
  const candidate = path.join(root, decoded);
  const inside = path.relative(root, candidate);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = path.join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(candidate) ? candidate : undefined;
}

export interface ServeOptions {
  /** Answer the rules in `_redirects` (true), or serve files only, as a host without rules does. */
  redirects?: boolean;
  /** The path the site is served under (`/kat/` for siteUrl https://example.org/kat/); nothing outside it is served. */
  base?: string;
  /**
   * The text of `_headers` to answer with, instead of reading the file in `root` at each request: the
   * handout PDFs are printed while a later step of the build writes that file.
   */
  headersText?: string;
  /**
   * Compress text files (HTML, CSS, JavaScript, JSON, SVG, XML, text) with gzip when the request
   * accepts it, as every host does; off by default. Pagefind's index files are gzip already.
   */
  gzip?: boolean;
}

/** What a host sends for one address: a status, headers, and the file to send as the body, if any. */
export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  file?: string;
}

/** The answer to a request for `url` (path and query) from the build in `root`. */
export function staticResponse(
  root: string,
  url: string,
  { redirects = true, base = '/', headersText }: ServeOptions = {},
): StaticResponse {
  const pathname = url.split('?')[0] || '/';
  const headersFile = path.join(root, '_headers');
  const rules = headersText ?? (existsSync(headersFile) ? readFileSync(headersFile, 'utf8') : '');
  const headers = headersFor(rules, pathname);
  const rulesFile = path.join(root, '_redirects');
  const rule =
    redirects && existsSync(rulesFile)
      ? redirectRules(readFileSync(rulesFile, 'utf8')).find((candidate) => candidate.from === pathname)
      : undefined;
  if (rule) return { status: rule.status, headers: { ...headers, Location: rule.to } };
  // dist/ holds each page at its site path: the address without the base.
  const sitePath = sitePathOf(base, pathname);
  const found = sitePath === undefined ? undefined : fileFor(root, sitePath);
  const file = found ?? path.join(root, '404.html');
  return { status: found ? 200 : 404, headers: { ...headers, 'Content-Type': contentType(file) }, file };
}

/** Whether a response of this Content-Type is worth compressing (text; images and fonts are compressed already). */
function compressible(type: string | undefined): boolean {
  return /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/.test(type ?? '');
}

/** Serves the build in `root` on 127.0.0.1; port 0 picks a free one (read it from `server.address()`). */
export function serve(port: number, root: string, options: ServeOptions = {}): Server {
  const server = createServer((request, response) => {
    const { status, headers, file } = staticResponse(root, request.url ?? '/', options);
    const gzip =
      options.gzip === true &&
      file !== undefined &&
      /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) &&
      compressible(headers['Content-Type']);
    if (gzip) {
      response.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      // Level 9, as the byte budgets count (tests/support/page-weight.ts).
      createReadStream(file)
        .pipe(createGzip({ level: zlib.Z_BEST_COMPRESSION }))
        .pipe(response);
      return;
    }
    response.writeHead(status, headers);
    if (file) createReadStream(file).pipe(response);
    else response.end();
  });
  return server.listen(port, '127.0.0.1');
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const port = Number(process.argv[2] ?? 4322);
  const root = path.resolve(process.argv[3] ?? 'dist');
  serve(port, root).once('listening', () => console.log(`Serving ${root} on http://127.0.0.1:${port}/`));
}
