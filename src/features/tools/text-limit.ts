/**
 * The arithmetic of a text box's character limit (its `maxlength`), for the count shown near the limit
 * and the notice after a paste that did not all fit. Lengths are in UTF-16 code units, as `maxlength`
 * and `value.length` count them.
 */

/** The count appears once a box is this full, as GOV.UK's character count does with a threshold. */
export const COUNT_FROM = 0.75;

/** Characters left before `max`, or null while the box is less than COUNT_FROM full (no count shown). */
export function charactersLeft(length: number, max: number): number | null {
  return max > 0 && length >= max * COUNT_FROM ? max - length : null;
}

export interface PasteInto {
  /** The box's `maxlength`. */
  max: number;
  /** Its value's length before the paste. */
  length: number;
  /** The selection the paste replaces. */
  selectionStart: number;
  selectionEnd: number;
  /** Whether the box keeps line breaks (a textarea); a one-line box turns each into a space. */
  multiline: boolean;
}

/**
 * How many characters of `text` the box keeps when it is pasted (or dropped) into it, or null when
 * all of it fits. The browser keeps the first ones that fit without splitting a character in two.
 */
export function pasteFits(text: string, into: PasteInto): number | null {
  // As the browser inserts it: CRLF and CR become LF in a textarea, every line break a space in a one-line box.
  const pasted = text.replace(/\r\n?|\n/g, into.multiline ? '\n' : ' ');
  const selected = Math.max(0, into.selectionEnd - into.selectionStart);
  const room = Math.max(0, into.max - (into.length - selected));
  if (pasted.length <= room) return null;
  const last = pasted.charCodeAt(room - 1);
  // The first half of a surrogate pair (an emoji, say) is dropped with its second half.
  return last >= 0xd800 && last <= 0xdbff ? room - 1 : room;
}
