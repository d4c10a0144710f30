/**
 * Lays out one line of a preview image's title glyph by glyph, exactly as satori does, so that the
 * worker (./og-draw-worker.ts) can draw a title without satori and resvg (./og-glyphs.ts).
 *
 * Satori's way, for a line it does not wrap: the line is cut at its break opportunities (the
 * linebreak package) and each piece is measured as shaped alone by HarfBuzz; within a piece, the
 * words (Intl.Segmenter) are measured alone the same way; glyphs are drawn by runs that end at a
 * space, each run shaped as a whole from its first word's place. The shaper and the outlines are
 * the packages satori itself depends on (harfbuzzjs, @shuding/opentype.js, linebreak), resolved
 * through satori, so they are the versions satori's own release asks for.
 *
 * Anything this cannot do for certain gives undefined, and the caller draws the whole picture the
 * usual way: a character outside Latin text, one the font lacks, a line satori would wrap.
 *
 * The preview-image worker imports this file as Node runs it (types stripped), so it imports only
 * packages and Node's own modules.
 */
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';

const fromSatori = createRequire(createRequire(import.meta.url).resolve('satori'));

interface HbGlyph {
  g: number;
  cl: number;
  ax: number;
  dx: number;
  dy: number;
}
interface HbBuffer {
  addText(text: string): void;
  guessSegmentProperties(): void;
  json(): HbGlyph[];
  destroy(): void;
}
interface HarfBuzz {
  createBlob(data: Uint8Array): { destroy(): void };
  createFace(blob: unknown, index: number): { destroy(): void };
  createFont(face: unknown): { setScale(x: number, y: number): void };
  createBuffer(): HbBuffer;
  shape(font: unknown, buffer: HbBuffer): void;
}
/** An outline command in font units, as opentype.js gives it. */
interface Command {
  type: 'M' | 'L' | 'Q' | 'C' | 'Z';
  x?: number;
  y?: number;
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
}
interface OtGlyph {
  path: { commands: Command[]; unitsPerEm?: number };
  xMin?: number;
  xMax?: number;
  yMin?: number;
  yMax?: number;
}
interface OtFont {
  unitsPerEm: number;
  glyphs: { get(id: number): OtGlyph | undefined };
}
type LineBreakerClass = new (text: string) => { nextBreak(): { position: number; required: boolean } | null };

/** A font ready to shape and draw. */
export interface Face {
  unitsPerEm: number;
  /** Advances of each glyph of `text` shaped alone (HarfBuzz's defaults, as satori shapes). */
  shape(text: string): HbGlyph[];
  glyph(id: number): OtGlyph | undefined;
}

/** A WOFF 1 font as the plain OpenType font inside (each table inflated as its header says). */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) return woff; // not 'wOFF': already OpenType
  const count = view.getUint16(12);
  const tables = Array.from({ length: count }, (_, index) => {
    const at = 44 + index * 20;
    const [tag = 0, offset = 0, compressed = 0, length = 0, checksum = 0] = [0, 4, 8, 12, 16].map((step) =>
      view.getUint32(at + step),
    );
    const raw = woff.subarray(offset, offset + compressed);
    return { tag, checksum, data: compressed < length ? inflateSync(raw) : raw };
  });
  const pad = (size: number) => (size + 3) & ~3;
  let size = 12 + 16 * count;
  for (const table of tables) size += pad(table.data.length);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  outView.setUint32(0, view.getUint32(4)); // the flavour
  outView.setUint16(4, count);
  const power = 2 ** Math.floor(Math.log2(count));
  outView.setUint16(6, power * 16);
  outView.setUint16(8, Math.log2(power));
  outView.setUint16(10, count * 16 - power * 16);
  let offset = 12 + 16 * count;
  tables.forEach((table, index) => {
    const at = 12 + index * 16;
    outView.setUint32(at, table.tag);
    outView.setUint32(at + 4, table.checksum);
    outView.setUint32(at + 8, offset);
    outView.setUint32(at + 12, table.data.length);
    out.set(table.data, offset);
    offset += pad(table.data.length);
  });
  return out;
}

export async function loadFace(data: Uint8Array): Promise<Face> {
  const sfnt = woffToSfnt(data);
  const hb = (await (fromSatori('harfbuzzjs') as Promise<HarfBuzz>)) satisfies HarfBuzz;
  const opentype = fromSatori('@shuding/opentype.js') as { parse(buffer: ArrayBuffer): OtFont };
  const font = opentype.parse(Uint8Array.from(sfnt).buffer);
  const blob = hb.createBlob(sfnt);
  const face = hb.createFace(blob, 0);
  const hbFont = hb.createFont(face);
  hbFont.setScale(font.unitsPerEm, font.unitsPerEm);
  const shaped = new Map<string, HbGlyph[]>();
  return {
    unitsPerEm: font.unitsPerEm,
    shape(text) {
      let glyphs = shaped.get(text);
      if (!glyphs) {
        const buffer = hb.createBuffer();
        try {
          buffer.addText(text);
          buffer.guessSegmentProperties();
          hb.shape(hbFont, buffer);
          glyphs = buffer.json();
        } finally {
          buffer.destroy();
        }
        shaped.set(text, glyphs);
      }
      return glyphs;
    },
    glyph: (id) => font.glyphs.get(id),
  };
}

/** A glyph of a line, at its origin on the baseline (x from the line's start, in px). */
export interface Placed {
  id: number;
  x: number;
  y: number;
}

