/**
 * Preview images draw a title glyph by glyph over their base (src/integrations/shared/og-text.ts
 * lays it out, og-glyphs.ts paints it): the glyphs must land where satori puts them, the painting
 * must blend as the tests below say, and a picture so drawn by the worker pool must look like the
 * whole picture drawn by satori and resvg (only anti-aliasing may differ, by a tenth of a pixel).
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawPool, type TitleJob } from '../../src/integrations/shared/og-draw';
import { paintStamps, rgbOf, rowsOf, snap, type Stamp } from '../../src/integrations/shared/og-glyphs';
import {
  glyphPath,
  glyphPoints,
  layoutLine,
  loadFace,
  originOf,
  woffToSfnt,
  type Face,
} from '../../src/integrations/shared/og-text';
import { emptyIndexed, indexOfColour, indexRows } from '../../src/integrations/shared/png';
import { indexedPixels } from '../support/indexed-png';
import { ogFonts as fonts, smallPictureSetup as setup, smallPictureTree } from '../support/og-test-picture';

const bold = fonts[1]?.data ?? Buffer.alloc(0);

/** Lines of every kind a title has: accents, Spanish marks, quotes, hyphens, figures, an ellipsis. */
const LINES = [
  'Gyp',
  'After the appointment',
  '¿Qué pasa después?',
  '¡Bienvenida, niña!',
  '“Quoted” and ‘single’ too',
  "Don't drive: plan a ride",
  'Self-care, rest & rhythm',
  'Año, corazón — pingüino',
  'AVA WAVE Type To Yo',
  '50% (1/2) of it…',
  'Ñandú über façade',
];

