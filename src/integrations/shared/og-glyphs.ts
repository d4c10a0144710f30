/**
 * Draws a title from glyphs drawn once: each glyph's coverage (how much of each pixel its outline
 * covers, 0–255) is drawn by resvg once per worker for each position within a pixel it is met at,
 * and a title is then only these coverages added up and the ink blended over the page, instead of
 * laying out and drawing the whole title each time (./og-draw-worker.ts).
 *
 * A glyph's position within its pixel is kept to a tenth of a pixel, as finely as satori writes
 * its paths, so a glyph lands where satori and resvg would draw it.
 *
 * The preview-image worker imports this file as Node runs it (types stripped), so it imports only
 * ./png.ts.
 */
import { indexOfColour, type Indexed } from './png.ts';

/** How many positions within a pixel a glyph is drawn at, each way. */
export const STEPS = 10;

/** Where a glyph whose origin is at (x, y) is drawn: the pixel, and the tenths within it. */
export function snap(x: number, y: number): { x: number; y: number; dx: number; dy: number } {
  const split = (value: number) => {
    const steps = Math.round(value * STEPS);
    const whole = Math.floor(steps / STEPS);
    return [whole, steps - whole * STEPS] as const;
  };
  const [px, dx] = split(x);
  const [py, dy] = split(y);
  return { x: px, y: py, dx, dy };
}

/** A glyph's coverage, `width` × `height` bytes, with its top left corner at (left, top) of the picture. */
export interface Stamp {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

/** The rows the stamps reach within a picture `height` rows high; undefined for none. */
export function rowsOf(stamps: readonly Stamp[], height: number): { top: number; bottom: number } | undefined {
  let top = Infinity;
  let bottom = -Infinity;
  for (const stamp of stamps) {
    top = Math.min(top, stamp.top);
    bottom = Math.max(bottom, stamp.top + stamp.height);
  }
  top = Math.max(0, top);
  bottom = Math.min(height, bottom);
  return top < bottom ? { top, bottom } : undefined;
}

/**
 * The running sums of coverage, and each colour's index by (its index under the ink << 8) | share:
 * kept between pictures, all zero and -1 between calls, as new arrays for each picture kept the
 * collector busy.
 */
let sums = new Uint16Array(0);
const blended = new Int16Array(256 * 256).fill(-1);

/**
 * Paints the stamps in `ink` (red, green, blue) over `band`, whole rows of an indexed picture from
 * the picture's row `top` on. Coverages that meet add up (as within one outline), and each pixel
 * becomes the ink over its colour by that share, rounded. False when that takes more than 256 colours.
 */
export function paintStamps(
  band: Indexed,
  top: number,
  stamps: readonly Stamp[],
  ink: readonly [number, number, number],
): boolean {
  const { width, height, rows, plte } = band;
  if (sums.length < width * height) sums = new Uint16Array(width * height);
  const total = sums;
  const lookup = blended;
  // Each stamp as the part of it inside the band: its first row and column, and how many.
  const parts = stamps.map((stamp) => {
    const column = Math.max(0, -stamp.left);
    const row = Math.max(0, top - stamp.top);
    return {
      stamp,
      column,
      row,
      columns: Math.min(stamp.width, width - stamp.left) - column,
      rows: Math.min(stamp.height, top + height - stamp.top) - row,
    };
  });
  for (const { stamp, column, row, columns, rows: count } of parts) {
    for (let y = row; y < row + count; y += 1) {
      let at = (stamp.top + y - top) * width + stamp.left + column;
      let from = y * stamp.width + column;
      for (let x = 0; x < columns; x += 1, at += 1, from += 1)
        total[at] = (total[at] ?? 0) + (stamp.coverage[from] ?? 0);
    }
  }
  // Each pixel painted once, where a stamp first reaches it; its sum goes back to 0 at once.
  const keys: number[] = [];
  const [red, green, blue] = ink;
  let painted = true;
  for (const { stamp, column, row, columns, rows: count } of parts) {
    for (let y = row; y < row + count; y += 1) {
      const line = stamp.top + y - top;
      let at = line * width + stamp.left + column;
      let out = line * (width + 1) + 1 + stamp.left + column;
      for (let x = 0; x < columns; x += 1, at += 1, out += 1) {
        const sum = total[at] ?? 0;
        if (sum === 0) continue;
        total[at] = 0;
        if (!painted) continue;
        const share = Math.min(255, sum);
        const under = rows[out] ?? 0;
        const key = (under << 8) | share;
        let index = lookup[key] ?? -1;
        if (index < 0) {
          const rest = 255 - share;
          const mix = (ink: number, at: number) => Math.round((ink * share + (plte[under * 3 + at] ?? 0) * rest) / 255);
          const found = indexOfColour(band, mix(red, 0), mix(green, 1), mix(blue, 2));
          if (found === undefined) painted = false;
          index = found ?? 0;
          lookup[key] = index;
          keys.push(key);
        }
        rows[out] = index;
      }
    }
  }
  for (const key of keys) lookup[key] = -1;
  return painted;
}

/** '#rrggbb' as red, green, blue; undefined for any other way of writing a colour. */
export function rgbOf(colour: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  return hex ? [parseInt(hex[1] ?? '', 16), parseInt(hex[2] ?? '', 16), parseInt(hex[3] ?? '', 16)] : undefined;
}
