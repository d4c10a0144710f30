/**
 * A lossless PNG writer for pictures of few colours, such as the preview images: flat colours and
 * anti-aliased text come to well under 256 colours, so each pixel is stored as one palette index
 * instead of four bytes. That is about 3× quicker to encode than resvg's own truecolour PNG and
 * half the size, with the very same pixels. A picture with more colours, or any transparency,
 * gives undefined, and the caller keeps resvg's PNG.
 *
 * The preview-image worker (./og-draw-worker.ts) imports this file as Node runs it (types
 * stripped), so it imports only Node's own modules.
 */
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10);
/** Colour type 3: each pixel is an index into the PLTE chunk. */
const INDEXED = 3;

/** An indexed picture being built: its rows of palette indices and its palette. */
export interface Indexed {
  width: number;
  height: number;
  /** Each row is its filter byte (0: none, the best filter for indexed pictures), then one index a pixel. */
  rows: Buffer;
  /** Each colour (as the 32-bit word of its RGBA bytes) and its index. */
  palette: Map<number, number>;
  /** The palette as it is written: red, green, blue of each colour, in order of index. */
  plte: number[];
}

export function emptyIndexed(width: number, height: number): Indexed {
  return { width, height, rows: Buffer.alloc((width + 1) * height), palette: new Map(), plte: [] };
}

/**
 * Adds a colour, keyed by its opaque RGBA bytes read as one 32-bit word, to the picture's palette;
 * its index, or undefined when the palette is full.
 */
function addColour(picture: Indexed, key: number, red: number, green: number, blue: number): number | undefined {
  if (picture.palette.size === 256) return undefined;
  const index = picture.palette.size;
  picture.palette.set(key, index);
  picture.plte.push(red, green, blue);
  return index;
}

/**
 * Puts `rgba` (whole rows of the picture's width, 4 bytes a pixel, as resvg gives them) into the
 * picture from row `top` on. False when that takes more than 256 colours or a pixel is not
 * opaque (resvg's pixels are premultiplied, so only opaque ones can be copied as they are).
 */
export function indexRows(picture: Indexed, rgba: Uint8Array, top: number): boolean {
  const { width, rows, palette } = picture;
  const height = rgba.length / 4 / width;
  if (!Number.isInteger(height) || top < 0 || top + height > picture.height) {
    throw new Error(`indexRows: ${rgba.length} bytes from row ${top} do not fit ${width} × ${picture.height}`);
  }
  // Each pixel as one 32-bit word, only to tell colours apart (so the byte order does not matter).
  const words =
    rgba.byteOffset % 4 === 0
      ? new Uint32Array(rgba.buffer, rgba.byteOffset, width * height)
      : new Uint32Array(Uint8Array.from(rgba).buffer);
  // Neighbouring pixels mostly share a colour: remembering the last one skips most lookups.
  let last = -1;
  let lastIndex = 0;
  let pixel = 0;
  let out = top * (width + 1);
  for (let y = 0; y < height; y += 1) {
    rows[out] = 0;
    out += 1;
    for (let x = 0; x < width; x += 1, pixel += 1, out += 1) {
      const word = words[pixel] ?? 0;
      if (word !== last) {
        let index = palette.get(word);
        if (index === undefined) {
          const at = pixel * 4;
          if (rgba[at + 3] !== 255) return false;
          index = addColour(picture, word, rgba[at] ?? 0, rgba[at + 1] ?? 0, rgba[at + 2] ?? 0);
          if (index === undefined) return false;
        }
        last = word;
        lastIndex = index;
      }
      rows[out] = lastIndex;
    }
  }
  return true;
}

/** Adler-32's modulus. */
const ADLER_BASE = 65521;
/** Deflate with a 32 KB window and no preset dictionary (0x7801 is a multiple of 31, as zlib requires). */
const ZLIB_HEADER = Uint8Array.of(0x78, 0x01);

/** Adler-32, the checksum that ends a zlib stream, of `bytes`. */
export function adler32(bytes: Uint8Array): number {
  let [low, high] = [1, 0];
  // 5552 bytes is the most that can be summed before the sums must be reduced (zlib's NMAX).
  for (let start = 0; start < bytes.length; start += 5552) {
    const end = Math.min(bytes.length, start + 5552);
    for (let at = start; at < end; at += 1) {
      low += bytes[at] ?? 0;
      high += low;
    }
    low %= ADLER_BASE;
    high %= ADLER_BASE;
  }
  return ((high << 16) | low) >>> 0;
}

/** The Adler-32 of two runs of bytes one after the other, from each one's (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_BASE;
  const low = ((first & 0xffff) + (second & 0xffff) + ADLER_BASE - 1) % ADLER_BASE;
  const high =
    (((rem * (first & 0xffff)) % ADLER_BASE) + (first >>> 16) + (second >>> 16) + ADLER_BASE - rem) % ADLER_BASE;
  return ((high << 16) | low) >>> 0;
}

/** Some rows deflated on their own (ending on a byte, so that streams can follow), with their Adler-32. */
interface Deflated {
  data: Buffer;
  adler: number;
  length: number;
}

