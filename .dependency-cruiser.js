// @ts-check
/**
 * The layering rules, checked by `npm run check` (dependency-cruiser over every TypeScript and
 * JavaScript module; `.astro` files are checked by ESLint, see eslint.config.js, because
 * dependency-cruiser cannot read their frontmatter and drops imports from it).
 *
 * Folders are named once, below: when files move into new folders, list them there. eslint.config.js
 * takes them from here for `.astro` files.
 */
// Where each kind of code lives. Paths are from the project root, ending in "/".
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

/** Node's own modules, with or without the `node:` prefix: none of them exists in a browser. */
const NODE_ONLY = [
  '^node:',
  '^(assert|buffer|child_process|crypto|fs|http|https|net|os|path|process|stream|url|util|zlib)(/|$)',
];

/** One regular expression for a list of folders: a module path starts with one of them. */
/** @param {string[]} folders */
const under = (folders) => folders.map((folder) => `^${folder.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'Modules that import each other, even only for types, cannot be read or tested one at a time: move what both need into one of them, or into a third.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'browser-never-reaches-node',
      severity: 'error',
      comment:
        "Browser code never imports Node code, directly or through another module (type imports included): it would break the page's script or bloat it. Move the pure part into its own module.",
      from: { path: under(BROWSER_FOLDERS) },
      to: { path: NODE_ONLY, reachable: true },
    },
    {
      name: 'browser-never-imports-build-code',
      severity: 'error',
      comment:
        'Browser code and the shared pure modules never import build code (content collections, integrations, loaders): it only works inside the build. Pass what the page needs through its markup.',
      from: { path: under(BROWSER_FOLDERS) },
      to: { path: under(BUILD_FOLDERS) },
    },
    {
      name: 'site-never-imports-tests',
      severity: 'error',
      comment: 'The site and its build never depend on tests; tests may import the site.',
      from: { path: under(SITE_FOLDERS) },
      to: { path: under(TEST_FOLDERS) },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import of a file or package that does not exist.',
      from: {},
      // Astro's virtual modules and Vite's ?url / ?worker imports resolve only inside the build.
      to: { couldNotResolve: true, pathNot: ['^astro:', '^virtual:'] },
    },
  ],
  options: {
    // Packages are not cruised into: the rules are about this project's own modules.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^\\.astro/', '^node_modules/', '\\.astro$'] },
    // Type-only imports count: a cycle of types still ties two modules together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // As Vite and Node resolve them: ES module packages through their "exports".
    enhancedResolveOptions: {
      extensions: ['.ts', '.mjs', '.js', '.d.ts'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
    skipAnalysisNotInRules: true,
  },
};
