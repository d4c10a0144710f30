/**
 * The key that opens search from anywhere on a page, and when a press of it means "search" rather
 * than the character itself.
 *
 * Only the page's inline intent loader (src/scripts/intent.ts) may import this module from the
 * browser, and it must import nothing itself: Astro writes a script into the page only when its bundle
 * has no imports, so a module shared with another page script would turn the loader into a file to
 * fetch (the byte-budget test would then fail on every page).
 */

/** The key that opens search (shown in the header's search button). */
export const SEARCH_SHORTCUT = '/';

/**
 * Where "/" is something a person types, or where search is already beside the point: form fields
 * and any open dialog (the search dialog itself, the tools' "clear" question). Editable text is the
 * target's `isContentEditable`.
 */
export const TYPING_PLACES = 'input,textarea,select,dialog';

/** The parts of a KeyboardEvent the rule reads; `target` is the element the key was pressed in. */
export interface ShortcutPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
  /** True while an input method (Japanese, Chinese, …) is composing a character. */
  isComposing: boolean;
  target: EventTarget | null;
}

/** True when a key press should open search: "/", alone, not taken already, outside any field or dialog. */
export const isSearchShortcut = (press: ShortcutPress): boolean => {
  const target = press.target as Partial<Pick<HTMLElement, 'closest' | 'isContentEditable'>> | null;
  // One expression: this is written into every page (the intent loader), where each byte counts.
  return (
    press.key === SEARCH_SHORTCUT &&
    !(
      press.ctrlKey ||
      press.metaKey ||
      press.altKey ||
      press.defaultPrevented ||
      press.isComposing ||
      target?.closest?.(TYPING_PLACES) ||
      target?.isContentEditable
    )
  );
};
