/** Ids and keys shared by layouts, scripts and tests, so they can never drift apart. */

/** The `id` of `<main>`; the skip link points here. */
export const MAIN_ID = 'main-content';

/** The `id` of the crisis-lines block in the footer; every "Get help now" link points here. */
export const GET_HELP_ID = 'get-help';

/** Address of the page that explains how the content is written and reviewed. */
export const ABOUT_CONTENT_PATH = '/guides/how-this-information-is-made/';

/** Address of the full "Getting help" page. */
export const GET_HELP_PATH = '/get-help/';

/** Address of the list of every guide, grouped by phase. */
export const GUIDES_PATH = '/guides/';

/** The guide that defines hard words; every `<Term>` links to an anchor on it. */
export const GLOSSARY_GUIDE_ID = 'glossary';

/** The guide of common questions; it carries FAQPage structured data. */
export const FAQ_GUIDE_ID = 'questions';

/** Address of the search page: `/search/?q=…` runs a search; without JavaScript it lists every topic A to Z. */
export const SEARCH_PATH = '/search/';

/** The key that opens search from anywhere on a page (shown in the header button). */
export const SEARCH_SHORTCUT = '/';

/** The `id` of the A to Z topic index on the search page, the no-JavaScript way to every topic. */
export const TOPIC_INDEX_ID = 'a-to-z';

/** Address of the preparation checklist. */
export const CHECKLIST_PATH = '/checklist/';

/** Address of the personal session plan. */
export const PLAN_PATH = '/plan/';

/**
 * Every key the site writes to the browser's localStorage, and nothing else: the checklist's ticks
 * and the session plan's answers. `src/lib/storage.ts` documents what each holds; the privacy test
 * allows writes under these keys only.
 */
export const STORAGE_KEYS = {
  checklist: 'holding-space:checklist',
  plan: 'holding-space:plan',
} as const;

export type StoredTool = keyof typeof STORAGE_KEYS;
