/**
 * One worker of the preview-image pool (src/integrations/og-images.ts): satori lays out a picture,
 * resvg draws it, and ./png.ts writes its pixels as an indexed PNG. All CPU-bound, so a pool of these
 * draws one picture per core. The fonts come once, with the worker's start; each message is one picture.
 *
 * A picture may come with its base, the same picture without its own words: the base is drawn once
 * and each picture then draws only the rows its words reach (./og-band.ts).
 *
 * A picture that also comes with its title's lines is drawn quicker still when it can be: the
 * title's glyphs are laid out as satori would (./og-text.ts) and painted from glyphs drawn once
 * (./og-glyphs.ts) over the base, with no satori and no resvg for the picture at all. Whatever that
 * cannot do for certain is drawn the usual way.
 *
 * Node runs this file itself (its types are stripped), so it imports only packages and the files
 * beside it named in drawingCode() (which import only packages and Node's own modules), never the
 * rest of the site's code.
 */
import { parentPort, workerData } from 'node:worker_threads';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { DrawJob, DrawResult, DrawSetup, TitleJob } from './og-draw';
import {
  emptyIndexed,
  encodeBandOver,
  encodeIndexed,
  encodeOver,
  indexRows,
  rowsOfIndexed,
  type Indexed,
} from './png.ts';
import { changedRows, cropRows } from './og-band.ts';
import { glyphPath, glyphPoints, layoutLine, loadFace, originOf, type Face } from './og-text.ts';
import { paintStamps, rgbOf, rowsOf, snap, STEPS, type Stamp } from './og-glyphs.ts';

const setup = workerData as DrawSetup;
const fonts = setup.fonts.map((font) => ({ ...font, data: Buffer.from(font.data) }));
// satori turns all text into paths, so resvg needs no fonts: not scanning the system's fonts saves
// about 5 ms a picture.
const resvgOptions = { ...setup.resvg, font: { loadSystemFonts: false } };

// The pool sends several pictures ahead (./og-draw.ts): they are drawn one after the other, in order.
let drawing: Promise<void> = Promise.resolve();
parentPort?.on('message', (job: DrawJob) => {
  drawing = drawing.then(() =>
    draw(job).then(
      (png) => parentPort?.postMessage({ id: job.id, png } satisfies DrawResult, [png.buffer]),
      (error: unknown) => parentPort?.postMessage({ id: job.id, error: String(error) } satisfies DrawResult),
    ),
  );
});

const layout = (tree: unknown) => satori(tree as Parameters<typeof satori>[0], { ...setup.size, fonts });

/** A base: its SVG and its picture. */
interface Base {
  svg: string;
  picture: Indexed;
}

/** Each base drawn so far (by its tree); null when it cannot be indexed. */
const bases = new Map<string, Base | null>();

async function baseOf(tree: unknown): Promise<Base | null> {
  const key = JSON.stringify(tree);
  let base = bases.get(key);
  if (base === undefined) {
    const svg = await layout(tree);
    const image = new Resvg(svg, resvgOptions).render();
    const picture = emptyIndexed(image.width, image.height);
    base = indexRows(picture, image.pixels, 0) ? { svg, picture } : null;
    bases.set(key, base);
  }
  return base;
}

async function draw(job: DrawJob): Promise<Uint8Array<ArrayBuffer>> {
  const quick = job.base !== undefined && job.title ? await drawTitle(job.base, job.title) : undefined;
  if (quick) return own(quick);
  const svg = await layout(job.tree);
  const base = job.base === undefined ? null : await baseOf(job.base);
  const rows = base ? changedRows(svg, base.svg, base.picture.height) : undefined;
  const band = rows && cropRows(svg, rows);
  if (base && rows && band) {
    const image = new Resvg(band, resvgOptions).render();
    const png = image.width === base.picture.width ? encodeOver(base.picture, image.pixels, rows.top) : undefined;
    if (png) return own(png);
  }
  const image = new Resvg(svg, resvgOptions).render();
  const picture = emptyIndexed(image.width, image.height);
  // The indexed PNG has the very same pixels; resvg's own PNG is kept for a picture of many colours.
  return own(indexRows(picture, image.pixels, 0) ? encodeIndexed(picture) : image.asPng());
}

/**
 * A copy in its own memory, which can be handed to the main thread without another copy (resvg's
 * and zlib's buffers cannot be transferred).
 */
function own(png: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(png);
}

/** Each weight's face, loaded once; null when it cannot be. */
const faces = new Map<number, Promise<Face | null>>();

