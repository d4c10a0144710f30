/**
 * A build switch the pages can read: a Vite plugin that serves `virtual:holding-space/<name>` as one
 * exported boolean, set by an integration before any page is rendered (so a page never links to a
 * file the build will not make). Used for the handout PDFs and the preview images.
 */
import type { Plugin } from 'vite';

export function flagModule(name: string, exportName: string, value: boolean): Plugin {
  const id = `virtual:holding-space/${name}`;
  // Filters let the bundler skip the call for every other import and module (a thousand guides are
  // a thousand modules), rather than ask JavaScript about each.
  // `name` is a plain word (handout-pdfs); the ids end with it.
  const ending = new RegExp(`virtual:holding-space/${name}$`);
  return {
    name: `holding-space:${name}-flag`,
    resolveId: {
      filter: { id: ending },
      handler: (source: string) => (source === id ? `\0${id}` : undefined),
    },
    load: {
      filter: { id: ending },
      handler: (source: string) =>
        source === `\0${id}` ? `export const ${exportName} = ${JSON.stringify(value)};` : undefined,
    },
  };
}
