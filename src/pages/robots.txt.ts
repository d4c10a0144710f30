import type { APIRoute } from 'astro';
import { SITEMAP_PATH } from '../lib/addresses';

/**
 * Allow everything, and point crawlers at the sitemap on this site's own address. Crawlers read
 * robots.txt only at the root of a host: a site under a path (siteUrl https://example.org/kat/) is
 * listed by the sitemap link in each page's head instead, or by the host's own robots.txt.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(SITEMAP_PATH, site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
