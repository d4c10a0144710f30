/**
 * Addresses and paper facts for printed handouts. Pure, so pages, the PDF step and tests agree on
 * every file name without sharing state.
 */
import type { PaperSize } from '../schemas/names';

// Handout addresses live in addresses.ts with every other page address.

/** How each paper size is named to people, and its size for Chromium's PDF printer. */
export const PAPER_INFO: Record<PaperSize, { label: string; format: 'Letter' | 'A4'; width: string; height: string }> =
  {
    letter: { label: 'US Letter', format: 'Letter', width: '8.5in', height: '11in' },
    a4: { label: 'A4', format: 'A4', width: '210mm', height: '297mm' },
  };

/** The most sides of paper a handout may take: one sheet, printed on both sides. */
export const MAX_SIDES = 2;

/**
 * The address as printed under a QR code: no scheme, no "www.", no trailing slash on the site root.
 * Short enough to type, and still a full address a browser opens.
 */
export function shortAddress(absolute: string): string {
  const url = new URL(absolute);
  const host = url.host.replace(/^www\./, '');
  const rest = `${url.pathname}${url.search}${url.hash}`;
  return rest === '/' ? host : `${host}${rest}`;
}

/**
 * A link's address as printed after it on paper (`data-print`, see print.css): the short address,
 * without the trailing slash of its path either ("988lifeline.org", "nhs.uk/mental-health"). A reader
 * types it; every browser adds the scheme and finds the page. Undefined for anything but an http(s)
 * address: the site's own links print with the site's address in front (print-site-address.ts).
 */
export function printedAddress(href: string): string | undefined {
  if (!/^https?:\/\//i.test(href)) return undefined;
  const short = shortAddress(href);
  return short.includes('?') || short.includes('#') ? short : short.replace(/\/+$/, '');
}

export type PdfMode = 'auto' | 'on' | 'off';

/** HANDOUT_PDFS: unset or "auto" (make them when Chromium is there), "on" (must make them), "off". */
export function pdfMode(value: string | undefined): PdfMode {
  if (value === undefined || value === '' || value === 'auto') return 'auto';
  if (value === 'on' || value === 'off') return value;
  throw new Error(`HANDOUT_PDFS: received "${value}", expected auto, on or off`);
}
