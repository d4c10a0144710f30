/**
 * Everything the site keeps in a reader's browser: the checklist's ticks and the session plan's
 * answers. This one module owns it, so there is one place that says what is stored and why.
 *
 * WHERE
 *   localStorage, under the keys in TOOL_STORAGE_KEYS (src/lib/constants.ts), and nowhere else: no
 *   cookies, no other keys, no test writes to see whether storage works.
 *
 * WHAT (JSON, version 1)
 *   holding-space:checklist → {"v":1,"ticked":["pack-your-bag","sleep-well"]}
 *     The ids of the ticked items (content/checklist/items.yaml), in page order.
 *   holding-space:plan → {"v":1,"answers":{"way":"silence","touch":"own-words","touchOwnWords":"…"}}
 *     Only the fields the reader filled in, by form field name (PLAN_FIELDS in src/features/tools/plan.ts), as
 *     typed. A choice (`way`, `touch`) holds one of its values in PLAN_CHOICES, never its label; a
 *     page that offers fewer choices (content/plan/ left one out) reads and writes only those.
 *     The touch agreement (`touch`, `touchOwnWords`) came after version 1 was first written: a new
 *     optional field keeps the version, since every reader of version 1 reads field by field. A copy
 *     of the page from before a field existed (an old tab, or an old copy in the cache) does not know
 *     that field, so a save from it leaves the field out; the page of today never drops a field it knows.
 *   Nothing else: no timestamps, no identifiers, no counts. A tool with no answers has no key at all.
 *
 * LIFECYCLE
 *   Read when a tool page loads, and read again right before every write. Written on every change:
 *   each tick; for the plan, when typing pauses, when a field is left and when the page is hidden.
 *   Each write is a merge (src/features/tools/merge.ts, driven by src/features/tools/tool-sync.ts): only the fields this
 *   tab changed since it last read or wrote are written over the stored record, so the same page in
 *   two tabs, or one back from the back/forward cache, never puts back answers it did not change.
 *   Read again, without writing, when another tab writes (the `storage` event) and when a page comes
 *   back from the back/forward cache (`pageshow` with `persisted`); the form then shows the stored
 *   values, except in fields with unsaved edits and the one being typed in. No `unload` handler.
 *   Removed entirely by "Clear my answers", which empties the same page in other tabs too. Otherwise
 *   kept until the reader clears their browser's data for the site. Never sent anywhere.
 *
 * OLD, CORRUPT OR MISSING DATA (reading never throws)
 *   - Missing: the tool starts empty.
 *   - Not valid JSON (cut off, edited by hand): item ids and "field":"text" pairs still legible in
 *     the text are recovered; the rest is dropped.
 *   - Wrong types: each answer is checked on its own, so one bad value drops only itself.
 *   - Content changed: ticks are kept by item id, not by position, so adding, removing or
 *     reordering items keeps the ticks of every item that still exists. Ticks of removed items drop.
 *   - No version, or an older one: migrated step by step (MIGRATIONS) to the current shape.
 *   - A newer version this code does not know (a newer copy of the site, then an older one), or any
 *     `v` that is not a whole number from 1 to CURRENT_VERSION (0, -9e15, 1.5, "1", Infinity): read
 *     field by field as if current, keeping whatever still fits. Never migrated step by step.
 *   The cleaned record is written back only on the reader's next change: visiting changes nothing.
 *
 * WHEN STORAGE FAILS
 *   Private browsing, blocked site data or a full quota make localStorage throw, or leave it
 *   missing. Every call here catches; the store then reports `working: false` and the page says that
 *   answers will not be kept. The tool itself keeps working for the visit.
 *
 * MIGRATIONS
 *   Version 1 is the first. Adding an optional field is not a change of shape. To change a shape
 *   (rename, remove or reinterpret a field), raise CURRENT_VERSION and add to MIGRATIONS[tool] a step
 *   keyed by the old version that turns its record into the next version's.
 */
