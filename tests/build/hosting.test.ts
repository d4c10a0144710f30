/**
 * The built site on a host, with old addresses in content/redirects.yaml. The real site has none yet,
 * so a throwaway copy is built with two:
 *
 * - a page at each old address (hosts without rules) that is valid, gets its security policy, stays
 *   out of the sitemap and the search index, and takes a browser to the new page;
 * - `_redirects` (Netlify, Cloudflare Pages), answered as a host answers it;
 * - a redirect from an address that is a page stops the build, naming the line;
 * - the nginx recipe in docs/deploy.md, run on a real nginx (skipped, saying so, only when nginx is not installed).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/integrations/security-headers';
import { basePath, withBase } from '../../src/lib/addresses';
import { indexedPages } from '../../src/integrations/pagefind';
import { serve } from '../../src/integrations/shared/static-server';
import { CHROMIUM_ARGS, findChromium } from '../../src/integrations/shared/chromium';
import { pageHeading, redirectRules, type Redirect } from '../../src/integrations/shared/redirects';
import {
  SECURITY_HEADERS,
  headersFor,
  parsePolicy,
  policyProblems,
} from '../../src/integrations/shared/security-headers';
import { AXE_TAGS } from '../support/axe';
import { fileFor, isRedirectPage } from '../support/dist';
import { publishedEntries } from '../support/fixtures';
import { editionEntries } from '../support/edition-entries';
import { EDITIONS, pathsOf } from '../support/editions';
import { RECIPE_PAGE, deployRecipe, findNginx, startNginx, type RunningNginx } from '../support/nginx';
import { CONTENT, ROOT } from '../support/paths';
import { sitemapAddresses } from '../support/site-pages';
import { UI } from '../support/ui';
import { createTempProject, type TempProject } from '../support/temp-project';

const clinic = load(readFileSync(path.join(CONTENT, 'settings', 'clinic.yaml'), 'utf8')) as {
  siteUrl: string;
  locale: string;
};
const guides = publishedEntries<{ title: string }>('guides').map((guide) => guide.id);
const firstGuide = guides[0] ?? 'safety';

/** Two redirects: the documented example (docs/redirects.md) (to a guide the content has) and one to a tool page. */
const REDIRECTS: Redirect[] = [
  {
    from: guides.includes('getting-ready') ? '/guides/old-address/' : '/guides/getting-ready/',
    to: `/guides/${firstGuide}/`,
  },
  { from: '/old-plan/', to: '/plan/' },
];

const yaml = (redirects: readonly Redirect[]) =>
  `# Written by tests/build/hosting.test.ts\nredirects:\n${redirects.map(({ from, to }) => `  - from: ${from}\n    to: ${to}\n`).join('')}`;

/** A copy of the site with `redirects` in content/redirects.yaml, built; rejects with Astro's output if it fails. */
async function buildWithRedirects(
  redirects: readonly Redirect[],
): Promise<{ project: TempProject; code: number; output: string }> {
  const project = await createTempProject();
  projects.push(project);
  await writeFile(path.join(project.dir, 'content', 'redirects.yaml'), yaml(redirects));
  return { project, ...(await project.astro('build')) };
}

/** A redirect from an address the build makes a page at, after one that is fine. */
const CONFLICT: Redirect[] = [
  { from: '/old-plan/', to: '/plan/' },
  { from: `/guides/${firstGuide}/`, to: '/plan/' },
];

const projects: TempProject[] = [];
let projectDir = '';
let dist = '';
let conflict: { code: number; output: string } = { code: 0, output: '' };

// Both copies build side by side: the one with a conflict fails only at the end of its build.
beforeAll(async () => {
  const [built, refused] = await Promise.all([buildWithRedirects(REDIRECTS), buildWithRedirects(CONFLICT)]);
  if (built.code !== 0) throw new Error(`The copy with redirects did not build:\n${built.output}`);
  projectDir = built.project.dir;
  dist = path.join(projectDir, 'dist');
  conflict = refused;
}, 300_000);

afterAll(async () => Promise.all(projects.map((project) => project.remove())));

const html = (address: string) => readFileSync(path.join(dist, fileFor(address)), 'utf8');

