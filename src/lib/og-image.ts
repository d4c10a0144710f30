/**
 * Link-preview images: where each page's image lives and what it says. The picture itself is drawn
 * after the build (src/integrations/og-images.ts) from the page's own og:title, so every page, by
 * any helper or any future page, gets one without being listed anywhere.
 */

/** The size every large link preview expects (Open Graph and X/Twitter "summary_large_image"). */
export const OG_IMAGE = { width: 1200, height: 630 } as const;

/** Folder of the preview images in the build output. */
const OG_DIR = '/og/';

/** The image for a page's site path (without the base): / → /og/index.png, /guides/safety/ → /og/guides/safety.png. */
export function ogImagePath(pathname: string): string {
  const trimmed = pathname
    .replace(/index\.html$/, '')
    .replace(/\.html$/, '')
    .replace(/^\/+|\/+$/g, '');
  return `${OG_DIR}${trimmed === '' ? 'index' : trimmed}.png`;
}

/**
 * Alt text for the preview image: it shows the site's name and the page's title, nothing more.
 * `describe` words the two ("After your session, from Riverbend": `page.previewAlt` in content/ui).
 */
export function ogImageAlt(
  siteName: string,
  title: string,
  describe: (values: { title: string; site: string }) => string,
): string {
  return title === siteName ? siteName : describe({ title, site: siteName });
}

/**
 * Splits a title into at most `maxLines` lines of about `perLine` characters, breaking between
 * words; a longer title ends with an ellipsis. Satori wraps too, but a fixed split keeps the type
 * size predictable.
 */
export function wrapTitle(title: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length > perLine && current) {
      lines.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

export type PreviewMode = 'on' | 'off';

/** PREVIEW_IMAGES: unset or "on" (draw them), "off" (skip them for a quick local build). */
export function previewMode(value: string | undefined): PreviewMode {
  if (value === undefined || value === '' || value === 'on') return 'on';
  if (value === 'off') return value;
  throw new Error(`PREVIEW_IMAGES: received "${value}", expected on or off`);
}
