import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading-time';

describe('reading time', () => {
  it('counts words, not punctuation', () => {
    expect(countWords('You can stop — at any time.')).toBe(6);
  });
  it('never says less than a minute', () => {
    expect(readingMinutes('Hello.')).toBe(1);
  });
  it('rounds up at 200 words a minute', () => {
    expect(readingMinutes('word '.repeat(200))).toBe(1);
    expect(readingMinutes('word '.repeat(201))).toBe(2);
  });
});
