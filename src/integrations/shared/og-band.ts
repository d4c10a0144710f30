/**
 * The preview images of a site differ only in their titles: the background, the bar, the site's
 * name and its address are the same in all of them. So a worker draws that shared picture once
 * (the "base", the same picture with no title) and, for each picture, only the rows its title can
 * reach, which is about a third of the picture: less to fill, copy and encode.
 *
 * These functions decide, from satori's SVG of the picture and of its base, which rows those are,
 * and only when that is certain: the two SVGs must differ in one stretch of tags only, the base's
 * stretch must draw nothing, and the picture's only paths of absolute points (M, L, Q, C, Z, as
 * satori writes glyphs), which a curve never leaves (it stays inside its control points). Anything
 * else gives undefined, and the whole picture is drawn.
 *
 * The preview-image worker (./og-draw-worker.ts) imports this file as Node runs it (types
 * stripped), so it imports nothing.
 */

/** Rows `top` (included) to `bottom` (excluded). */
export interface Rows {
  top: number;
  bottom: number;
}

const TAG = /<[^>]*>/g;

/** The SVG as its tags, or undefined when there is anything between them (satori writes none). */
function tags(svg: string): string[] | undefined {
  const list = svg.match(TAG) ?? [];
  return list.join('') === svg ? list : undefined;
}

/** Tags that define a mask (not drawn by themselves). */
const MASK_TAG = /^<(\/?mask\b|rect\b[^>]*\/>$)/;
/** A drawn glyph run: a filled path of absolute commands only. */
const PATH_TAG = /^<path fill="[^"]*" d="([MLQCZ0-9.\s,-]*)"\/>$/;
const GROUP_TAG = /^<\/?g>$/;

/** How many mask elements are open after these tags. */
function maskDepth(tags: readonly string[]): number {
  let depth = 0;
  for (const tag of tags) {
    if (tag.startsWith('<mask')) depth += 1;
    else if (tag.startsWith('</mask')) depth -= 1;
  }
  return depth;
}

/** Whether a stretch of tags, starting `depth` masks deep, only defines masks (rects inside mask elements). */
function onlyMasks(stretch: readonly string[], depth: number): boolean {
  for (const tag of stretch) {
    if (!MASK_TAG.test(tag)) return false;
    if (tag.startsWith('<mask')) depth += 1;
    else if (tag.startsWith('</mask')) depth -= 1;
    else if (depth === 0) return false;
    if (depth < 0) return false;
  }
  return true;
}

/**
 * The rows in which `svg` can differ from `base` (both satori SVGs `height` rows high), widened by
 * a row each way for anti-aliasing; undefined when that cannot be told for certain.
 */
export function changedRows(svg: string, base: string, height: number): Rows | undefined {
  const mine = tags(svg);
  const theirs = tags(base);
  if (!mine || !theirs) return undefined;
  let start = 0;
  while (start < mine.length && start < theirs.length && mine[start] === theirs[start]) start += 1;
  let end = 0;
  while (end < mine.length - start && end < theirs.length - start && mine.at(-1 - end) === theirs.at(-1 - end))
    end += 1;
  const baseStretch = theirs.slice(start, theirs.length - end);
  const stretch = mine.slice(start, mine.length - end);
  // The stretch may begin inside a mask the two share.
  const shared = maskDepth(mine.slice(0, start));
  if (!onlyMasks(baseStretch, shared)) return undefined;
  let top = Infinity;
  let bottom = -Infinity;
  let depth = shared;
  for (const tag of stretch) {
    if (tag.startsWith('<mask')) depth += 1;
    else if (tag.startsWith('</mask')) depth -= 1;
    if (MASK_TAG.test(tag) || GROUP_TAG.test(tag)) {
      if (depth < 0 || (depth === 0 && tag.startsWith('<rect'))) return undefined;
      continue;
    }
    const path = PATH_TAG.exec(tag);
    if (!path || depth !== 0) return undefined;
    // Every command's numbers come in (x, y) pairs: the odd ones are the rows.
    const numbers = (path[1] ?? '').match(/-?[\d.]+/g) ?? [];
    if (numbers.length % 2 !== 0) return undefined;
    for (let index = 1; index < numbers.length; index += 2) {
      const y = Number(numbers[index]);
      if (!Number.isFinite(y)) return undefined;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  // Nothing drawn (an empty title): one row is enough.
  if (top > bottom) return { top: 0, bottom: 1 };
  return { top: Math.max(0, Math.floor(top) - 1), bottom: Math.min(height, Math.ceil(bottom) + 1) };
}

/** The same SVG, showing only the given rows (at the same scale), or undefined if its root is not satori's. */
export function cropRows(svg: string, rows: Rows): string | undefined {
  const root = /^<svg width="(\d+)" height="(\d+)" viewBox="0 0 \1 \2"/.exec(svg);
  if (!root || rows.bottom <= rows.top) return undefined;
  const width = root[1] ?? '';
  const height = rows.bottom - rows.top;
  return `<svg width="${width}" height="${height}" viewBox="0 ${rows.top} ${width} ${height}"${svg.slice(root[0].length)}`;
}
