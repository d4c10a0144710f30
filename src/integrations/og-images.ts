/**
 * Link-preview images, drawn at the end of the build for every page that asks for one: each built
 * page names its image in `og:image` and its title in `og:title`, and this step draws the site's
 * name and that title into a 1200 × 630 PNG at that address. Nothing is fetched: the typeface is
 * Atkinson Hyperlegible from the @fontsource npm package, laid out by satori and drawn by resvg.
 *
 * Drawing is the slow part (about 25 ms a picture), so pictures are drawn on every core
 * (./shared/og-draw.ts) and kept in Astro's cache directory under the hash of everything that makes
 * them (./shared/build-cache.ts): the picture's whole description (words, colours, sizes), the fonts,
 * resvg's options and the versions of satori and resvg. A rebuild draws only what changed.
 *
 * PREVIEW_IMAGES=off skips them for quick local builds: pages then name no preview image at all (the
 * flag below reaches BaseLayout before any page is rendered), so no page points at a missing file.
 */
import type { AstroIntegration } from 'astro';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { normalBase, sitePathOf } from '../lib/addresses';
import { OG_IMAGE, previewMode, wrapTitle } from '../lib/og-image';
import { cacheKey, fileCache } from './shared/build-cache';
import { drawPool, type DrawSetup } from './shared/og-draw';

const VIRTUAL = 'virtual:holding-space/preview-images';

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

const require = createRequire(import.meta.url);

async function loadFonts(): Promise<DrawSetup['fonts']> {
  const folder = path.join(path.dirname(require.resolve('@fontsource/atkinson-hyperlegible/package.json')), 'files');
  const [regular, bold] = await Promise.all([
    readFile(path.join(folder, 'atkinson-hyperlegible-latin-400-normal.woff')),
    readFile(path.join(folder, 'atkinson-hyperlegible-latin-700-normal.woff')),
  ]);
  return [
    { name: 'Atkinson Hyperlegible', data: regular, weight: 400, style: 'normal' },
    { name: 'Atkinson Hyperlegible', data: bold, weight: 700, style: 'normal' },
  ];
}

/** The installed version of a package, for the cache key: a new satori or resvg may draw differently. */
async function versionOf(name: string): Promise<string> {
  const main = require.resolve(name);
  for (let dir = path.dirname(main); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const text = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => undefined);
    const manifest = text === undefined ? undefined : (JSON.parse(text) as { name?: string; version?: string });
    if (manifest?.name === name) return manifest.version ?? '';
  }
  throw new Error(`Preview images: cannot find the version of ${name}`);
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

interface Picture {
  target: string;
  tree: Node;
}

export default function ogImages(): AstroIntegration {
  let base = '/';
  let enabled = true;
  let cacheDir = '';
  return {
    name: 'holding-space:og-images',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        enabled = previewMode(process.env['PREVIEW_IMAGES']) === 'on';
        if (command === 'build' && !enabled)
          logger.info('Preview images skipped: PREVIEW_IMAGES=off. Pages name no preview image.');
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'holding-space:preview-images-flag',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id: string) =>
                  id === `\0${VIRTUAL}` ? `export const previewImages = ${JSON.stringify(enabled)};` : undefined,
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = normalBase(config.base);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) return;
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        const pictures: Picture[] = [];
        const addresses = new Set<string>();
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
          if (addresses.has(url.pathname)) {
            throw new Error(`Preview images: two pages share ${url.pathname}; each page needs its own image`);
          }
          addresses.add(url.pathname);
          // The image's address is under the base; its file is where the site path says, in dist/.
          const target = path.join(outDir, decodeURIComponent(sitePathOf(base, url.pathname) ?? url.pathname));
          pictures.push({ target, tree: previewTree(siteName, title, url.host) });
        }
        if (pictures.length === 0) return;

        const fonts = await loadFonts();
        const setup: DrawSetup = { fonts, size: OG_IMAGE, resvg: { fitTo: { mode: 'width', value: OG_IMAGE.width } } };
        // Everything but the picture's own description, hashed once.
        const common = cacheKey(
          JSON.stringify({ size: setup.size, resvg: setup.resvg }),
          await versionOf('satori'),
          await versionOf('@resvg/resvg-js'),
          ...fonts.flatMap((font) => [font.name, String(font.weight), font.style, font.data]),
        );
        const cache = fileCache(cacheDir, 'og', '.png');
        const keyed = pictures.map((picture) => ({ ...picture, key: cacheKey(common, JSON.stringify(picture.tree)) }));
        const cached = await Promise.all(keyed.map((picture) => cache.get(picture.key)));
        const toDraw = keyed.filter((_, index) => cached[index] === undefined);
        const pool = toDraw.length > 0 ? drawPool(Math.min(availableParallelism(), toDraw.length), setup) : undefined;
        try {
          await Promise.all(
            keyed.map(async (picture, index) => {
              let png: Uint8Array | undefined = cached[index];
              if (!png) {
                png = await (pool as NonNullable<typeof pool>).draw(picture.tree);
                await cache.put(picture.key, png);
              }
              await mkdir(path.dirname(picture.target), { recursive: true });
              await writeFile(picture.target, png);
            }),
          );
        } finally {
          await pool?.close();
        }
        logger.info(
          `Preview images: ${pictures.length} (${toDraw.length} drawn, ${pictures.length - toDraw.length} from the cache) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