import { TOOL_STORAGE_KEYS, type StoredTool } from '../../lib/constants';
import { PLAN_CHOICES, PLAN_FIELDS, isPlanAnswer, type PlanAnswers, type PlanChoices } from './plan';

export const CURRENT_VERSION = 1;

/** The part of the Web Storage API this module uses, so tests can hand it a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Web Storage with every failure caught. */
export interface Store {
  /** False once the browser refused storage; true again after a later write succeeds. */
  readonly working: boolean;
  /** The stored text, or null when there is none or it cannot be read. */
  read(key: string): string | null;
  /** Whether the text was stored. */
  write(key: string, value: string): boolean;
  /** Whether the key is gone. */
  remove(key: string): boolean;
}

/**
 * Opens storage through `getStorage` (in a browser, `() => window.localStorage`, which itself
 * throws when site data is blocked). Never throws.
 */
export function openStore(getStorage: () => StorageLike | null | undefined): Store {
  let storage: StorageLike | undefined;
  let working = false;
  try {
    storage = getStorage() ?? undefined;
    working = storage !== undefined;
  } catch {
    storage = undefined;
  }
  const attempt = <T>(action: (target: StorageLike) => T, fallback: T, successMeansWorking: boolean): T => {
    if (!storage) return fallback;
    try {
      const result = action(storage);
      if (successMeansWorking) working = true;
      return result;
    } catch {
      working = false;
      return fallback;
    }
  };
  return {
    get working() {
      return working;
    },
    // A successful read says nothing about whether writes work (a full quota still reads).
    read: (key) => attempt((target) => target.getItem(key), null, false),
    write: (key, value) =>
      attempt(
        (target) => {
          target.setItem(key, value);
          return true;
        },
        false,
        true,
      ),
    remove: (key) =>
      attempt(
        (target) => {
          target.removeItem(key);
          return true;
        },
        false,
        true,
      ),
  };
}

type StoredRecord = Record<string, unknown>;

/** Steps from one version to the next, per tool, keyed by the version they start from. */
const MIGRATIONS: Record<StoredTool, Partial<Record<number, (record: StoredRecord) => StoredRecord>>> = {
  checklist: {},
  plan: {},
};

function isRecord(value: unknown): value is StoredRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse that reports failure instead of throwing. */
function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

/**
 * Brings a record of a known version to the current shape. Any other `v` (newer, zero, negative, huge,
 * fractional, not a number) is unknown data: returned as it is, to be read field by field, and never
 * counted through, so no stored value can make this loop for long.
 */
export function migrate(tool: StoredTool, record: StoredRecord): StoredRecord {
  // Before versions existed a record would have had no `v`; version 1 is that same shape.
  const stored = 'v' in record ? record['v'] : 1;
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1 || stored >= CURRENT_VERSION) return record;
  let version = stored;
  let current = record;
  while (version < CURRENT_VERSION) {
    const step = MIGRATIONS[tool][version];
    if (step) current = step(current);
    version += 1;
  }
  return current;
}

export interface LoadedChecklist {
  /** Whether anything was stored; when not, the page keeps the boxes as the browser shows them. */
  found: boolean;
  /** Ids of ticked items that are still on the checklist, in page order. */
  ticked: string[];
}

/** What the stored text says is ticked, among `itemIds` (the items on the page now). */
export function decodeChecklist(raw: string | null, itemIds: readonly string[]): LoadedChecklist {
  if (raw === null) return { found: false, ticked: [] };
  const readable = new Set<string>();
  const parsed = parseJson(raw);
  if (parsed.ok) {
    let ticked: unknown = parsed.value;
    if (isRecord(parsed.value)) ticked = migrate('checklist', parsed.value)['ticked'];
    if (Array.isArray(ticked)) {
      for (const id of ticked) if (typeof id === 'string') readable.add(id);
    } else if (isRecord(ticked)) {
      // A map of id → true is not a shape this site wrote, but its meaning is plain, so keep it.
      for (const [id, value] of Object.entries(ticked)) if (value === true) readable.add(id);
    }
  } else {
    // Cut-off or hand-edited text: an item id in quotes can only be there because it was ticked.
    for (const id of itemIds) if (raw.includes(JSON.stringify(id))) readable.add(id);
  }
  return { found: true, ticked: itemIds.filter((id) => readable.has(id)) };
}

