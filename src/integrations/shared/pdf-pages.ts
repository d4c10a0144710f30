/**
 * Counts the pages of a PDF made by Chromium, without a PDF library: each page is one object of
 * `/Type /Page` (the page tree itself is `/Type /Pages`). Chromium writes these dictionaries
 * uncompressed, so counting them is exact for its output.
 */
export function countPdfPages(pdf: Buffer | Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('countPdfPages: received something that is not a PDF');
  return [...text.matchAll(/\/Type\s*\/Page(?![a-zA-Z])/g)].length;
}
