/**
 * Each handout's QR code as an SVG file, /handouts/qr/<id>.svg (/es/folletos/qr/<id>.svg …), for the clinicians' page, which
 * shows every code on screen. Error correction "L": these are scanned off a screen or a clean
 * printout of that page, never a creased handout (the handouts print their own "M" code inline).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { entrySlug, getClinic, getEditions, getHandouts, getSitePaths, handoutHref } from '../../../data/collections';
import { restParam } from '../../../lib/editions';
import { qrSvgFile } from '../../../lib/qr';

export const getStaticPaths = (async () =>
  (
    await Promise.all(
      (await getEditions()).map(async ({ lang }) => {
        const folder = restParam((await getSitePaths(lang)).handouts);
        return Promise.all(
          (await getHandouts(lang)).map(async (handout) => ({
            params: { handouts: folder, id: entrySlug(handout) },
            props: { href: await handoutHref(handout) },
          })),
        );
      }),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute<{ href: string }> = async ({ props, site }) => {
  const clinic = await getClinic();
  const address = new URL(props.href, site ?? clinic.siteUrl).href;
  return new Response(await qrSvgFile(address, { errorCorrection: 'L' }), {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
};
