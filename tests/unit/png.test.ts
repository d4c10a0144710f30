/**
 * The indexed PNG writer of the preview images (src/integrations/shared/png.ts) must keep every
 * pixel: each file is read back here by a small independent decoder (chunks, CRCs, inflate,
 * palette) and compared with the pixels it was written from, resvg's own included.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
  adler32,
  adler32Combine,
  emptyIndexed,
  encodeOver,
  indexRows,
  indexedPng,
} from '../../src/integrations/shared/png';

interface Decoded {
  width: number;
  height: number;
  colourType: number;
  paletteSize: number;
  rgba: Buffer;
}

/** Reads an 8-bit indexed, non-interlaced PNG with unfiltered rows back into RGBA pixels. */
function decode(png: Buffer): Decoded {
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
  const [header, palette, data] = chunks.map((chunk) => chunk.data) as [Buffer, Buffer, Buffer];
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  expect([...header.subarray(8)], 'bit depth 8, compression, filter method, no interlace').toEqual([
    8,
    header[9],
    0,
    0,
    0,
  ]);
  const rows = inflateSync(data);
  expect(rows.length).toBe((width + 1) * height);
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    expect(rows[y * (width + 1)], `row ${y} filter`).toBe(0);
    for (let x = 0; x < width; x += 1) {
      const index = rows[y * (width + 1) + 1 + x] ?? 0;
      expect(index * 3).toBeLessThan(palette.length);
      palette.copy(rgba, (y * width + x) * 4, index * 3, index * 3 + 3);
      rgba[(y * width + x) * 4 + 3] = 255;
    }
  }
  return { width, height, colourType: header[9] ?? -1, paletteSize: palette.length / 3, rgba };
}

/** An opaque picture of `colours` different colours, each pixel one of them. */
function picture(width: number, height: number, colours: number): Buffer {
  const rgba = Buffer.alloc(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel += 1) {
    const colour = (pixel * 7) % colours;
    rgba.set([colour & 255, (colour * 3) & 255, colour >> 8, 255], pixel * 4);
  }
  return rgba;
}

describe('indexedPng', () => {
  it('writes a picture of up to 256 colours as an indexed PNG with the very same pixels', () => {
    for (const colours of [1, 2, 83, 256]) {
      const rgba = picture(37, 11, colours);
      const decoded = decode(indexedPng(rgba, 37, 11) ?? Buffer.alloc(0));
      expect(decoded).toMatchObject({ width: 37, height: 11, colourType: 3, paletteSize: colours });
      expect(decoded.rgba.equals(rgba)).toBe(true);
    }
  });

  it('reads pixels that do not start on a 4-byte boundary', () => {
    const rgba = picture(5, 3, 9);
    const shifted = Buffer.alloc(rgba.length + 1);
    rgba.copy(shifted, 1);
    const unaligned = shifted.subarray(1);
    expect(unaligned.byteOffset % 4).not.toBe(0);
    expect(decode(indexedPng(unaligned, 5, 3) ?? Buffer.alloc(0)).rgba.equals(rgba)).toBe(true);
  });

  it('gives nothing for more than 256 colours or a pixel that is not opaque, so resvg’s own PNG is kept', () => {
    expect(indexedPng(picture(40, 10, 257), 40, 10)).toBeUndefined();
    const seeThrough = picture(4, 4, 3);
    seeThrough[4 * 9 + 3] = 128;
    expect(indexedPng(seeThrough, 4, 4)).toBeUndefined();
  });

  it('refuses pixels that do not fill the size', () => {
    expect(() => indexedPng(Buffer.alloc(10), 2, 2)).toThrow(/10 bytes for 2 × 2/);
  });

  it('keeps every pixel resvg draws, anti-aliased edges included, in a smaller file than resvg’s', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="160">
      <rect width="300" height="160" fill="#fbfaf7"/><rect width="300" height="12" fill="#16596a"/>
      <circle cx="80" cy="90" r="41.3" fill="#1c2427"/><path d="M150 40 L290 150 L160 140 Z" fill="#47555a"/></svg>`;
    const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const png = indexedPng(image.pixels, image.width, image.height);
    expect(png).toBeDefined();
    const decoded = decode(png ?? Buffer.alloc(0));
    // Anti-aliasing gives the edges shades between the colours: more than the 4 colours drawn.
    expect(decoded.paletteSize).toBeGreaterThan(4);
    expect(decoded.rgba.equals(image.pixels)).toBe(true);
    expect(png?.length).toBeLessThan(image.asPng().length);
  });
});

describe('encodeOver', () => {
  /** `base`'s pixels with `band`'s rows put in from row `top` on. */
  const over = (base: Buffer, band: Buffer, top: number, width: number) => {
    const rgba = Buffer.from(base);
    band.copy(rgba, top * width * 4);
    return rgba;
  };

  it('writes the base with a band of rows put in, at any rows, leaving the base as it was', () => {
    const [width, height] = [9, 8];
    const base = emptyIndexed(width, height);
    const basePixels = picture(width, height, 5);
    expect(indexRows(base, basePixels, 0)).toBe(true);
    const rows = Buffer.from(base.rows);
    // Pictures in turn on the same base, with new colours: at the top, in the middle twice (the rows
    // around it compressed once), at the bottom, and the whole picture.
    for (const [top, height, colours] of [
      [0, 2, 40],
      [2, 3, 7],
      [2, 3, 9],
      [5, 3, 3],
      [0, 8, 6],
    ] as const) {
      const band = Buffer.from(
        picture(width, height, colours).map((byte, at) => (at % 4 === 3 ? byte : (byte + top * 17 + colours) & 255)),
      );
      const png = encodeOver(base, band, top);
      // The decoder inflates with zlib, which checks the stream's Adler-32.
      expect(decode(png ?? Buffer.alloc(0)).rgba.equals(over(basePixels, band, top, width))).toBe(true);
    }
    expect(base.rows.equals(rows)).toBe(true);
    expect(base.palette.size).toBe(5);
  });

  it('gives nothing for a band it cannot index or that runs past the base', () => {
    const base = emptyIndexed(4, 4);
    expect(indexRows(base, picture(4, 4, 3), 0)).toBe(true);
    const seeThrough = picture(4, 2, 9);
    seeThrough[4 * 5 + 3] = 128;
    expect(encodeOver(base, seeThrough, 1)).toBeUndefined();
    expect(encodeOver(base, picture(4, 2, 3), 3)).toBeUndefined();
  });
});

describe('adler32', () => {
  const bytes = Buffer.from(Array.from({ length: 20_000 }, (_, at) => (at * 31 + (at >> 7)) & 255));
  /** zlib's own: the last 4 bytes of its stream. */
  const zlibs = (data: Buffer) => deflateSync(data).readUInt32BE(deflateSync(data).length - 4);

  it('is zlib’s checksum, past the length at which its sums are reduced', () => {
    for (const length of [0, 1, 5552, 5553, 20_000])
      expect(adler32(bytes.subarray(0, length))).toBe(zlibs(bytes.subarray(0, length)));
  });

  it('combines the checksums of two runs into the checksum of both', () => {
    for (const split of [0, 1, 7000, 20_000]) {
      const [first, second] = [bytes.subarray(0, split), bytes.subarray(split)];
      expect(adler32Combine(adler32(first), adler32(second), second.length)).toBe(zlibs(bytes));
    }
  });
});
