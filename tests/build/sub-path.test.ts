/**
 * A site published under a path (siteUrl https://example.org/kat/, docs/deploy.md "Serving under a
 * path"): a copy of the site is built with that siteUrl and one redirect, served under /kat/ only (as
 * a host serving the folder there does), and every link, anchor, image and script address on every
 * page must resolve there. Nothing may point at the host's root, where the site is not. Handout PDFs
 * stay off (the temporary project's default): their links are checked by tests/build/handouts.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import { load } from 'cheerio';
import { check, LinkState } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitePathOf } from '../../src/lib/addresses';
import { shortAddress } from '../../src/lib/handouts';
import { redirectRules } from '../../src/integrations/shared/redirects';
import { publishedEntries } from '../support/fixtures';
import { decodeQrSvg } from '../support/qr-decode';
import { dump, load as loadYaml } from 'js-yaml';
import { serve } from '../../src/integrations/shared/static-server';
import { addContentFile, createTempProject, patchClinic, type TempProject } from '../support/temp-project';

const SITE_URL = 'https://example.org/kat/';
const BASE = '/kat/';
const firstGuide = publishedEntries<{ title: string }>('guides')[0]?.id ?? 'safety';
const firstHandout = publishedEntries<{ title: string }>('handouts')[0]?.id ?? 'getting-help';
/** An old address that is no page of the site, sent to the first guide. */
const REDIRECT = { from: '/old-sub-path-address/', to: `/guides/${firstGuide}/` };

let project: TempProject | undefined;
let server: Server | undefined;
let dist = '';
let origin = '';

const read = (relative: string) => readFileSync(path.join(dist, relative), 'utf8');

/** Every built HTML file, relative to dist/. */
const htmlFiles = (): string[] =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

/** The site paths the sitemap lists, read through the base. */
function sitemapPaths(): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  return locs(read('sitemap-index.xml')).flatMap((sitemap) =>
    locs(read(sitePathOf(BASE, new URL(sitemap).pathname) ?? sitemap)).map((loc) => new URL(loc).pathname),
  );
}

beforeAll(async () => {
  project = await createTempProject();
  await patchClinic(project, { siteUrl: SITE_URL });
  // One more redirect, beside the content's own (a practice's renamed pages must keep working too).
  const redirectsFile = path.join(project.dir, 'content', 'redirects.yaml');
  const redirects = (loadYaml(readFileSync(redirectsFile, 'utf8')) ?? {}) as { redirects?: unknown[] | null };
  await addContentFile(project, 'redirects.yaml', dump({ redirects: [...(redirects.redirects ?? []), REDIRECT] }));
  const built = await project.astro('build');
  if (built.code !== 0) throw new Error(`The copy under a path did not build:\n${built.output}`);
  dist = path.join(project.dir, 'dist');
  server = serve(0, dist, { base: BASE });
  await new Promise<void>((resolve) => server?.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 300_000);

afterAll(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await project?.remove();
});

describe('a site under a path (siteUrl with a path)', () => {
  it('lists every page in the sitemap under the path', () => {
    const paths = sitemapPaths();
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((pathname) => !pathname.startsWith(BASE))).toEqual([]);
  });

  it('every internal link, anchor, image and script on every page resolves, served under the path only', async () => {
    const external = new Set<string>();
    const result = await check({
      path: [...sitemapPaths(), `${BASE}404.html`].map((pathname) => `${origin}${pathname}`),
      recurse: true,
      checkFragments: true,
      concurrency: 20,
      linksToSkip: async (link) => {
        const local = link.startsWith(origin);
        if (!local) external.add(link);
        return !local;
      },
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (${link.status ?? 'no response'}) on ${link.parent ?? '?'}`);
    // Every page at least: the crawl starts from each one.
    expect(result.links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(sitemapPaths().length);
    expect(broken).toEqual([]);
  });

  it('no page points at the host root, where the site is not (links, forms, scripts fetched on use)', () => {
    const outside = htmlFiles().flatMap((file) =>
      [...read(file).matchAll(/\s(href|src|action|data-src|data-href)="(\/[^"]*)"/g)]
        .filter(([, , address = '']) => !address.startsWith(BASE))
        .map(([, attribute, address]) => `${file}: ${attribute}="${address}"`),
    );
    expect(outside).toEqual([]);
  });

  it('gives canonical and preview addresses under the path', () => {
    const $ = load(read(`guides/${firstGuide}/index.html`));
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE_URL}guides/${firstGuide}/`);
    expect($('meta[property="og:image"]').attr('content')).toBe(`${SITE_URL}og/guides/${firstGuide}.png`);
    expect(readdirSync(path.join(dist, 'og', 'guides'))).toContain(`${firstGuide}.png`);
  });

  it("prints a handout's QR code and address as the page's address under the path", () => {
    const address = `${SITE_URL}handouts/${firstHandout}/`;
    const $ = load(read(`handouts/${firstHandout}/index.html`));
    expect(decodeQrSvg($.html($('.handout-qr svg')))).toBe(address);
    expect($('.handout-address').text().replace(/\s+/g, '')).toBe(shortAddress(address));
  });

  it('writes _headers and _redirects for addresses under the path', () => {
    expect(read('_headers')).toMatch(/^\/kat\/\*$/m);
    expect(redirectRules(read('_redirects'))).toContainEqual({
      from: `/kat${REDIRECT.from}`,
      to: `/kat${REDIRECT.to}`,
      status: 301,
    });
  });

  it('answers an old address with its new one under the path', async () => {
    const response = await fetch(`${origin}/kat${REDIRECT.from}`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`/kat${REDIRECT.to}`);
    const $ = load(read(`${REDIRECT.from.slice(1)}index.html`));
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE_URL}${REDIRECT.to.slice(1)}`);
  });

  it('points the robots file at the sitemap under the path', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_URL}sitemap-index.xml`);
  });
});
