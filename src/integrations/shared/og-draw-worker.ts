/**
 * One worker of the preview-image pool (src/integrations/og-images.ts): satori lays out a picture,
 * resvg draws it, and ./png.ts writes its pixels as an indexed PNG. All CPU-bound, so a pool of these
 * draws one picture per core. The fonts come once, with the worker's start; each message is one picture.
 *
 * A picture may come with its base, the same picture without its own words: the base is drawn once
 * and each picture then draws only the rows its words reach (./og-band.ts).
 *
 * Node runs this file itself (its types are stripped), so it imports only packages and ./png.ts and
 * ./og-band.ts (which import only Node's own modules), never the rest of the site's code.
 */
import { parentPort, workerData } from 'node:worker_threads';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { DrawJob, DrawResult, DrawSetup } from './og-draw';
import { emptyIndexed, encodeIndexed, encodeOver, indexRows, type Indexed } from './png.ts';
import { changedRows, cropRows } from './og-band.ts';

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
