/**
 * How many lines a text box's words take on paper, for browsers that cannot size a text box by its
 * content in CSS (`field-sizing: content`): the plan's script gives each box that many rows before
 * printing, so nothing typed is cut off at the bottom of its box.
 */

/**
 * Characters that surely fit on one printed line of the plan (10 pt text): across the whole sheet, and
 * in half of it (a section printed beside another). On the low side, so a box gets a spare line rather
 * than losing one.
 */
export const PRINTED_LINE_CHARS = { full: 90, half: 42 } as const;

/**
 * Lines `text` fills when wrapped at word breaks to `width` characters: each line break starts a line,
 * and a word longer than a line is split. An empty box is one line.
 */
export function wrappedLines(text: string, width: number): number {
  if (!Number.isInteger(width) || width < 1)
    throw new RangeError(`wrappedLines: expected a width ≥ 1, received ${width}`);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = [...word].length;
      const needed = used === 0 ? length : used + 1 + length;
      if (needed <= width) {
        used = needed;
        continue;
      }
      if (used > 0) lines += 1;
      // A word longer than a line fills whole lines, and what is left starts the next.
      lines += Math.ceil(length / width) - 1;
      used = length % width || width;
    }
  }
  return lines;
}
