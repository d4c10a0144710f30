/** Ids and keys shared by layouts, scripts and tests, so they can never drift apart. */

// Page addresses live in addresses.ts, which puts them under the path the site is published at.

/** The `id` of `<main>`; the skip link points here. */
export const MAIN_ID = 'main-content';

/** The `id` of the crisis-lines block in the footer; every "Get help now" link points here. */
export const GET_HELP_ID = 'get-help';

/** The guide that defines hard words; every `<Term>` links to an anchor on it. */
export const GLOSSARY_GUIDE_ID = 'glossary';

/** The guide that says how the content is written and reviewed, linked from every page's footer. */
export const ABOUT_CONTENT_GUIDE_ID = 'how-this-information-is-made';

/** The guide of common questions; it carries FAQPage structured data. */
export const FAQ_GUIDE_ID = 'questions';

/** The `id` of the A to Z topic index on the search page, the no-JavaScript way to every topic. */
export const TOPIC_INDEX_ID = 'a-to-z';

/**
 * The localStorage key of each tool that keeps what a reader ticks or types in their own browser:
 *   checklist → the ticked items of /checklist/;
 *   plan      → the answers of /plan/.
 * `src/features/tools/storage.ts` documents the shape of each, its lifecycle and its migrations.
 */
export const TOOL_STORAGE_KEYS = {
  checklist: 'holding-space:checklist',
  plan: 'holding-space:plan',
} as const;

/**
 * Every key the site may write to localStorage or sessionStorage (the checklist and plan tools keep
 * what a reader ticks or types in their own browser). The privacy test fails on any other key, so a
 * tool that stores something lists its key above, with a comment saying what it holds.
 */
export const STORAGE_KEYS: readonly string[] = Object.values(TOOL_STORAGE_KEYS);

export type StoredTool = keyof typeof TOOL_STORAGE_KEYS;

/**
 * Ids of the hidden words that, with a section's heading, name its "#" link ("Link to this section:
 * Safety"): section links (src/lib/anchor-headings.ts) point at them, BaseLayout holds them once per page.
 */
export const SECTION_LABEL_IDS = { link: 'hs-link' } as const;
