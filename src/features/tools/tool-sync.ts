/**
 * Keeps a tool page in step with storage and with the same page in other tabs or windows, through the
 * three-way merge in src/features/tools/merge.ts. Every save re-reads storage first and writes only what this tab
 * changed. Another tab's write (the `storage` event) or a return from the back/forward cache (`pageshow`
 * with `persisted`, when no `storage` event arrives) refreshes the form, except a field with unsaved
 * edits or the one being typed in. There is no `unload` handler: it would keep the page out of that cache.
 */
import { merge, type Fields } from './merge';
import type { ToolMessages } from './tool-words';
import type { ToolPage } from './tool-page';

/** What a tool tells this module about its form and its stored record. */
export interface ToolForm {
  /** The localStorage key whose changes in other tabs refresh this page. */
  key: string;
  /** Every field, in page order. */
  names: readonly string[];
  /** What is stored now, or null when nothing is. */
  load(): Fields | null;
  /** Stores the whole record; false when the browser refused. */
  save(record: Fields): boolean;
  /** What the form holds now. */
  read(): Fields;
  /** Puts these values in the form. */
  show(values: Fields): void;
  /** A field's visible label. */
  label(name: string): string;
  /** The field being typed in, if any. */
  editing?(): string | null;
  /** Marks on the page the fields where another tab replaced this tab's words. */
  mark?(names: string[]): void;
}

export interface SyncedTool {
  /** Writes what this tab changed, merged with what is stored, and shows what other tabs changed. */
  save(): void;
  /** After "Clear my answers" here: nothing is stored, and no field holds this tab's words. */
  cleared(): void;
}

export function syncTool(form: ToolForm, page: ToolPage, messages: ToolMessages): SyncedTool {
  const first = form.load();
  // With nothing stored, the form stays as the browser shows it (it may have kept ticks across a reload).
  if (first) form.show(Object.fromEntries(form.names.map((name) => [name, first[name] ?? ''])));
  let base: Fields = first ?? {};
  let own = new Set<string>();

  const run = (writing: boolean) => {
    const stored = form.load();
    const result = merge({
      names: form.names,
      base,
      local: form.read(),
      stored: stored ?? {},
      own,
      editing: form.editing?.(),
      writing,
    });
    const shown = Object.keys(result.show);
    if (shown.length > 0) form.show(result.show);
    // When the browser refuses the write, this tab's changes stay unsaved (and kept) for the next try.
    if (!writing || !result.changed || form.save(result.record)) {
      base = result.base;
      own = result.own;
    }
    page.showStorage();
    if (stored === null && shown.length > 0) page.announce(messages.clearedElsewhere());
    else if (result.replaced.length > 0) {
      page.announce(messages.changedElsewhere(result.replaced.map((name) => form.label(name))));
      form.mark?.(result.replaced);
    }
  };

  window.addEventListener('storage', (event) => {
    if (event.key === form.key || event.key === null) run(false);
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) run(false);
  });

  return {
    save: () => run(true),
    cleared: () => {
      base = {};
      own = new Set();
    },
  };
}
