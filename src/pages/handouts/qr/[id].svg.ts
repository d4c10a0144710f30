/**
 * Each handout's QR code as an SVG file, /handouts/qr/<id>.svg, for the clinicians' page, which
 * shows every code on screen. Error correction "L": these are scanned off a screen or a clean
 * printout of that page, never a creased handout (the handouts print their own "M" code inline).
 */
import { handoutPath } from '../../../lib/addresses';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getClinic, getHandouts } from '../../../data/collections';
import { qrSvgFile } from '../../../lib/qr';

export const getStaticPaths = (async () =>
  (await getHandouts()).map((handout) => ({ params: { id: handout.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const clinic = await getClinic();
  const address = new URL(handoutPath(String(params['id'])), site ?? clinic.siteUrl).href;
  return new Response(await qrSvgFile(address, { errorCorrection: 'L' }), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
