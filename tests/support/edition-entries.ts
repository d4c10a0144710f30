/**
 * The guides and handouts of each edition, as content/ holds them: the root language's in
 * content/<folder>/, another language's in content/<folder>/<lang>/. Each with the built file of its
 * page and the root-language page it stands for (itself, or the one its translation record names), so
 * a test finds "the questions page" or "the page about how this information is made" in any language.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EDITIONS, editionOf, pathsOf } from './editions';
import { fileFor } from './dist';
import { frontmatter } from './fixtures';
import { CONTENT } from './paths';
import { pageFilesIn } from './page-files';
import { pageId } from '../../src/integrations/shared/content-files';

export interface EditionEntry<T> {
  /** The file name without .mdx: the page's address segment. */
  slug: string;
  /** The page's language. */
  lang: string;
  /** The page's address: /handouts/getting-help/, /es/folletos/como-pedir-ayuda/ … */
  address: string;
  /** The root-language page it stands for: its own slug in the root language, else its translation's `of`. */
  original: string;
  /** The built file of its page (guides/<slug>/index.html, es/guias/<slug>/index.html …). */
  file: string;
  data: T & { draft?: boolean; translation?: { of: string } };
}

/** The published (not draft) guides or handouts of one language, in file-name order. */
export function editionEntries<T>(folder: 'guides' | 'handouts', lang: string): EditionEntry<T>[] {
  const edition = editionOf(lang);
  const dir = edition.root ? path.join(CONTENT, folder) : path.join(CONTENT, folder, lang);
  if (!existsSync(dir)) return [];
  const paths = pathsOf(lang);
  return pageFilesIn(dir)
    .map((name) => {
      const slug = pageId(name);
      const data = frontmatter(readFileSync(path.join(dir, name), 'utf8')) as EditionEntry<T>['data'];
      const address = folder === 'guides' ? paths.guide(slug) : paths.handout(slug);
      return { slug, lang, address, original: data.translation?.of ?? slug, file: fileFor(address), data };
    })
    .filter((entry) => entry.data.draft !== true);
}

/**
 * The built file of the page a language shows for a root-language guide: its translation when it has
 * one, else the root language's page (as the site links to it); undefined when neither is published.
 */
export function guideFileFor(original: string, lang: string): string | undefined {
  const find = (language: string) =>
    editionEntries('guides', language).find((entry) => entry.original === original)?.file;
  return find(lang) ?? find(EDITIONS[0]?.lang ?? lang);
}
