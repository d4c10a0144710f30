// @ts-check
/**
 * Where each kind of code lives, for the layering rules: .dependency-cruiser.js (TypeScript and
 * JavaScript modules) and eslint.config.js (`.astro` files). When files move into new folders, list
 * the new folders here and both keep holding. Paths are from the project root, ending in "/".
 */
/** Code that runs in the browser: page scripts, and everything they import. */
export const BROWSER_FOLDERS = ['src/scripts/'];
/** Code that ships in the site or runs in its build. */
export const SITE_FOLDERS = ['src/'];
/** Tests, their fixtures and helpers, and the benchmark: the site never imports them. */
export const TEST_FOLDERS = ['tests/'];
