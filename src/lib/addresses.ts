/**
 * Every page address of the site, in one place, and the one rule for the path the site is published
 * under. A practice says that path once, in `siteUrl` (https://example.org/kat/ → /kat/); the build
 * passes it to Astro as `base`, and the addresses here carry it, so links, previews, QR codes and
 * messages agree wherever the site is served.
 *
 * Two kinds of address: a *site path* is how content and code name a page, from the site's own root
 * (`/guides/safety/`, as editors write links and redirects); an *href* is the site path under the
 * base (`/kat/guides/safety/`), what a browser is sent to. The exported page addresses are hrefs.
 */
import type { PaperSize } from '../schemas/names';

/** The path of the site's address, starting and ending with `/`: https://example.org/kat → /kat/. */
export function basePath(siteUrl: string): string {
  const { pathname } = new URL(siteUrl);
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** A base as Astro gives it (`/kat`, `/kat/` or `/`), always ending with `/`. */
export function normalBase(base: string): string {
  const leading = base.startsWith('/') ? base : `/${base}`;
  return leading.endsWith('/') ? leading : `${leading}/`;
}

/** A site path under `base`: ('/kat/', '/guides/safety/') → '/kat/guides/safety/'. Others are kept. */
export function withBase(base: string, sitePath: string): string {
  if (!sitePath.startsWith('/') || sitePath.startsWith('//')) return sitePath;
  return `${normalBase(base)}${sitePath.slice(1)}`;
}

/** The site path of an href under `base`, or undefined when the href is outside it. */
export function sitePathOf(base: string, href: string): string | undefined {
  const prefix = normalBase(base);
  if (href === prefix.slice(0, -1)) return '/';
  return href.startsWith(prefix) ? `/${href.slice(prefix.length)}` : undefined;
}

/** The full address of a site path: ('https://example.org/kat/', '/plan/') → https://example.org/kat/plan/. */
export function absoluteUrl(siteUrl: string, sitePath: string): string {
  return new URL(withBase(basePath(siteUrl), sitePath), siteUrl).href;
}

/**
 * The base of this build: Astro's `base` (from `siteUrl`, in astro.config.mjs) in pages and browser
 * code; `/` where no bundler sets it (unit tests, Node scripts), which is a site at its own root.
 */
export const BASE = /* @__PURE__ */ normalBase(
  (import.meta.env as Partial<ImportMetaEnv> | undefined)?.BASE_URL ?? '/',
);

// The `@__PURE__` marks let the bundler drop addresses a browser script does not use, so a script that
// imports one id from constants.ts never carries (or shares a chunk for) every page address.

/** A site path under this build's base. */
export const href = (sitePath: string): string => withBase(BASE, sitePath);

/** The home page. */
export const HOME_PATH = /* @__PURE__ */ href('/');

/** The list of every guide, grouped by phase. */
export const GUIDES_PATH = /* @__PURE__ */ href('/guides/');

/** A guide page: /guides/<file name>/. */
export function guidePath(id: string): string {
  return href(`/guides/${id}/`);
}

/** The full "Getting help" page. */
export const GET_HELP_PATH = /* @__PURE__ */ href('/get-help/');

/** The search page: `/search/?q=…` runs a search; without JavaScript it lists every topic A to Z. */
export const SEARCH_PATH = /* @__PURE__ */ href('/search/');

/** The preparation checklist. */
export const CHECKLIST_PATH = /* @__PURE__ */ href('/checklist/');

/** The personal session plan. */
export const PLAN_PATH = /* @__PURE__ */ href('/plan/');

/** The page for clinicians: every address, handout and ready-to-send message. */
export const CLINICIANS_PATH = /* @__PURE__ */ href('/for-clinicians/');

/** The list of handouts. */
export const HANDOUTS_PATH = /* @__PURE__ */ href('/handouts/');

/** A handout's page: /handouts/<id>/. */
export function handoutPath(id: string): string {
  return `${HANDOUTS_PATH}${id}/`;
}

/** A handout's PDF for one paper size: /handouts/pdf/<id>-letter.pdf. */
export function handoutPdfPath(id: string, paper: PaperSize): string {
  return `${HANDOUTS_PATH}pdf/${id}-${paper}.pdf`;
}

/**
 * A handout's QR code as an image file, /handouts/qr/<id>.svg, for pages that show many codes on
 * screen (the clinicians' page): as files they load after the page's first round trip, where inline
 * they cost the page about 300 bytes each.
 */
export function handoutQrPath(id: string): string {
  return `${HANDOUTS_PATH}qr/${id}.svg`;
}

/** The site's icon, drawn from the clinic's logo at build (src/integrations/clinic-identity.ts). */
export const ICON_PATH = /* @__PURE__ */ href('/favicon.svg');

/** The home-screen icon for phones, when the clinic has a logo. */
export const TOUCH_ICON_PATH = /* @__PURE__ */ href('/apple-touch-icon.png');

/** The clinic's logo as one symbol, which the header and handouts show with `<use>` (src/lib/logo.ts). */
export const MARK_PATH = /* @__PURE__ */ href('/mark.svg');

/** The sitemap index that @astrojs/sitemap writes. */
export const SITEMAP_PATH = /* @__PURE__ */ href('/sitemap-index.xml');

/** Pagefind's search code, written into the build output after the pages. */
export const PAGEFIND_PATH = /* @__PURE__ */ href('/pagefind/pagefind.js');

/** A language's file of the words search and Copy link say (src/lib/script-words.ts): /ui/<lang>.json. */
export function scriptWordsPath(lang: string): string {
  return href(`/ui/${lang}.json`);
}
