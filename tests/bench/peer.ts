/**
 * The peer for the benchmark: this site's pages built with Starlight, the Astro documentation theme a
 * practice might pick instead. Installed from the npm registry into a folder under the system's temp
 * folder by the benchmark itself (kept between runs, so a second run installs nothing); nothing is
 * committed or added to this project's dependencies.
 *
 * Same pages, same words: each page of this site's build (every address in its sitemap) becomes a
 * Starlight page at the same address, carrying the page's `main` as HTML (title and description from
 * the page) and, as body text, the page footer with its crisis lines, which this site prints on every
 * page. Classes, scripts and Pagefind attributes are dropped: Starlight styles and indexes the words
 * its own way.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import { sitePages } from '../support/site-pages';
import { syntheticBody, syntheticFrontmatter, syntheticId } from './synthetic';

export interface PeerPage {
  /** The address, such as /guides/your-choice/. */
  address: string;
  title: string;
  description: string;
  /** Markdown, or one block of HTML (no blank lines, so Markdown leaves it as it is). */
  body: string;
}

export interface Peer {
  dir: string;
  dist: string;
  version: string;
  /** Replaces the peer's pages with these. */
  writePages(pages: readonly PeerPage[]): Promise<void>;
}

const STARLIGHT = '@astrojs/starlight@^0.42';
const ASTRO = 'astro@^7';

/** Installs (or reuses) Starlight in a folder of its own. Throws with npm's output when the registry is unreachable. */
export async function createPeer(siteTitle: string, site: string): Promise<Peer> {
  const dir = path.join(os.tmpdir(), 'holding-space-bench-starlight');
  mkdirSync(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'holding-space-peer', private: true, type: 'module' }, null, 2),
  );
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', STARLIGHT, ASTRO], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`npm install of Starlight failed:\n${install.stdout}\n${install.stderr}`);
  const { version } = JSON.parse(
    readFileSync(path.join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json'), 'utf8'),
  ) as { version: string };
  await writeFile(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  site: ${JSON.stringify(site)},
  trailingSlash: 'always',
  integrations: [starlight({ title: ${JSON.stringify(siteTitle)} })],
});
`,
  );
  await mkdir(path.join(dir, 'src'), { recursive: true });
  await writeFile(
    path.join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const docs = path.join(dir, 'src', 'content', 'docs');
  return {
    dir,
    dist: path.join(dir, 'dist'),
    version,
    async writePages(pages) {
      await rm(docs, { recursive: true, force: true });
      for (const page of pages) {
        const file = path.join(docs, page.address === '/' ? 'index.md' : `${page.address.slice(1, -1)}.md`);
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(
          file,
          `---\ntitle: ${JSON.stringify(page.title)}\ndescription: ${JSON.stringify(page.description)}\n---\n\n${page.body}\n`,
        );
      }
    },
  };
}

/** An element's HTML without what only this site's code and styles use, as one line-broken block with no blank lines. */
function plainHtml($: CheerioAPI, selector: string): string {
  const part = $(selector).last().clone();
  part.find('script, style, template, [hidden]').remove();
  part.find('*').each((_, element) => {
    for (const name of Object.keys(element.attribs)) {
      if (name === 'class' || name === 'style' || name.startsWith('data-')) $(element).removeAttr(name);
    }
  });
  return (part.html() ?? '').replace(/\n\s*\n/g, '\n').trim();
}

// The page's own footer: the last <footer> outside <main> (articles may have footers of their own).
const FOOTER = 'footer:not(main footer)';

/** This site's built pages (every sitemap address; not the 404 page, which Starlight makes itself) as peer pages. */
export function pagesFromDist(dist: string): PeerPage[] {
  return sitePages(dist)
    .filter((page) => page.address.endsWith('/'))
    .map(({ address, file }) => {
      const $ = load(readFileSync(path.join(dist, file), 'utf8'));
      const title = $('main h1').first().text().trim() || $('title').text().trim();
      $('main h1').first().remove();
      const main = plainHtml($, 'main');
      const footer = plainHtml($, FOOTER);
      return {
        address,
        title,
        description: $('meta[name="description"]').attr('content') ?? '',
        body: `<div>\n${main}\n<section>\n${footer}\n</section>\n</div>`,
      };
    });
}

/** The footer (with its crisis lines) of a built page, for the peer's synthetic pages: this site prints it on every page. */
export function footerFromDist(dist: string): string {
  const home = sitePages(dist)[0];
  if (!home) return '';
  const $ = load(readFileSync(path.join(dist, home.file), 'utf8'));
  return `<div>\n${plainHtml($, FOOTER)}\n</div>`;
}

/** Synthetic guide n as a peer page: the same title, description and body as this site's, and the footer. */
export function syntheticPeerPage(n: number, footer: string): PeerPage {
  const data = syntheticFrontmatter(n);
  return {
    address: `/guides/${syntheticId(n)}/`,
    title: data.title,
    description: data.description,
    body: `${syntheticBody(n)}\n\n${footer}`,
  };
}

/** How many pages a Starlight build wrote (its HTML files other than 404.html). */
export function builtPageCount(dist: string): number {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.html') && file !== '404.html',
  ).length;
}
