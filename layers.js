// @ts-check
/**
 * Where each kind of code lives, for the layering rules: .dependency-cruiser.js (TypeScript and
 * JavaScript modules) and eslint.config.js (`.astro` files). When files move into new folders, list
 * the new folders here and both keep holding. Paths are from the project root, ending in "/".
 */
/**
 * Code that may run in the browser: page scripts, the search and tools features, and the pure modules
 * of src/lib/ that pages and scripts share. None of it may reach Node's own modules or build code.
 */
export const BROWSER_FOLDERS = ['src/scripts/', 'src/features/', 'src/lib/'];
/** Code that only runs in the build: content read for pages, integrations and their helpers, loaders. */
export const BUILD_FOLDERS = ['src/data/', 'src/integrations/', 'src/loaders/'];
/** Code that ships in the site or runs in its build. */
export const SITE_FOLDERS = ['src/'];
/** Tests, their fixtures and helpers, and the benchmark: the site never imports them. */
export const TEST_FOLDERS = ['tests/'];
