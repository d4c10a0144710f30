/**
 * Link-preview images, drawn at the end of the build for every page that asks for one: each built
 * page names its image in `og:image` and its title in `og:title`, and this step draws the site's
 * name and that title into a 1200 × 630 PNG at that address. Nothing is fetched: the typeface is
 * Atkinson Hyperlegible from the @fontsource npm package, laid out by satori and drawn by resvg.
 */
import type { AstroIntegration } from 'astro';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { normalBase, sitePathOf } from '../lib/addresses';
import { OG_IMAGE, wrapTitle } from '../lib/og-image';

/** The same colours as the site's light scheme (src/styles/global.css). */
const COLOURS = { page: '#fbfaf7', ink: '#1c2427', muted: '#47555a', accent: '#16596a' };

function metaContent(html: string, property: string): string | undefined {
  const tag = new RegExp(`<meta\\s+property="${property}"\\s+content="([^"]*)"`).exec(html);
  return tag?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

async function loadFonts() {
  const require = createRequire(import.meta.url);
  const folder = path.join(path.dirname(require.resolve('@fontsource/atkinson-hyperlegible/package.json')), 'files');
  const [regular, bold] = await Promise.all([
    readFile(path.join(folder, 'atkinson-hyperlegible-latin-400-normal.woff')),
    readFile(path.join(folder, 'atkinson-hyperlegible-latin-700-normal.woff')),
  ]);
  return [
    { name: 'Atkinson Hyperlegible', data: regular, weight: 400 as const, style: 'normal' as const },
    { name: 'Atkinson Hyperlegible', data: bold, weight: 700 as const, style: 'normal' as const },
  ];
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** The picture: the site's name at the top, the page title large, the site's address at the bottom. */
function previewTree(siteName: string, title: string, host: string): Node {
  const lines = wrapTitle(title, 26, 3);
  return el(
    'div',
    {
      // The padding and the top bar sit inside the image, not around it.
      boxSizing: 'border-box',
      width: OG_IMAGE.width,
      height: OG_IMAGE.height,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      backgroundColor: COLOURS.page,
      borderTop: `24px solid ${COLOURS.accent}`,
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      el('div', { fontSize: 36, fontWeight: 700, color: COLOURS.accent }, siteName),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          fontSize: 76,
          fontWeight: 700,
          lineHeight: 1.1,
          color: COLOURS.ink,
        },
        lines.map((line) => el('div', {}, line)),
      ),
      el('div', { fontSize: 30, color: COLOURS.muted }, host),
    ],
  );
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export default function ogImages(): AstroIntegration {
  let base = '/';
  return {
    name: 'holding-space:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const fonts = await loadFonts();
        const started = Date.now();
        const drawn = new Set<string>();
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(file, 'utf8');
          const image = metaContent(html, 'og:image');
          const title = metaContent(html, 'og:title');
          const siteName = metaContent(html, 'og:site_name');
          if (!image) continue;
          if (!title || !siteName) {
            throw new Error(
              `Preview images: ${path.relative(outDir, file)} has og:image but no og:title or og:site_name`,
            );
          }
          const url = new URL(image);
          if (drawn.has(url.pathname)) {
            throw new Error(`Preview images: two pages share ${url.pathname}; each page needs its own image`);
          }
          drawn.add(url.pathname);
          const svg = await satori(previewTree(siteName, title, url.host) as Parameters<typeof satori>[0], {
            ...OG_IMAGE,
            fonts,
          });
          const png = new Resvg(svg, { fitTo: { mode: 'width', value: OG_IMAGE.width } }).render().asPng();
          // The image's address is under the base; its file is where the site path says, in dist/.
          const target = path.join(outDir, decodeURIComponent(sitePathOf(base, url.pathname) ?? url.pathname));
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, png);
        }
        logger.info(`Preview images: ${drawn.size} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
