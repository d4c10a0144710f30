/**
 * Printed pages show where each link goes. A link to another page of the site is written `/guides/…`
 * in the HTML, which means nothing on paper, so the print stylesheet puts the site's own address in
 * front of it. That address comes from the clinic settings; this Vite plugin writes it into the
 * stylesheet in place of `__SITE_ORIGIN__`, so no script or inline style is needed.
 */
import type { Plugin } from 'vite';
import { shortAddress } from '../lib/handouts';

const PLACEHOLDER = '__SITE_ORIGIN__';

export default function printSiteAddress(siteUrl: string): Plugin {
  // The host alone: links in the HTML already start with the path the site is served under.
  const host = shortAddress(new URL('/', siteUrl).href).replace(/'/g, '');
  return {
    name: 'holding-space:print-site-address',
    enforce: 'pre',
    transform: {
      // The filter lets the bundler skip the call for every other module (a thousand guides are
      // a thousand modules), rather than hand each one's code to JavaScript to be looked at here.
      filter: { id: /\.css(?:$|\?)/, code: PLACEHOLDER },
      handler(code, id) {
        if (!id.split('?')[0]?.endsWith('.css') || !code.includes(PLACEHOLDER)) return undefined;
        return { code: code.replaceAll(PLACEHOLDER, host), map: null };
      },
    },
  };
}
