import { describe, expect, it } from 'vitest';
import {
  SEARCH_SHORTCUT,
  TYPING_PLACES,
  isSearchShortcut,
  type ShortcutPress,
} from '../../src/features/search/search-shortcut';

/** A stand-in for the element a key was pressed in: inside a field or dialog when `within` matches. */
function target(within: string | null, isContentEditable = false): EventTarget {
  return {
    closest: (selector: string) => (within && selector === TYPING_PLACES ? { tagName: within } : null),
    isContentEditable,
  } as unknown as EventTarget;
}

const press = (overrides: Partial<ShortcutPress> = {}): ShortcutPress => ({
  key: SEARCH_SHORTCUT,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  isComposing: false,
  target: target(null),
  ...overrides,
});

describe('the search shortcut', () => {
  it('is "/"', () => {
    expect(SEARCH_SHORTCUT).toBe('/');
  });

  it('opens search when "/" is pressed on the page itself', () => {
    expect(isSearchShortcut(press())).toBe(true);
  });

  it('opens search when the key lands on the document, which has no closest()', () => {
    expect(isSearchShortcut(press({ target: {} as EventTarget }))).toBe(true);
    expect(isSearchShortcut(press({ target: null }))).toBe(true);
  });

  it('ignores other keys', () => {
    expect(isSearchShortcut(press({ key: '?' }))).toBe(false);
    expect(isSearchShortcut(press({ key: 's' }))).toBe(false);
  });

  it('leaves "/" with Ctrl, Cmd or Alt to the browser', () => {
    expect(isSearchShortcut(press({ ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(press({ metaKey: true }))).toBe(false);
    expect(isSearchShortcut(press({ altKey: true }))).toBe(false);
  });

  it('leaves a press another handler already took, and one made while composing a character', () => {
    expect(isSearchShortcut(press({ defaultPrevented: true }))).toBe(false);
    expect(isSearchShortcut(press({ isComposing: true }))).toBe(false);
  });

  it('types "/" in a field or editable text, and does nothing inside a dialog', () => {
    expect(isSearchShortcut(press({ target: target('INPUT') }))).toBe(false);
    expect(isSearchShortcut(press({ target: target('DIALOG') }))).toBe(false);
    expect(isSearchShortcut(press({ target: target(null, true) }))).toBe(false);
  });

  it('counts every kind of field, and any dialog, as a place where people type', () => {
    expect(TYPING_PLACES.split(',')).toEqual(['input', 'textarea', 'select', 'dialog']);
  });
});
