// @ts-check
import { defineConfig } from 'eslint/config';
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { BROWSER_FOLDERS, TEST_FOLDERS } from './.dependency-cruiser.js';

/**
 * The layering rules for `.astro` files, which dependency-cruiser cannot read (.dependency-cruiser.js
 * checks every other module): a component or page never imports tests, and its browser code (its
 * `<script>`s, and `?worker` imports) imports the site's own code only from the browser folders,
 * where dependency-cruiser checks it never reaches Node. Folders come from .dependency-cruiser.js.
 */
/** @type {import('eslint').Rule.RuleModule} */
const astroLayers = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      tests: 'The site never imports tests ({{source}}); tests may import the site.',
      node: "Browser code never imports Node's own modules ({{source}}).",
      browser: 'Browser code imports the site only from {{folders}} ({{source}}); move what it needs there.',
    },
  },
  create(context) {
    // eslint-plugin-astro lints each <script> as a file inside the .astro file: Page.astro/1_1.ts.
    const script = /\.astro[\\/][^\\/]+$/.test(context.filename);
    const astroFile = script ? path.dirname(context.filename) : context.filename;
    /** @param {string[]} folders @param {string} file */
    const under = (folders, file) => folders.some((folder) => `${file}/`.startsWith(folder));
    /** @param {import('eslint').Rule.Node} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== 'string') return;
      const browser = script || /[?&]worker\b/.test(source);
      const bare = !source.startsWith('.') && !source.startsWith('/');
      if (bare) {
        const name = source.replace(/^node:/, '').split('/')[0] ?? '';
        if (browser && (source.startsWith('node:') || builtinModules.includes(name)))
          context.report({ node, messageId: 'node', data: { source } });
        return;
      }
      const target = path
        .relative(context.cwd, path.resolve(path.dirname(astroFile), source.replace(/\?.*$/, '')))
        .split(path.sep)
        .join('/');
      if (under(TEST_FOLDERS, target)) context.report({ node, messageId: 'tests', data: { source } });
      else if (browser && !under(BROWSER_FOLDERS, target))
        context.report({ node, messageId: 'browser', data: { source, folders: BROWSER_FOLDERS.join(', ') } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : undefined),
    };
  },
};

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', '.tmp/', 'test-results/', 'playwright-report/'] },
  eslint.configs.recommended,
  tseslint.configs.strict,
  astro.configs.recommended,
  {
    files: ['src/**/*.astro', 'src/**/*.astro/*.ts', 'src/**/*.astro/*.js'],
    plugins: { 'holding-space': { rules: { 'astro-layers': astroLayers } } },
    rules: { 'holding-space/astro-layers': 'error' },
  },
  {
    // Config, scripts and tests run in Node; page scripts run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are errors, except ones marked as deliberately unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