/** Run-length matching: see encodeIndexed. `last`: whether the stream ends here. */
function deflateRows(rows: Buffer, last: boolean): Deflated {
  const data = deflateRawSync(rows, {
    level: 6,
    strategy: constants.Z_RLE,
    finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
  });
  return { data, adler: adler32(rows), length: rows.length };
}

/** Each base's rows above and below a band, deflated once: by the band's first and last rows. */
const sides = new WeakMap<Indexed, { above: Map<number, Deflated>; below: Map<number, Deflated> }>();

/**
 * `base` with `rgba`'s rows put in from row `top` on, as an indexed PNG with the same pixels as
 * indexRows and encodeIndexed give (or undefined, as indexRows). The preview images differ only in a
 * band of rows, so only that band is indexed and compressed for each picture: the rows above and
 * below it are compressed once for every picture with the same band, and the zlib stream is put
 * together from the three. `base` must not change once used here.
 */
export function encodeOver(base: Indexed, rgba: Uint8Array, top: number): Buffer | undefined {
  const height = rgba.length / 4 / base.width;
  const band: Indexed = { ...emptyIndexed(base.width, height), palette: new Map(base.palette), plte: [...base.plte] };
  if (top + height > base.height || !indexRows(band, rgba, 0)) return undefined;
  return encodeBandOver(base, band, top);
}

/**
 * `base` with `band`'s rows in place of its own from row `top` on, as an indexed PNG, as encodeOver
 * gives: `band` is as wide as `base`, and its palette is base's with any new colours after it.
 */
export function encodeBandOver(base: Indexed, band: Indexed, top: number): Buffer {
  const stride = base.width + 1;
  const bottom = top + band.height;
  if (band.width !== base.width || bottom > base.height || band.plte.length < base.plte.length) {
    throw new Error(`encodeBandOver: a band of ${band.width} × ${band.height} at row ${top} does not fit`);
  }
  let known = sides.get(base);
  if (!known) sides.set(base, (known = { above: new Map(), below: new Map() }));
  let above = known.above.get(top);
  if (!above) known.above.set(top, (above = deflateRows(base.rows.subarray(0, top * stride), false)));
  let below = known.below.get(bottom);
  if (!below) known.below.set(bottom, (below = deflateRows(base.rows.subarray(bottom * stride), true)));
  const middle = deflateRows(band.rows, false);
  const adler = adler32Combine(adler32Combine(above.adler, middle.adler, middle.length), below.adler, below.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(adler);
  const stream = Buffer.concat([ZLIB_HEADER, above.data, middle.data, below.data, checksum]);
  return pngOf({ ...band, height: base.height }, stream);
}

/** The rows `top` to `bottom` of a picture, as a picture of their own with the same palette (a copy). */
export function rowsOfIndexed(picture: Indexed, top: number, bottom: number): Indexed {
  const stride = picture.width + 1;
  return {
    width: picture.width,
    height: bottom - top,
    rows: Buffer.from(picture.rows.subarray(top * stride, bottom * stride)),
    palette: new Map(picture.palette),
    plte: [...picture.plte],
  };
}

const word = new Uint32Array(1);
const wordBytes = new Uint8Array(word.buffer);

/**
 * The index of an opaque colour in the picture's palette, added if it is new (keyed as indexRows
 * keys it); undefined when the palette is full.
 */
export function indexOfColour(picture: Indexed, red: number, green: number, blue: number): number | undefined {
  wordBytes.set([red, green, blue, 255]);
  const key = word[0] ?? 0;
  return picture.palette.get(key) ?? addColour(picture, key, red, green, blue);
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  // The CRC covers the type and the data.
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The picture as an 8-bit indexed PNG file. */
export function encodeIndexed(picture: Indexed): Buffer {
  // Run-length matching: long runs of one index are what these pictures are made of, and it is
  // several times quicker than the default strategy for a file only a few KB larger.
  return pngOf(picture, deflateSync(picture.rows, { level: 6, strategy: constants.Z_RLE }));
}

/** An indexed PNG file of the picture's size and palette, and `data`, its rows as a zlib stream. */
function pngOf(picture: Pick<Indexed, 'width' | 'height' | 'plte'>, data: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(picture.width, 0);
  header.writeUInt32BE(picture.height, 4);
  header[8] = 8; // bits per index
  header[9] = INDEXED;
  // Bytes 10–12: deflate compression, adaptive filtering, no interlace (all 0).
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(picture.plte)),
    chunk('IDAT', data),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * `rgba`: width × height pixels, 4 bytes each (red, green, blue, alpha), as resvg gives them.
 * Returns an 8-bit indexed PNG of exactly those pixels, or undefined when the picture has more
 * than 256 colours or a pixel that is not opaque.
 */
export function indexedPng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  if (rgba.length !== width * height * 4) throw new Error(`indexedPng: ${rgba.length} bytes for ${width} × ${height}`);
  const picture = emptyIndexed(width, height);
  return indexRows(picture, rgba, 0) ? encodeIndexed(picture) : undefined;
}