/** The stored text for a set of ticks, or null when nothing is ticked (then no key is kept). */
export function encodeChecklist(ticked: Iterable<string>): string | null {
  const ids = [...new Set(ticked)];
  return ids.length === 0 ? null : JSON.stringify({ v: CURRENT_VERSION, ticked: ids });
}

export interface LoadedPlan {
  /** Whether anything was stored. */
  found: boolean;
  /** Every answer that could be read. */
  answers: PlanAnswers;
}

/**
 * Every answer the stored text still holds; values of the wrong type, unknown fields, or a choice the
 * page no longer offers (`choices`), drop alone.
 */
export function decodePlan(raw: string | null, choices: PlanChoices = PLAN_CHOICES): LoadedPlan {
  if (raw === null) return { found: false, answers: {} };
  const answers: PlanAnswers = {};
  const parsed = parseJson(raw);
  if (parsed.ok) {
    if (isRecord(parsed.value)) {
      const record = migrate('plan', parsed.value);
      // A flat record of fields (no `answers`) is not a shape this site wrote, but it is still legible.
      const source = isRecord(record['answers']) ? record['answers'] : record;
      for (const field of PLAN_FIELDS) {
        const value = source[field];
        if (isPlanAnswer(field, value, choices) && value !== '') answers[field] = value;
      }
    }
  } else {
    // Cut-off or hand-edited text: recover each "field":"text" pair that is still complete.
    for (const field of PLAN_FIELDS) {
      const match = new RegExp(`"${field}"\\s*:\\s*("(?:[^"\\\\]|\\\\.)*")`).exec(raw);
      const literal = match?.[1];
      if (literal === undefined) continue;
      const value = parseJson(literal);
      if (value.ok && isPlanAnswer(field, value.value, choices) && value.value !== '') answers[field] = value.value;
    }
  }
  return { found: true, answers };
}

/** The stored text for a plan, or null when every field is empty (then no key is kept). */
export function encodePlan(answers: PlanAnswers, choices: PlanChoices = PLAN_CHOICES): string | null {
  const kept: PlanAnswers = {};
  for (const field of PLAN_FIELDS) {
    const value = answers[field];
    if (isPlanAnswer(field, value, choices) && value !== '') kept[field] = value;
  }
  return Object.keys(kept).length === 0 ? null : JSON.stringify({ v: CURRENT_VERSION, answers: kept });
}

/** Writes `text` under the tool's key, or removes the key when there is nothing to keep. */
function put(store: Store, tool: StoredTool, text: string | null): boolean {
  return text === null ? store.remove(TOOL_STORAGE_KEYS[tool]) : store.write(TOOL_STORAGE_KEYS[tool], text);
}

export function loadChecklist(store: Store, itemIds: readonly string[]): LoadedChecklist {
  return decodeChecklist(store.read(TOOL_STORAGE_KEYS.checklist), itemIds);
}

export function saveChecklist(store: Store, ticked: Iterable<string>): boolean {
  return put(store, 'checklist', encodeChecklist(ticked));
}

export function loadPlan(store: Store, choices: PlanChoices = PLAN_CHOICES): LoadedPlan {
  return decodePlan(store.read(TOOL_STORAGE_KEYS.plan), choices);
}

export function savePlan(store: Store, answers: PlanAnswers, choices: PlanChoices = PLAN_CHOICES): boolean {
  return put(store, 'plan', encodePlan(answers, choices));
}

/** "Clear my answers": removes everything the tool stored. */
export function clearTool(store: Store, tool: StoredTool): boolean {
  return store.remove(TOOL_STORAGE_KEYS[tool]);
}