describe.each(REDIRECTS)('the page at the old address $from', ({ from, to }) => {
  it('is a whole page in the clinic’s language that sends the browser to the new page at once', () => {
    const page = html(from);
    expect(isRedirectPage(fileFor(from), dist)).toBe(true);
    expect(page).toContain(`<html lang="${clinic.locale}">`);
    expect(page).toMatch(/<head>\s*<meta charset="utf-8">/);
    expect(page).toContain(`<title>${UI.redirect.title}</title>`);
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
  });

  it('points search engines at the new address and keeps itself out of their results', () => {
    const page = html(from);
    expect(page).toContain(`<link rel="canonical" href="${new URL(to, clinic.siteUrl).href}">`);
    expect(page).toContain('<meta name="robots" content="noindex">');
  });

  it('links to the new page by its heading, for a browser that does not follow', () => {
    expect(html(from)).toContain(`<a href="${to}">${pageHeading(html(to))}</a>`);
    expect(isRedirectPage(fileFor(to), dist), `${to} is a real page`).toBe(false);
  });

  it('has its own safe Content-Security-Policy, like every page', () => {
    const policy = metaPolicy(html(from));
    expect(policy).toBeDefined();
    expect(policyProblems(parsePolicy(policy ?? ''), { header: false })).toEqual([]);
  });

  it('passes html-validate with the site’s rules', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(path.join(dist, fileFor(from)));
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
  });

  it('is left out of the sitemap', () => {
    expect(sitemapAddresses(dist)).not.toContain(from);
    expect(sitemapAddresses(dist)).toContain(to);
  });
});

it('no redirect page is in the search index: it holds the guides and the getting-help page only', () => {
  const indexed = indexedPages(path.join(dist, 'pagefind'));
  for (const { from } of REDIRECTS) expect(indexed.map((page) => page.url)).not.toContain(from);
  // Each language's search holds that language's guides and its Getting help page, and nothing else.
  const base = basePath(clinic.siteUrl);
  expect(new Set(indexed.map((page) => page.language))).toEqual(new Set(EDITIONS.map(({ lang }) => lang)));
  for (const { lang } of EDITIONS) {
    const paths = pathsOf(lang);
    const expected = [...editionEntries('guides', lang).map((guide) => paths.guide(guide.slug)), paths.getHelp];
    const inLanguage = indexed.filter((page) => page.language === lang).map((page) => page.url);
    expect(inLanguage.sort(), lang).toEqual(expected.map((sitePath) => withBase(base, sitePath)).sort());
  }
});

describe('_redirects', () => {
  it('answers each old address, with and without its final slash, with a 301 to the new page', () => {
    const rules = redirectRules(readFileSync(path.join(dist, '_redirects'), 'utf8'));
    for (const { from, to } of REDIRECTS) {
      expect(rules).toContainEqual({ from, to, status: 301 });
      expect(rules).toContainEqual({ from: from.slice(0, -1), to, status: 301 });
    }
  });

  it('takes a reader to the new page on a host that reads it', async () => {
    const server = serve(0, dist);
    await new Promise((resolve) => server.once('listening', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const { from, to } of REDIRECTS) {
        for (const address of [from, from.slice(0, -1)]) {
          const first = await fetch(`${origin}${address}`, { redirect: 'manual' });
          expect(first.status, address).toBe(301);
          expect(first.headers.get('location')).toBe(to);
          const followed = await fetch(`${origin}${address}`);
          expect(new URL(followed.url).pathname).toBe(to);
          expect(pageHeading(await followed.text())).toBe(pageHeading(html(to)));
        }
      }
    } finally {
      server.close();
    }
  });
});

const browser = findChromium();

