/**
 * The published guides and handouts of each edition, read from content/ as the build reads them (the
 * root language's in content/<folder>/, another language's in content/<folder>/<lang>/), each with the
 * address its page is built at, so browser tests visit every language's pages without naming one.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { editionOf, pathsOf } from './editions';
import { frontmatter } from './fixtures';
import { CONTENT } from './paths';

export interface EditionEntry<T> {
  /** The file name without .mdx: the page's address segment. */
  slug: string;
  /** The page's address: /handouts/getting-help/, /es/folletos/como-pedir-ayuda/ … */
  address: string;
  /** The root-language page it translates (its translation's `of`), or its own slug in the root language. */
  original: string;
  data: T;
}

/** The published (not draft) guides or handouts of one language, in file order. */
export function editionEntries<T>(folder: 'guides' | 'handouts', lang: string): EditionEntry<T>[] {
  const edition = editionOf(lang);
  const dir = edition.root ? path.join(CONTENT, folder) : path.join(CONTENT, folder, lang);
  if (!existsSync(dir)) return [];
  const paths = pathsOf(lang);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const slug = file.replace(/\.mdx$/, '');
      const data = frontmatter(readFileSync(path.join(dir, file), 'utf8')) as T & {
        draft?: boolean;
        translation?: { of?: string };
      };
      return {
        slug,
        address: folder === 'guides' ? paths.guide(slug) : paths.handout(slug),
        original: data.translation?.of ?? slug,
        data,
      };
    })
    .filter((entry) => !(entry.data as { draft?: boolean }).draft);
}