describe('glyph positions', () => {
  let face: Face;
  beforeAll(async () => {
    face = await loadFace(bold);
  });

  it('reads a WOFF font as the OpenType font inside', () => {
    const sfnt = woffToSfnt(bold);
    const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
    expect(view.getUint32(0)).toBe(new DataView(bold.buffer, bold.byteOffset).getUint32(4));
    expect(view.getUint16(4)).toBe(new DataView(bold.buffer, bold.byteOffset).getUint16(12));
    expect(woffToSfnt(sfnt)).toBe(sfnt);
  });

  it.each(LINES)('%j: each glyph where satori draws it', async (line) => {
    const size = { width: 1200, height: 120 };
    const svg = await satori(
      {
        type: 'div',
        props: {
          style: { ...size, display: 'flex', padding: '0 31px', fontFamily: 'Atkinson Hyperlegible', fontSize: 61 },
          children: { type: 'div', props: { style: { fontWeight: 700 }, children: line } },
        },
      },
      { ...size, fonts },
    );
    const theirs = (/<path fill="[^"]*" d="([^"]*)"/.exec(svg)?.[1] ?? '').match(/-?[\d.]+/g)?.map(Number) ?? [];
    const placed = layoutLine(face, line, 61, 1200 - 62);
    expect(placed).toBeDefined();
    // The first glyph tells where satori put the line: its start and its baseline.
    const first = placed?.[0];
    const origin =
      first &&
      originOf(
        theirs.slice(0, glyphPoints(face, first.id).length * 2),
        glyphPoints(face, first.id),
        61 / face.unitsPerEm,
      );
    expect(origin).toBeDefined();
    const x = Math.round((origin?.x ?? 0) * 10) / 10;
    const y = Math.round((origin?.y ?? 0) * 10) / 10;
    const mine = (placed ?? []).map((glyph) => glyphPath(face, glyph.id, x + glyph.x, y + glyph.y, 61)).join('');
    const numbers = mine.match(/-?[\d.]+/g)?.map(Number) ?? [];
    expect(numbers).toHaveLength(theirs.length);
    // Satori rounds each point to a tenth of a pixel: the same place may round either way.
    const furthest = Math.max(...numbers.map((value, index) => Math.abs(value - (theirs[index] ?? NaN))));
    expect(furthest).toBeLessThanOrEqual(0.1 + 1e-9);
  });

  it('gives nothing for text it cannot lay out for certain', () => {
    expect(layoutLine(face, 'שלום', 61, 700)).toBeUndefined();
    expect(layoutLine(face, 'Calm 🙂', 61, 700)).toBeUndefined();
    expect(layoutLine(face, ' leading space', 61, 700)).toBeUndefined();
    expect(layoutLine(face, 'two  spaces', 61, 700)).toBeUndefined();
    expect(layoutLine(face, 'soft\u00adhyphen', 61, 700)).toBeUndefined();
    // Wider than the box: satori would wrap it.
    expect(layoutLine(face, 'Psychoneuroimmunological', 61, 300)).toBeUndefined();
    expect(layoutLine(face, 'Psychoneuroimmunological', 61, 2000)).toBeDefined();
  });

  it('finds a glyph’s origin from its rounded points, and refuses another glyph', () => {
    const [h] = face.shape('H');
    const [o] = face.shape('o');
    const scale = 61 / face.unitsPerEm;
    const numbers = (glyphPath(face, h?.g ?? 0, 40.3, 77.7, 61).match(/-?[\d.]+/g) ?? []).map(Number);
    const origin = originOf(numbers, glyphPoints(face, h?.g ?? 0), scale);
    expect(origin?.x).toBeCloseTo(40.3, 1);
    expect(origin?.y).toBeCloseTo(77.7, 1);
    expect(originOf(numbers, glyphPoints(face, o?.g ?? 0), scale)).toBeUndefined();
  });
});

describe('painting glyphs', () => {
  it('puts a glyph on the nearest tenth of a pixel', () => {
    expect(snap(10.04, 20.96)).toEqual({ x: 10, y: 21, dx: 0, dy: 0 });
    expect(snap(10.26, -0.25)).toEqual({ x: 10, y: -1, dx: 3, dy: 8 });
  });

  const stamp = (left: number, top: number, width: number, coverage: number[]): Stamp => ({
    left,
    top,
    width,
    height: coverage.length / width,
    coverage: Uint8Array.from(coverage),
  });

  it('tells the rows the stamps reach, within the picture', () => {
    expect(rowsOf([stamp(0, -2, 1, [1, 1, 1]), stamp(0, 4, 1, [1, 1])], 5)).toEqual({ top: 0, bottom: 5 });
    expect(rowsOf([], 5)).toBeUndefined();
  });

  /** A band of `width` × `height` pixels of one colour, as an indexed picture. */
  const band = (width: number, height: number, rgb: [number, number, number]) => {
    const picture = emptyIndexed(width, height);
    const pixels = new Uint8Array(width * height * 4);
    for (let at = 0; at < pixels.length; at += 4) pixels.set([...rgb, 255], at);
    indexRows(picture, pixels, 0);
    return picture;
  };
  const colourAt = (picture: ReturnType<typeof band>, x: number, y: number) => {
    const index = picture.rows[y * (picture.width + 1) + 1 + x] ?? 0;
    return picture.plte.slice(index * 3, index * 3 + 3);
  };

  it('blends the ink over the page by each pixel’s coverage, adding coverages that meet', () => {
    const picture = band(4, 2, [250, 250, 250]);
    // Two stamps meeting on the pixel (1, 0); one reaching past the right edge and the band's top.
    const painted = paintStamps(
      picture,
      10,
      [stamp(0, 10, 2, [255, 100]), stamp(1, 10, 1, [100]), stamp(3, 9, 2, [9, 9, 51, 9])],
      [0, 0, 0],
    );
    expect(painted).toBe(true);
    expect(colourAt(picture, 0, 0)).toEqual([0, 0, 0]);
    expect(colourAt(picture, 1, 0)).toEqual(Array(3).fill(Math.round((250 * 55) / 255)));
    expect(colourAt(picture, 2, 0)).toEqual([250, 250, 250]);
    expect(colourAt(picture, 3, 0)).toEqual(Array(3).fill(Math.round((250 * 204) / 255)));
    expect(colourAt(picture, 3, 1)).toEqual([250, 250, 250]);
    // Each blend is one palette entry, however many pixels use it.
    expect(picture.plte).toHaveLength(4 * 3);
  });

  it('refuses a title that takes more than 256 colours', () => {
    const picture = band(300, 1, [255, 255, 255]);
    for (let grey = 0; grey < 255; grey += 1) indexOfColour(picture, grey, grey, 0);
    expect(paintStamps(picture, 0, [stamp(0, 0, 3, [10, 20, 30])], [0, 0, 255])).toBe(false);
    // What it leaves behind does not reach the next picture.
    const next = band(3, 1, [255, 255, 255]);
    expect(paintStamps(next, 0, [stamp(0, 0, 1, [255])], [0, 0, 0])).toBe(true);
    expect(colourAt(next, 1, 0)).toEqual([255, 255, 255]);
  });

  it('reads only #rrggbb colours', () => {
    expect(rgbOf('#1c2427')).toEqual([28, 36, 39]);
    expect(rgbOf('black')).toBeUndefined();
  });
});

describe('a picture drawn glyph by glyph on its base', () => {
  const pool = drawPool(1, setup);
  afterAll(() => pool.close());
  const tree = (lines: readonly string[]) => smallPictureTree(lines, 32);
  const title = (lines: readonly string[]): TitleJob => ({
    lines: [...lines],
    probe: tree(lines.map(() => 'H')),
    fontSize: 32,
    weight: 700,
    colour: '#202020',
    width: 540,
  });

  const cases = [[LINES.slice(0, 1)], [LINES.slice(1, 3)], [LINES.slice(3, 6)], [LINES.slice(6, 9)], [LINES.slice(9)]];
  it.each(cases)('%j looks like the whole picture', async (lines) => {
    const svg = await satori(tree(lines) as Parameters<typeof satori>[0], { ...setup.size, fonts });
    const whole = new Resvg(svg, setup.resvg).render().pixels;
    const drawn = indexedPixels(await pool.draw(tree(lines), tree([]), undefined, title(lines)));
    expect(drawn).toHaveLength(whole.length);
    let differing = 0;
    let furthest = 0;
    for (let at = 0; at < whole.length; at += 4) {
      const apart = Math.max(
        ...[0, 1, 2].map((channel) => Math.abs((drawn[at + channel] ?? 0) - (whole[at + channel] ?? 0))),
      );
      if (apart > 0) differing += 1;
      furthest = Math.max(furthest, apart);
    }
    // A tenth of a pixel on an edge of one glyph; most pixels are exactly the same.
    expect(differing).toBeLessThan(whole.length / 4 / 100);
    expect(furthest).toBeLessThanOrEqual(96);
  });

  it('draws by glyphs (not the whole picture again), and a changed title changes the picture', async () => {
    const lines = LINES.slice(1, 3);
    const quick = await pool.draw(tree(lines), tree([]), undefined, title(lines));
    const slow = await pool.draw(tree(lines), tree([]));
    expect(Buffer.from(quick).equals(Buffer.from(slow))).toBe(false);
    const other = ['After the appointmenT', lines[1] ?? ''];
    const changed = await pool.draw(tree(other), tree([]), undefined, title(other));
    expect(indexedPixels(changed).equals(indexedPixels(quick))).toBe(false);
  });

  it('falls back to the whole picture for a line it cannot lay out', async () => {
    const lines = ['Calm 🙂 here'];
    const slow = await pool.draw(tree(lines), tree([]));
    const quick = await pool.draw(tree(lines), tree([]), undefined, title(lines));
    expect(Buffer.from(quick).equals(Buffer.from(slow))).toBe(true);
  });
});
