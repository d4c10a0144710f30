/**
 * Serves dist/ on 127.0.0.1 for the browser tests, as a static host would: directory addresses
 * serve their index.html, unknown addresses get 404.html with status 404, and every response carries the
 * headers dist/_headers gives its address (as Netlify and Cloudflare Pages do), so the browser suite
 * runs under the real Content-Security-Policy. An address listed in dist/_redirects is answered with
 * its redirect before any file, as Cloudflare Pages does (Netlify does so for rules marked `!`); the
 * page the build leaves at an old address is then only seen when rules are off, as on a plain host.
 * Small and dependency-free, so the tests never share a port or a process with `astro preview` a
 * developer has running.
 *
 * Usage: tsx tests/support/static-server.ts [port]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { sitePathOf } from '../../src/lib/addresses';
import { redirectRules } from '../../src/lib/redirects';
import { headersFor } from '../../src/lib/security-headers';
import { DIST } from './paths';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

function resolve(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const candidate = path.normalize(path.join(root, decoded));
  if (!candidate.startsWith(root)) return undefined;
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
}

/** Serves `root` (dist/ unless a test or the benchmark serves another build); port 0 picks a free one. */
export function serve(port: number, root = DIST, { redirects = true, base = '/' }: ServeOptions = {}) {
  const server = createServer((request, response) => {
    const headersFile = path.join(root, '_headers');
    const pathname = (request.url ?? '/').split('?')[0] ?? '/';
    const headers = existsSync(headersFile) ? headersFor(readFileSync(headersFile, 'utf8'), pathname) : {};
    const rulesFile = path.join(root, '_redirects');
    const rule =
      redirects && existsSync(rulesFile)
        ? redirectRules(readFileSync(rulesFile, 'utf8')).find((candidate) => candidate.from === pathname)
        : undefined;
    if (rule) {
      response.writeHead(rule.status, { ...headers, Location: rule.to });
      response.end();
      return;
    }
    // dist/ holds each page at its site path: the address without the base.
    const sitePath = sitePathOf(base, pathname);
    const file = sitePath === undefined ? undefined : resolve(root, sitePath);
    const status = file ? 200 : 404;
    const body = file ?? path.join(root, '404.html');
    response.writeHead(status, {
      ...headers,
      'Content-Type': TYPES[path.extname(body)] ?? 'application/octet-stream',
    });
    createReadStream(body).pipe(response);
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    if (root === DIST) console.log(`Serving dist/ on http://127.0.0.1:${actual}/`);
  });
  return server;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  serve(Number(process.argv[2] ?? 4322));
}