function faceOf(weight: number): Promise<Face | null> {
  let face = faces.get(weight);
  if (!face) {
    const font = fonts.find((candidate) => candidate.weight === weight);
    face = font ? loadFace(font.data).catch(() => null) : Promise.resolve(null);
    faces.set(weight, face);
  }
  return face;
}

/** Where satori puts each line's start on its baseline, by probe tree; null when it cannot be read. */
const origins = new Map<string, Promise<{ x: number; y: number }[] | null>>();

function originsOf(title: TitleJob, face: Face): Promise<{ x: number; y: number }[] | null> {
  const key = JSON.stringify([title.probe, title.fontSize, title.colour]);
  let found = origins.get(key);
  if (!found) {
    found = (async () => {
      const svg = await layout(title.probe);
      const probe = face.shape('H');
      const id = probe.length === 1 ? probe[0]?.g : undefined;
      if (id === undefined) return null;
      const points = glyphPoints(face, id);
      const paths = [...svg.matchAll(/<path fill="([^"]*)" d="([^"]*)"\/>/g)].filter(
        (tag) => tag[1]?.toLowerCase() === title.colour.toLowerCase(),
      );
      if (paths.length !== title.lines.length) return null;
      const lines = paths.map((tag) =>
        originOf((tag[2]?.match(/-?[\d.]+/g) ?? []).map(Number), points, title.fontSize / face.unitsPerEm),
      );
      return lines.every((line) => line !== undefined) ? lines : null;
    })().catch(() => null);
    origins.set(key, found);
  }
  return found;
}

/** Each glyph's coverage drawn so far, by face, glyph and tenths of a pixel. */
const coverages = new Map<string, Omit<Stamp, 'left' | 'top'> & { x: number; y: number }>();

/** A glyph's coverage drawn by resvg with its origin `dx`, `dy` tenths into the pixel at (x, y). */
function coverageOf(face: Face, weight: number, id: number, size: number, dx: number, dy: number) {
  const key = `${weight}:${size}:${id}:${dx}:${dy}`;
  let coverage = coverages.get(key);
  if (!coverage) {
    const glyph = face.glyph(id);
    const scale = size / face.unitsPerEm;
    // A margin of two pixels around the glyph's box, for anti-aliasing and rounding.
    const x = Math.ceil(-(glyph?.xMin ?? 0) * scale) + 2;
    const y = Math.ceil((glyph?.yMax ?? 0) * scale) + 2;
    const width = Math.max(1, x + Math.ceil((glyph?.xMax ?? 0) * scale) + 3);
    const height = Math.max(1, y + Math.ceil(-(glyph?.yMin ?? 0) * scale) + 3);
    const d = glyphPath(face, id, x + dx / STEPS, y + dy / STEPS, size);
    const svg = `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg"><path fill="#000" d="${d}"/></svg>`;
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
    const alpha = new Uint8Array(width * height);
    for (let pixel = 0; pixel < alpha.length; pixel += 1) alpha[pixel] = pixels[pixel * 4 + 3] ?? 0;
    coverage = { x, y, width, height, coverage: alpha };
    coverages.set(key, coverage);
  }
  return coverage;
}

/** The picture drawn glyph by glyph over its base (see the top of this file), or undefined. */
async function drawTitle(baseTree: unknown, title: TitleJob): Promise<Uint8Array | undefined> {
  const ink = rgbOf(title.colour);
  const [base, face] = await Promise.all([baseOf(baseTree), faceOf(title.weight)]);
  if (!ink || !base || !face || base.picture.width !== setup.size.width) return undefined;
  const placed = title.lines.map((line) => layoutLine(face, line, title.fontSize, title.width));
  if (placed.some((line) => line === undefined)) return undefined;
  const starts = await originsOf(title, face);
  if (!starts) return undefined;
  const stamps: Stamp[] = [];
  placed.forEach((line, index) => {
    const start = starts[index];
    for (const glyph of line ?? []) {
      if (!start) continue;
      const at = snap(start.x + glyph.x, start.y + glyph.y);
      const coverage = coverageOf(face, title.weight, glyph.id, title.fontSize, at.dx, at.dy);
      stamps.push({ ...coverage, left: at.x - coverage.x, top: at.y - coverage.y });
    }
  });
  const rows = rowsOf(stamps, base.picture.height) ?? { top: 0, bottom: 1 };
  const band = rowsOfIndexed(base.picture, rows.top, rows.bottom);
  return paintStamps(band, rows.top, stamps, ink) ? encodeBandOver(base.picture, band, rows.top) : undefined;
}
