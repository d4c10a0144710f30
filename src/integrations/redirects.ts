/**
 * Old addresses keep working on every host (content/redirects.yaml, read in astro.config.mjs):
 *
 * - once every page is built, a page at each old address that sends the reader on (for hosts that
 *   read no rules: GitHub Pages, S3, `astro preview`), and `dist/_redirects` (Netlify, Cloudflare
 *   Pages; nginx turns it into `location` lines, see docs/deploy.md). Placed after the search index, so the
 *   pages are never indexed, and before securityHeaders(), which gives them their policy. They are
 *   not Astro routes, so the sitemap never lists them.
 * - in `astro dev`, a 301 from each old address.
 *
 * The build stops, naming the line, when an old address is a page the build made (the redirect would
 * hide it) or the new address is not a page.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePath, withBase } from '../lib/addresses';
import type { Ui } from '../lib/ui';
import { pageHeading, redirectPage, redirectProblems, redirectsFile, type Redirect } from './shared/redirects';

export interface RedirectOptions {
  redirects: readonly Redirect[];
  /** The site's address, for the canonical link on each redirect page. */
  siteUrl: string;
  /** The clinic's locale, for `<html lang>`. */
  locale: string;
  /** What the page at an old address says (`redirect` in content/ui/<lang>.yaml). */
  words: Ui['redirect'];
}

/** The file that serves a directory address: /guides/x/ → guides/x/index.html. */
const pageFile = (outDir: string, address: string) => path.join(outDir, address, 'index.html');

export default function redirects({ redirects, siteUrl, locale, words }: RedirectOptions): AstroIntegration {
  // Redirects name site paths; browsers ask for them under the path of siteUrl (Astro's base).
  const base = basePath(siteUrl);
  return {
    name: 'holding-space:redirects',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const pathname = (request.url ?? '/').split('?')[0] ?? '/';
          const redirect = redirects.find(({ from }) => [pathname, `${pathname}/`].includes(withBase(base, from)));
          if (!redirect) return next();
          response.writeHead(301, { Location: withBase(base, redirect.to) });
          response.end();
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const problems = redirectProblems(redirects, (address) => existsSync(pageFile(outDir, address)));
        if (problems.length > 0) throw new Error(`Redirects:\n${problems.join('\n')}`);
        for (const redirect of redirects) {
          const heading = pageHeading(await readFile(pageFile(outDir, redirect.to), 'utf8'));
          const target = pageFile(outDir, redirect.from);
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, redirectPage({ redirect, siteUrl, locale, heading, words }));
        }
        await writeFile(path.join(outDir, '_redirects'), redirectsFile(redirects, base));
        logger.info(`Redirects: ${redirects.length} old addresses, each with a page and a line in _redirects`);
      },
    },
  };
}
