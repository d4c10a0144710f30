/**
 * Link-preview images, drawn during the build for every page that asks for one: each built
 * page names its image in `og:image` and its title in `og:title`, and this step draws the site's
 * name and that title into a 1200 × 630 PNG at that address. Nothing is fetched: the typeface is
 * Atkinson Hyperlegible from the @fontsource npm package, laid out by satori and drawn by resvg;
 * a title is mostly drawn glyph by glyph over the picture without it, as satori and resvg would
 * draw it (./shared/og-text.ts, ./shared/og-glyphs.ts).
 *
 * Drawing is the slow part (about 2 ms of CPU a picture), so pictures are drawn on other cores
 * (./shared/og-draw.ts), most of them while Astro is still syncing, bundling and rendering (see
 * ogImages below), and kept in Astro's cache directory under the hash of everything that makes them
 * (./shared/build-cache.ts): the picture's whole description (words, colours, sizes), the fonts,
 * resvg's options, the drawing and encoding code and the versions of satori, resvg and the shaper,
 * outlines and line breaking that satori brings. A rebuild
 * draws only what changed.
 *
 * PREVIEW_IMAGES=off skips them for quick local builds: pages then name no preview image at all (the
 * flag below reaches BaseLayout before any page is rendered), so no page points at a missing file.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { flagModule } from './shared/flag-module';
import { normalBase, sitePathOf } from '../lib/addresses';
import { OG_IMAGE, previewMode, wrapTitle } from '../lib/og-image';
import { cacheKey, fileCache } from './shared/build-cache';
import { drawPool, drawingCode, type DrawPool, type DrawSetup, type TitleJob } from './shared/og-draw';
import { parseYaml } from './shared/yaml-file';

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

/**
 * The installed version of a package (one `through` depends on, if given), for the cache key: a
 * new satori or resvg may draw differently.
 */
