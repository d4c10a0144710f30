/**
 * One worker of the preview-image pool (src/integrations/og-images.ts): satori lays out a picture,
 * resvg draws it, and ./png.ts writes its pixels as an indexed PNG. All CPU-bound, so a pool of these
 * draws one picture per core. The fonts come once, with the worker's start; each message is one picture.
 *
 * Node runs this file itself (its types are stripped), so it imports only packages and ./png.ts
 * (which imports only Node's own modules), never the rest of the site's code.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { DrawJob, DrawResult, DrawSetup } from './og-draw';
import { indexedPng } from './png.ts';

const { setup, background } = workerData as { setup: DrawSetup; background: boolean };
const fonts = setup.fonts.map((font) => ({ ...font, data: Buffer.from(font.data) }));
// satori turns all text into paths, so resvg needs no fonts: not scanning the system's fonts saves
// about 5 ms a picture.
const resvgOptions = { ...setup.resvg, font: { loadSystemFonts: false } };

// While the rest of the build runs, the pictures draw in the time it leaves idle and never slow the
// bundler or the page rendering. On Linux the nice value is per thread, so this lowers this worker
// alone; elsewhere it would lower the whole build, so it is left alone.
if (background && process.platform === 'linux') {
  try {
    setPriority(0, 19);
  } catch {
    // Not allowed here: the worker draws at the build's own priority.
  }
}

parentPort?.on('message', (job: DrawJob) => {
  draw(job.tree).then(
    (png) => parentPort?.postMessage({ id: job.id, png } satisfies DrawResult, [png.buffer]),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: String(error) } satisfies DrawResult),
  );
});

async function draw(tree: unknown): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...setup.size, fonts });
  const image = new Resvg(svg, resvgOptions).render();
  // The indexed PNG has the very same pixels; resvg's own PNG is kept for a picture of many colours.
  const png = indexedPng(image.pixels, image.width, image.height) ?? image.asPng();
  // A copy in its own memory, which can be handed to the main thread without another copy (resvg's
  // and zlib's buffers cannot be transferred).
  return new Uint8Array(png);
}