it.skipIf(!browser.found)(
  'a browser on a host without rules follows the old page to the new one, under the page’s policy; axe finds nothing',
  async () => {
    if (!browser.found) return;
    const server = serve(0, dist, { redirects: false });
    await new Promise((resolve) => server.once('listening', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const instance = await chromium.launch({ executablePath: browser.path, args: [...CHROMIUM_ARGS] });
    try {
      // AxeBuilder needs a page made from a context of its own.
      const page = await (await instance.newContext()).newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      for (const { from, to } of REDIRECTS) {
        const response = await page.request.get(`${origin}${from}`, { maxRedirects: 0 });
        expect(response.status(), `${from} is served as a page, with no rule`).toBe(200);
        await page.goto(`${origin}${from}`);
        await page.waitForURL(`${origin}${to}`);
        expect(await page.locator('h1').first().innerHTML()).toBe(pageHeading(html(to)));
      }
      expect(errors).toEqual([]);

      // axe cannot check a page that leaves at once: check each with its refresh taken out.
      for (const { from } of REDIRECTS) {
        await page.route(`${origin}${from}`, (route) =>
          route.fulfill({ contentType: 'text/html', body: html(from).replace(/<meta http-equiv="refresh"[^>]*>/, '') }),
        );
        await page.goto(`${origin}${from}`);
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        expect(results.violations.map((violation) => `${from}: ${violation.id}`)).toEqual([]);
      }
    } finally {
      await instance.close();
      server.close();
    }
  },
  60_000,
);

it('a redirect from an address that is a page stops the build, naming the line', () => {
  expect(conflict.code, conflict.output).not.toBe(0);
  const line = yaml(CONFLICT).split('\n').indexOf(`  - from: /guides/${firstGuide}/`) + 1;
  expect(conflict.output).toContain(
    `content/redirects.yaml, line ${line}: /guides/${firstGuide}/ is a page on this site, so it cannot also send readers to /plan/`,
  );
});

const nginxBinary = findNginx();
if (!nginxBinary) {
  console.warn(
    'Skipping the nginx recipe test (docs/deploy.md): nginx is not installed (Debian/Ubuntu: apt-get install nginx).',
  );
}

describe.skipIf(!nginxBinary)(
  'the nginx recipe in docs/deploy.md, on a real nginx (skipped only when nginx is not installed)',
  () => {
    let nginx: RunningNginx | undefined;
    const server = () => {
      if (!nginx) throw new Error('nginx did not start');
      return nginx;
    };
    const notFoundHeading = () => pageHeading(readFileSync(path.join(dist, '404.html'), 'utf8'));

    beforeAll(async () => {
      nginx = await startNginx(
        nginxBinary ?? 'nginx',
        deployRecipe(readFileSync(path.join(ROOT, RECIPE_PAGE), 'utf8')),
        projectDir,
      );
    }, 60_000);
    afterAll(async () => nginx?.stop());

    it('serves pages over https with the throwaway certificate', async () => {
      const home = await server().get('/');
      expect(home.status).toBe(200);
      expect(pageHeading(home.body)).toBe(pageHeading(html('/')));
    });

    it('adds the final slash with a relative Location, never one built from the Host header', async () => {
      for (const host of ['care.example.org', 'evil.example']) {
        const response = await server().get('/guides', host);
        expect(response.status).toBe(301);
        expect(response.headers.location).toBe('/guides/');
      }
    });

    it('sends every http:// request to https:// on the site’s own name', async () => {
      const response = await server().getHttp(`/guides/${firstGuide}/?from=qr`, 'evil.example');
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe(`https://care.example.org/guides/${firstGuide}/?from=qr`);
    });

    it('never serves _headers or _redirects, but serves the site’s own files under /_astro/', async () => {
      for (const file of ['/_headers', '/_redirects']) {
        const response = await server().get(file);
        expect(response.status, file).toBe(404);
        expect(response.body).not.toContain('Content-Security-Policy');
        expect(pageHeading(response.body)).toBe(notFoundHeading());
      }
      const asset = readdirSync(path.join(dist, '_astro')).find((file) => /\.(css|js)$/.test(file));
      expect(asset).toBeDefined();
      const response = await server().get(`/_astro/${asset}`);
      expect(response.status).toBe(200);
      expect(response.body).toBe(readFileSync(path.join(dist, '_astro', asset ?? ''), 'utf8'));
    });

    it('answers each old address in content/redirects.yaml with a 301 to its new page', async () => {
      for (const { from, to } of REDIRECTS) {
        for (const address of [from, from.slice(0, -1)]) {
          const response = await server().get(address);
          expect(response.status, address).toBe(301);
          expect(response.headers.location).toBe(to);
        }
        expect(pageHeading((await server().get(to)).body)).toBe(pageHeading(html(to)));
      }
    });

    it('answers an unknown address with the 404 page and status 404', async () => {
      const response = await server().get('/no-such-page/');
      expect(response.status).toBe(404);
      expect(pageHeading(response.body)).toBe(notFoundHeading());
    });

    it('sends the security headers from _headers on pages, redirects and the 404 page', async () => {
      const expected = headersFor(readFileSync(path.join(dist, '_headers'), 'utf8'), '/');
      expect(Object.keys(expected)).toEqual(
        expect.arrayContaining(['Content-Security-Policy', ...Object.keys(SECURITY_HEADERS)]),
      );
      for (const address of ['/', REDIRECTS[0]?.from ?? '/', '/no-such-page/']) {
        const { headers } = await server().get(address);
        for (const [name, value] of Object.entries(expected))
          expect(headers[name.toLowerCase()], `${name} on ${address}`).toBe(value);
      }
    });

    it('sends Strict-Transport-Security for a year, without includeSubDomains or preload', async () => {
      const { headers } = await server().get('/');
      expect(headers['strict-transport-security']).toBe('max-age=31536000');
    });
  },
);
