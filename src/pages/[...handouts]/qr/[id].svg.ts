/**
 * Each handout's QR code as an SVG file, /handouts/qr/<id>.svg (/es/folletos/qr/<id>.svg …), for the clinicians' page, which
 * shows every code on screen. Error correction "L": these are scanned off a screen or a clean
 * printout of that page, never a creased handout (the handouts print their own "M" code inline).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entrySlug, getClinic, getHandouts, handoutHref, perEdition } from '../../../data/collections';
import { qrSvgFile } from '../../../lib/qr';

export const getStaticPaths = (() =>
  perEdition(
    'handouts',
    (paths) => paths.handouts,
    async (lang) =>
      Promise.all(
        (await getHandouts(lang)).map(async (handout) => ({
          params: { id: entrySlug(handout) },
          props: { href: await handoutHref(handout) },
        })),
      ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ href: string }> = async ({ props, site }) => {
  const clinic = await getClinic();
  const address = new URL(props.href, site ?? clinic.siteUrl).href;
  return new Response(await qrSvgFile(address, { errorCorrection: 'L' }), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
