/** Reads back the preview-image worker's PNGs in the unit tests (tests/unit/og-band.test.ts, og-glyphs.test.ts). */
import { inflateSync } from 'node:zlib';
import { expect } from 'vitest';

/** The RGBA pixels of an 8-bit indexed PNG with unfiltered rows (what the worker writes). */
export function indexedPixels(png: Uint8Array): Buffer {
  const file = Buffer.from(png);
  let palette = Buffer.alloc(0);
  const data: Buffer[] = [];
  let width = 0;
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('latin1', at + 4, at + 8);
    const body = file.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      expect(body[9], 'indexed colour').toBe(3);
    }
    if (type === 'PLTE') palette = body;
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(data));
  const height = rows.length / (width + 1);
  const rgba = Buffer.alloc(width * height * 4, 255);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const index = rows[y * (width + 1) + 1 + x] ?? 0;
      palette.copy(rgba, (y * width + x) * 4, index * 3, index * 3 + 3);
    }
  return rgba;
}
