/**
 * Keeping one tab's copy of a tool in step with the stored copy, when the same page is open in two tabs
 * or comes back from the browser's back/forward cache. A three-way merge, field by field:
 *
 *   base   what this tab last read from storage or wrote to it;
 *   local  what the form in this tab holds now;
 *   stored what storage holds now (another tab may have written since).
 *
 * A field this tab changed since `base` (or is typing in) keeps this tab's value, and a save writes it.
 * Any other field takes the stored value, so a save never puts back an old answer it did not change.
 * When the same field changed in two tabs, the latest write wins: the tab that writes last keeps its
 * words, and the tab whose own words were replaced shows the newest and is told (`replaced`).
 *
 * Values are strings, '' (or missing) for empty: the plan's answers, or 'on' for a ticked checklist item.
 */

/** A tool's values by field name; a missing field is empty. */
export type Fields = Partial<Record<string, string>>;

export interface MergeInput {
  /** Every field, in page order. */
  names: readonly string[];
  base: Fields;
  local: Fields;
  stored: Fields;
  /** Fields whose stored value this tab wrote: the reader's own words. */
  own: ReadonlySet<string>;
  /** The field being typed in: it keeps its text even when unchanged since `base`. */
  editing?: string | null | undefined;
  /** True for a save (this tab writes the result), false for a refresh (it only reads). */
  writing: boolean;
}

export interface MergeResult {
  /** What storage should hold: the fields this tab changed, every other field as stored. Empty fields left out. */
  record: Fields;
  /** Whether `record` differs from `stored`, so a save has something to write. */
  changed: boolean;
  /** Form fields to change, and the value each should show. */
  show: Fields;
  /** The next `base`. */
  base: Fields;
  /** The next `own`. */
  own: Set<string>;
  /** Fields where another tab replaced this tab's own words: the newest is shown, and the reader should hear why. */
  replaced: string[];
}

export function merge({ names, base, local, stored, own, editing, writing }: MergeInput): MergeResult {
  const result: MergeResult = { record: {}, changed: false, show: {}, base: {}, own: new Set(own), replaced: [] };
  for (const name of names) {
    const was = base[name] ?? '';
    const mine = local[name] ?? '';
    const theirs = stored[name] ?? '';
    let value = theirs;
    if (mine !== theirs) {
      if (mine !== was || name === editing) {
        // Changed here (or being typed in): this tab's value stands, and its next save is the latest write.
        if (writing) {
          value = mine;
          result.own.add(name);
        }
      } else {
        // Unchanged here, changed elsewhere: the stored value is newer.
        result.show[name] = theirs;
        if (result.own.delete(name)) result.replaced.push(name);
      }
    }
    if (value !== '') result.record[name] = value;
    if (value !== theirs) result.changed = true;
    // After a save `base` is what was written. After a refresh it is what was read, so a field kept from
    // this tab's edits still differs from it and is written by the next save.
    result.base[name] = value;
  }
  return result;
}