async function versionOf(name: string, through?: string): Promise<string> {
  const main = (through ? createRequire(require.resolve(through)) : require).resolve(name);
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

/** The top bar's height. */
const BAR = 24;

/** The padding on the left and right. */
const SIDE = 72;
/** The title's type. */
const TITLE = { fontSize: 76, weight: 700 } as const;

/** The picture: the site's name at the top, the title's lines large, the site's address at the bottom. */
function previewTree(siteName: string, lines: readonly string[], host: string): Node {
  return el(
    'div',
    {
      // The padding sits inside the image, not around it; the top padding leaves room for the bar.
      boxSizing: 'border-box',
      width: OG_IMAGE.width,
      height: OG_IMAGE.height,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${BAR + 64}px ${SIDE}px 64px`,
      backgroundColor: COLOURS.page,
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      // The bar as a box of its own, not a border: satori draws a border through clip paths, which
      // are slower to draw and keep resvg from drawing only part of the picture (./shared/og-band.ts).
      el('div', {
        position: 'absolute',
        top: 0,
        left: 0,
        width: OG_IMAGE.width,
        height: BAR,
        backgroundColor: COLOURS.accent,
      }),
      el('div', { fontSize: 36, fontWeight: 700, color: COLOURS.accent }, siteName),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          fontSize: TITLE.fontSize,
          fontWeight: TITLE.weight,
          lineHeight: 1.1,
          color: COLOURS.ink,
        },
        lines.map((line) => el('div', {}, line)),
      ),
      el('div', { fontSize: 30, color: COLOURS.muted }, host),
    ],
  );
}

/**
 * The built pages. Hidden folders are left out: Astro's own (.prerender) is being deleted while
 * this runs, right after the pages are written. Read at once (see builtPictures).
 */
function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...htmlFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.html')) files.push(full);
  }
  return files;
}

/** A picture to draw: its tree, the same picture without the title (DrawJob's base), and its title (DrawJob's). */
interface Sketch {
  tree: Node;
  plain: Node;
  title: TitleJob;
}

function sketch(siteName: string, title: string, host: string): Sketch {
  const lines = wrapTitle(title, 26, 3);
  return {
    tree: previewTree(siteName, lines, host),
    plain: previewTree(siteName, [], host),
    title: {
      lines,
      probe: previewTree(
        siteName,
        lines.map(() => 'H'),
        host,
      ),
      ...TITLE,
      colour: COLOURS.ink,
      width: OG_IMAGE.width - 2 * SIDE,
    },
  };
}

interface Picture extends Sketch {
  target: string;
  key: string;
}

/** What every picture of this build shares: how it is drawn, and the hash of that. */
interface Drawing {
  setup: DrawSetup;
  common: string;
}

async function drawing(): Promise<Drawing> {
  const fonts = await loadFonts();
  const setup: DrawSetup = { fonts, size: OG_IMAGE, resvg: { fitTo: { mode: 'width', value: OG_IMAGE.width } } };
  const common = cacheKey(
    JSON.stringify({ size: setup.size, resvg: setup.resvg }),
    await versionOf('satori'),
    await versionOf('@resvg/resvg-js'),
    // The shaper, outlines and line breaking the worker uses as satori does (./shared/og-text.ts).
    ...(await Promise.all(
      ['harfbuzzjs', '@shuding/opentype.js', 'linebreak'].map((name) => versionOf(name, 'satori')),
    )),
    ...(await drawingCode()),
    ...fonts.flatMap((font) => [font.name, String(font.weight), font.style, font.data]),
  );
  return { setup, common };
}

/** Folders of content/ whose files' titles are likely page titles: the guides and handouts, in every language. */
const LIKELY_FOLDERS = ['guides', 'handouts'];

/**
 * The guides' and handouts' pictures as they will most likely be (the file's title, the clinic's
 * name, the site's host), read from content/ before the pages are built. Only a guess: the pictures
 * that are used are the built pages' own, looked up by hash, so a wrong guess costs time, never a
 * wrong picture. Read synchronously (a few milliseconds a hundred files): the build's main thread is
 * busy from here on, and a loop that waited for it between files got through a few dozen files in
 * the whole build.
 */
function likelySketches(root: URL): Sketch[] {
  const settings = parseYaml(
    readFileSync(new URL('content/settings/clinic.yaml', root), 'utf8'),
    'content/settings/clinic.yaml',
  ) as { name?: unknown; siteUrl?: unknown };
  if (typeof settings.name !== 'string' || typeof settings.siteUrl !== 'string') return [];
  const host = new URL(settings.siteUrl).host;
  const sketches: Sketch[] = [];
  for (const name of LIKELY_FOLDERS) {
    const folder = fileURLToPath(new URL(`content/${name}/`, root));
    if (!existsSync(folder)) continue;
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file));
    for (const file of files.sort()) {
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(folder, file), 'utf8'))?.[1];
      const data = front === undefined ? undefined : (parseYaml(front, file) as { title?: unknown; draft?: unknown });
      if (typeof data?.title === 'string' && data.draft !== true)
        sketches.push(sketch(settings.name, data.title, host));
    }
  }
  return sketches;
}

/**
 * The built pages' pictures: each page's image address and what it shows, read from its HTML. Read
 * synchronously, right as the pages are written: later steps of the build rewrite every page, and
 * the pictures must be queued before the main thread gets busy with them.
 */
function builtPictures(outDir: string, base: string, common: string): Picture[] {
  const pictures: Picture[] = [];
  const addresses = new Set<string>();
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    const image = metaContent(html, 'og:image');
    const title = metaContent(html, 'og:title');
    const siteName = metaContent(html, 'og:site_name');
    if (!image) continue;
    if (!title || !siteName) {
      throw new Error(`Preview images: ${path.relative(outDir, file)} has og:image but no og:title or og:site_name`);
    }
    const url = new URL(image);
    if (addresses.has(url.pathname)) {
      throw new Error(`Preview images: two pages share ${url.pathname}; each page needs its own image`);
    }
    addresses.add(url.pathname);
    const drawn = sketch(siteName, title, url.host);
    // The image's address is under the base; its file is where the site path says, in dist/.
    const target = path.join(outDir, decodeURIComponent(sitePathOf(base, url.pathname) ?? url.pathname));
    pictures.push({ ...drawn, target, key: cacheKey(common, JSON.stringify(drawn.tree)) });
  }
  return pictures;
}

/**
 * When the pictures are drawn, so that the build waits for as few as possible:
 * 1. once the configuration is read (before the content is synced), the guides' and handouts'
 *    likely pictures start drawing on a worker per core but one (each worker is handed several at a
 *    time, so it goes on drawing while the main thread is busy): the content sync and the page rendering run on
 *    one core, so the others would be idle. (Not at a lower priority: on a busy machine the workers
 *    would wait for every other program.)
 * 2. once the pages are written (astro:build:generated), every page's own picture is known: early
 *    ones no page uses are dropped, the rest are queued, and the other build steps go on meanwhile;
 * 3. the build waits for what is left only in the last astro:build:done hook (a small integration
 *    this one adds after all the others), on every core.
 */
export default function ogImages(): AstroIntegration {
  let base = '/';
  let enabled = true;
  let building = false;
  let cacheDir = '';
  let root = new URL(`file://${process.cwd()}/`);
  let pool: DrawPool | undefined;
  let shared: Promise<Drawing> | undefined;
  /** Pictures started before the pages were built, by key; undefined when one was not finished. */
  const early = new Map<string, Promise<Uint8Array | undefined>>();
  let started: Promise<void> = Promise.resolve();
  /** The early pictures finished so far. */
  const drawnEarly = new Set<string>();
  /** Every page's picture being drawn or copied into dist/; resolves to the summary line. */
  let finishing: Promise<string> | undefined;
  // One core is left to Astro, which renders pages on one thread and bundles on several; the last
  // hook adds a worker for that core if pictures are still waiting then.
  const poolFor = (setup: DrawSetup) => (pool ??= drawPool(Math.max(1, availableParallelism() - 1), setup));

  const startEarly = (logger: AstroIntegrationLogger) => {
    started = (async () => {
      shared = drawing();
      const { setup, common } = await shared;
      const cache = fileCache(cacheDir, 'og', '.png');
      for (const { tree, plain, title } of likelySketches(root)) {
        const key = cacheKey(common, JSON.stringify(tree));
        if (early.has(key) || cache.hasNow(key)) continue;
        const png = poolFor(setup)
          .draw(tree, plain, key, title)
          .then(
            async (drawn) => {
              await cache.put(key, drawn);
              drawnEarly.add(key);
              return drawn;
            },
            () => undefined,
          );
        early.set(key, png);
      }
    })().catch((error: unknown) => logger.warn(`Preview images: no early drawing (${String(error)})`));
  };

  const finish = async (outDir: string): Promise<string> => {
    await started;
    const { setup, common } = await (shared ??= drawing());
    const pictures = builtPictures(outDir, base, common);
    const needed = new Set(pictures.map((picture) => picture.key));
    // Early pictures no page uses are not drawn.
    pool?.drop((key) => key !== undefined && needed.has(key));
    const doneEarly = pictures.filter((picture) => drawnEarly.has(picture.key)).length;
    const cache = fileCache(cacheDir, 'og', '.png');
    let drawn = 0;
    try {
      await Promise.all(
        pictures.map(async (picture) => {
          const earlyPng = early.get(picture.key);
          // Queued at once, before any await: the main thread is about to be busy with other steps.
          const fresh =
            earlyPng || cache.hasNow(picture.key)
              ? undefined
              : poolFor(setup).draw(picture.tree, picture.plain, picture.key, picture.title);
          let png = fresh ? undefined : earlyPng ? await earlyPng : await cache.get(picture.key);
          if (earlyPng) drawn += 1;
          if (!png) {
            if (!earlyPng) drawn += 1;
            png = await (fresh ?? poolFor(setup).draw(picture.tree, picture.plain, picture.key, picture.title));
            await cache.put(picture.key, png);
          }
          await mkdir(path.dirname(picture.target), { recursive: true });
          await writeFile(picture.target, png);
        }),
      );
    } finally {
      await pool?.close();
      pool = undefined;
    }
    return `Preview images: ${pictures.length} (${drawn} drawn, ${pictures.length - drawn} from the cache); ${doneEarly} of them drawn before the pages were written`;
  };

  /** Runs after every other integration's astro:build:done: the only place the build waits for pictures. */
  const waitForPictures: AstroIntegration = {
    name: 'holding-space:og-images-wait',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) return;
        const waitingFrom = Date.now();
        pool?.grow(availableParallelism());
        const summary = await (finishing ??= finish(fileURLToPath(dir)));
        logger.info(`${summary}; the build waited ${((Date.now() - waitingFrom) / 1000).toFixed(1)} s for the rest`);
      },
    },
  };

  return {
    name: 'holding-space:og-images',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        enabled = previewMode(process.env['PREVIEW_IMAGES']) === 'on';
        building = command === 'build';
        if (building && !enabled)
          logger.info('Preview images skipped: PREVIEW_IMAGES=off. Pages name no preview image.');
        updateConfig({
          vite: { plugins: [flagModule('preview-images', 'previewImages', enabled)] },
          // Astro runs integrations added here after all the others.
          integrations: [waitForPictures],
        });
      },
      'astro:config:done': ({ config, logger }) => {
        base = normalBase(config.base);
        cacheDir = fileURLToPath(config.cacheDir);
        root = config.root;
        if (building && enabled) startEarly(logger);
      },
      'astro:build:generated': ({ dir }) => {
        if (!enabled) return;
        finishing = finish(fileURLToPath(dir));
        // Awaited in the last astro:build:done hook; a failure here must not go unhandled meanwhile.
        finishing.catch(() => undefined);
      },
    },
  };
}
