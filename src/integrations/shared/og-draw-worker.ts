/**
 * One worker of the preview-image pool (src/integrations/og-images.ts): satori lays out a picture and
 * resvg draws it to PNG. Both are CPU-bound, so a pool of these draws one picture per core. The fonts
 * come once, with the worker's start; each message is one picture.
 *
 * Node runs this file itself (its types are stripped), so it imports only packages, never the site's code.
 */
import { parentPort, workerData } from 'node:worker_threads';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { DrawJob, DrawResult, DrawSetup } from './og-draw';

const setup = workerData as DrawSetup;
const fonts = setup.fonts.map((font) => ({ ...font, data: Buffer.from(font.data) }));

parentPort?.on('message', (job: DrawJob) => {
  draw(job.tree).then(
    (png) => parentPort?.postMessage({ id: job.id, png } satisfies DrawResult, [png.buffer]),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: String(error) } satisfies DrawResult),
  );
});

async function draw(tree: unknown): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...setup.size, fonts });
  const png = new Resvg(svg, setup.resvg).render().asPng();
  // A copy in its own memory, which can be handed to the main thread without another copy (resvg's
  // own buffer cannot be transferred).
  return new Uint8Array(png);
}
