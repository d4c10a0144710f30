import { describe, expect, it } from 'vitest';
import { PRINTED_LINE_CHARS, wrappedLines } from '../../src/features/tools/print-lines';

describe('wrappedLines', () => {
  it('counts an empty box, and a short answer, as one line', () => {
    expect(wrappedLines('', 10)).toBe(1);
    expect(wrappedLines('No touch.', 10)).toBe(1);
  });
  it('wraps at word breaks, never inside a word that fits on a line', () => {
    expect(wrappedLines('one two three', 7)).toBe(2);
    expect(wrappedLines('one two three four', 8)).toBe(3);
  });
  it('starts a line at each line break, and counts blank lines', () => {
    expect(wrappedLines('a\nb\r\nc', 10)).toBe(3);
    expect(wrappedLines('a\n\nb', 10)).toBe(3);
  });
  it('splits a word longer than a line across lines', () => {
    expect(wrappedLines('x'.repeat(25), 10)).toBe(3);
    expect(wrappedLines(`ab ${'x'.repeat(20)} cd`, 10)).toBe(4);
  });
  it('counts characters, not UTF-16 units', () => {
    expect(wrappedLines('🙂'.repeat(10), 10)).toBe(1);
  });
  it('wraps sixty short words to eight lines in a half-width box on paper', () => {
    expect(wrappedLines('word '.repeat(60).trim(), PRINTED_LINE_CHARS.half)).toBe(8);
  });
  it('refuses a width that is not a whole number of characters', () => {
    expect(() => wrappedLines('x', 0)).toThrow('received 0');
    expect(() => wrappedLines('x', 2.5)).toThrow('received 2.5');
  });
});
