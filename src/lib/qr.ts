/**
 * QR codes as inline SVG, made at build time: no script and no request when a page is read, and
 * sharp at any print size. Error correction "M" (the default) still scans with a crease or a coffee
 * ring, so paper uses it; a code only ever shown on a screen can use "L", a smaller code in fewer bytes.
 */
import QRCode from 'qrcode';

export interface QrOptions {
  /** Read out by screen readers in place of the picture. */
  label: string;
  /** "M" for paper (the default); "L" for a code that is only shown on screen. */
  errorCorrection?: 'L' | 'M';
}

/** A standalone SVG file whose QR code holds `text`, black on white (for an <img>, which gives the label as alt). */
export async function qrSvgFile(text: string, { errorCorrection = 'M' }: Pick<QrOptions, 'errorCorrection'> = {}) {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: errorCorrection,
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg.replace(/<\?xml[^>]*>\s*/, '').trim();
}

/** An inline <svg> whose QR code holds `text`, labelled for screen readers, black on white. */
export async function qrSvg(text: string, { label, errorCorrection = 'M' }: QrOptions): Promise<string> {
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return (await qrSvgFile(text, { errorCorrection })).replace(
    '<svg ',
    `<svg role="img" aria-label="${escaped}" class="qr-code" `,
  );
}
