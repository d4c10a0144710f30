import { describe, expect, it } from 'vitest';
import { PLAN_CHOICES, PLAN_FIELDS, PLAN_LIMITS, PLAN_TEXT_MAX } from '../../src/features/tools/plan';
import { COUNT_FROM, charactersLeft, pasteFits } from '../../src/features/tools/text-limit';

describe('the count near a text box’s limit', () => {
  it('is hidden until the box is three quarters full', () => {
    expect(COUNT_FROM).toBe(0.75);
    expect(charactersLeft(0, 1000)).toBeNull();
    expect(charactersLeft(749, 1000)).toBeNull();
    expect(charactersLeft(750, 1000)).toBe(250);
    expect(charactersLeft(29, 40)).toBeNull();
    expect(charactersLeft(30, 40)).toBe(10);
  });

  it('counts down to 0, and past it for text stored before a limit was lowered', () => {
    expect(charactersLeft(999, 1000)).toBe(1);
    expect(charactersLeft(1000, 1000)).toBe(0);
    expect(charactersLeft(1003, 1000)).toBe(-3);
  });

  it('is never shown for a box with no limit', () => {
    expect(charactersLeft(5000, -1)).toBeNull();
    expect(charactersLeft(0, 0)).toBeNull();
  });
});

describe('a paste that does not all fit', () => {
  const box = { max: 1000, length: 0, selectionStart: 0, selectionEnd: 0, multiline: true };

  it('fits whole when there is room', () => {
    expect(pasteFits('x'.repeat(1000), box)).toBeNull();
    expect(pasteFits('x'.repeat(10), { ...box, length: 990, selectionStart: 990, selectionEnd: 990 })).toBeNull();
  });

  it('keeps as many characters as there is room for', () => {
    expect(pasteFits('x'.repeat(1200), box)).toBe(1000);
    expect(pasteFits('x'.repeat(400), { ...box, length: 688, selectionStart: 5, selectionEnd: 5 })).toBe(312);
  });

  it('counts the selection it replaces as room', () => {
    expect(pasteFits('x'.repeat(300), { ...box, length: 1000, selectionStart: 100, selectionEnd: 350 })).toBe(250);
    expect(pasteFits('x'.repeat(250), { ...box, length: 1000, selectionStart: 350, selectionEnd: 100 })).toBe(0);
  });

  it('keeps nothing when the box is full', () => {
    expect(pasteFits('hello', { ...box, length: 1000, selectionStart: 1000, selectionEnd: 1000 })).toBe(0);
  });

  it('counts line breaks as the box will hold them', () => {
    // A textarea holds CRLF as one character; a one-line box turns it into one space.
    expect(pasteFits('ab\r\n'.repeat(300), box)).toBeNull();
    expect(pasteFits('ab\r\n'.repeat(11), { ...box, max: 33, multiline: false })).toBeNull();
    expect(pasteFits('ab\r\n'.repeat(12), { ...box, max: 33, multiline: false })).toBe(33);
  });

  it('never keeps half of a character made of two code units', () => {
    expect(pasteFits(`${'x'.repeat(39)}😀`, { ...box, max: 40 })).toBe(39);
    expect(pasteFits(`${'x'.repeat(38)}😀😀`, { ...box, max: 40 })).toBe(40);
  });
});

describe('the plan’s limits', () => {
  it('give every text field a limit, and the choices (the way, the touch agreement) none', () => {
    expect(Object.keys(PLAN_LIMITS).sort()).toEqual(PLAN_FIELDS.filter((field) => !(field in PLAN_CHOICES)).sort());
    expect(Math.max(...Object.values(PLAN_LIMITS))).toBe(PLAN_TEXT_MAX);
  });
});
