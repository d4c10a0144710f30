import { describe, expect, it } from 'vitest';
import { PLAN_CHOICES, PLAN_FIELDS, PLAN_LIMITS, PLAN_TEXT_MAX } from '../../src/lib/plan';
import { COUNT_FROM, charactersLeft, pasteFits } from '../../src/lib/text-limit';
import { TOOL_MESSAGES } from '../../src/lib/tool-words';

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

  it('says it as GOV.UK does', () => {
    expect(TOOL_MESSAGES.charactersLeft(250)).toBe('You have 250 characters remaining');
    expect(TOOL_MESSAGES.charactersLeft(1)).toBe('You have 1 character remaining');
    expect(TOOL_MESSAGES.charactersLeft(0)).toBe('You have 0 characters remaining');
    expect(TOOL_MESSAGES.charactersLeft(-1)).toBe('You have 1 character too many');
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

  it('says what fitted and what the box holds', () => {
    expect(TOOL_MESSAGES.pasteCut(312, 1000)).toBe(
      'Only the first 312 characters of what you pasted fit. This box holds up to 1,000 characters.',
    );
    expect(TOOL_MESSAGES.pasteCut(1, 40)).toBe(
      'Only the first character of what you pasted fits. This box holds up to 40 characters.',
    );
    expect(TOOL_MESSAGES.pasteCut(0, 200)).toBe(
      'None of what you pasted fits. This box is full: it holds up to 200 characters.',
    );
  });
});

describe('the plan’s limits', () => {
  it('give every text field a limit, and the choices (the way, the touch agreement) none', () => {
    expect(Object.keys(PLAN_LIMITS).sort()).toEqual(PLAN_FIELDS.filter((field) => !(field in PLAN_CHOICES)).sort());
    expect(Math.max(...Object.values(PLAN_LIMITS))).toBe(PLAN_TEXT_MAX);
  });
});

describe('words about another tab', () => {
  it('name the fields by their labels', () => {
    expect(TOOL_MESSAGES.changedElsewhere(['Things I would like to talk about'])).toBe(
      '“Things I would like to talk about” was changed in another tab or window. The newest version is shown.',
    );
    expect(TOOL_MESSAGES.changedElsewhere(['Name', 'Phone number', 'My questions'])).toBe(
      '“Name”, “Phone number” and “My questions” were changed in another tab or window. The newest versions are shown.',
    );
    expect(TOOL_MESSAGES.clearedElsewhere('ticks')).toBe('Your ticks were cleared in another tab or window.');
  });
});
