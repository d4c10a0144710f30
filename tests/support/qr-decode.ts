/** Reads a QR code drawn as SVG, the way a phone camera would: rasterise it, then decode the pixels. */
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';

export function decodeQrSvg(svg: string): string | undefined {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: 400 }, background: '#ffffff' }).render();
  const result = jsQR(new Uint8ClampedArray(image.pixels), image.width, image.height);
  return result?.data;
}