/**
 * Only left-to-right text of Latin letters and common punctuation: HarfBuzz shapes it one glyph a
 * character, and satori needs no fallback font, no bidi and no emoji for it. Not the soft hyphen,
 * which satori hides.
 */
const PLAIN = /^[\u0020-\u007e\u00a1-\u00ac\u00ae-\u024f\u2010-\u2027\u2030-\u205e]*$/u;

let breaker: LineBreakerClass | undefined;
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * The glyphs of `text` on one line `fontSize` px high, as satori places them in a box `width` px
 * wide; undefined when satori would not draw it as one line of this font or this cannot tell.
 */
export function layoutLine(face: Face, text: string, fontSize: number, width: number): Placed[] | undefined {
  if (!PLAIN.test(text) || text !== text.trim() || /\s\s|[^\S ]/.test(text)) return undefined;
  breaker ??= fromSatori('linebreak') as LineBreakerClass;
  const scale = fontSize / face.unitsPerEm;
  const measure = (piece: string) => face.shape(piece).reduce((sum, glyph) => sum + glyph.ax, 0) * scale;
  // Where each word starts: pieces between break opportunities, then words within them.
  const starts: { word: string; x: number }[] = [];
  const lines = new breaker(text);
  let x = 0;
  let last = 0;
  let trailing = 0;
  for (let found = lines.nextBreak(); found; found = lines.nextBreak()) {
    const piece = text.slice(last, found.position);
    last = found.position;
    if (found.required && found.position < text.length) return undefined;
    let inner = x;
    for (const { segment } of words.segment(piece)) {
      starts.push({ word: segment, x: inner });
      inner += measure(segment);
    }
    const pieceWidth = measure(piece);
    x += pieceWidth;
    trailing = pieceWidth - measure(piece.trimEnd());
  }
  // Satori wraps a line wider than its box (trailing spaces aside); keep clear of the edge.
  if (x - trailing > width - 0.5) return undefined;
  const placed: Placed[] = [];
  let run = '';
  let runX = 0;
  starts.forEach(({ word, x: at }, index) => {
    if (run === '') runX = at;
    run += word;
    if (word !== ' ' && index < starts.length - 1) return;
    let cursor = runX;
    for (const glyph of face.shape(run)) {
      placed.push({ id: glyph.g, x: cursor + glyph.dx * scale, y: -glyph.dy * scale });
      cursor += glyph.ax * scale;
    }
    run = '';
  });
  // Glyph 0 is the font's "missing glyph": satori would look for another font.
  return placed.some((glyph) => glyph.id === 0) ? undefined : placed;
}

/** Rounds to 0.1 px, half away from zero, as satori writes its paths. */
const round = (value: number) => (value < 0 ? -Math.round(-value * 10) : Math.round(value * 10)) / 10;

/** A glyph's SVG path data at (x, y) on the baseline, `fontSize` px high, as satori writes it. */
export function glyphPath(face: Face, id: number, x: number, y: number, fontSize: number): string {
  const glyph = face.glyph(id);
  if (!glyph) return '';
  const scale = fontSize / (glyph.path.unitsPerEm || face.unitsPerEm);
  const px = (value = 0) => round(x + value * scale);
  const py = (value = 0) => round(y - value * scale);
  let data = '';
  for (const command of glyph.path.commands) {
    if (command.type === 'M' || command.type === 'L') data += `${command.type}${px(command.x)} ${py(command.y)}`;
    else if (command.type === 'Q') data += `Q${px(command.x1)} ${py(command.y1)} ${px(command.x)} ${py(command.y)}`;
    else if (command.type === 'C')
      data += `C${px(command.x1)} ${py(command.y1)} ${px(command.x2)} ${py(command.y2)} ${px(command.x)} ${py(command.y)}`;
    else data += 'Z';
  }
  return data;
}

/** The points of a glyph in font units, in the order glyphPath writes them. */
export function glyphPoints(face: Face, id: number): [number, number][] {
  const points: [number, number][] = [];
  for (const command of face.glyph(id)?.path.commands ?? []) {
    if (command.type === 'Q') points.push([command.x1 ?? 0, command.y1 ?? 0]);
    if (command.type === 'C') points.push([command.x1 ?? 0, command.y1 ?? 0], [command.x2 ?? 0, command.y2 ?? 0]);
    if (command.type !== 'Z') points.push([command.x ?? 0, command.y ?? 0]);
  }
  return points;
}

/**
 * Where a glyph drawn by satori has its origin, from the numbers of its path (as glyphPath writes
 * them) and its points: the middle of the range every rounded number allows; undefined when they
 * do not agree (not this glyph).
 */
export function originOf(
  numbers: number[],
  points: [number, number][],
  scale: number,
): { x: number; y: number } | undefined {
  if (numbers.length !== points.length * 2) return undefined;
  let [xLow, xHigh, yLow, yHigh] = [-Infinity, Infinity, -Infinity, Infinity];
  points.forEach(([px, py], index) => {
    const x = (numbers[index * 2] ?? NaN) - px * scale;
    const y = (numbers[index * 2 + 1] ?? NaN) + py * scale;
    [xLow, xHigh] = [Math.max(xLow, x - 0.05), Math.min(xHigh, x + 0.05)];
    [yLow, yHigh] = [Math.max(yLow, y - 0.05), Math.min(yHigh, y + 0.05)];
  });
  if (!(xLow <= xHigh + 1e-6 && yLow <= yHigh + 1e-6)) return undefined;
  return { x: (xLow + xHigh) / 2, y: (yLow + yHigh) / 2 };
}
