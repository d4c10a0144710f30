/**
 * Guide and handout files on disk, as the build takes them (src/integrations/shared/content-files.ts):
 * Markdown (`.md`) or MDX (`.mdx`), the file name without its extension being the page's id.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pageId } from '../../src/integrations/shared/content-files';

/** Whether a file name is a page file: `.md` or `.mdx`. */
const isPageFile = (name: string): boolean => /\.mdx?$/.test(name);

/** The page files of a folder, by name. */
export const pageFilesIn = (dir: string): string[] => readdirSync(dir).filter(isPageFile).sort();

/** The ids of the page files of a folder, by file name. */
export const pageIdsIn = (dir: string): string[] => pageFilesIn(dir).map(pageId);

/** The file name of the page with this id in a folder: `<id>.mdx` or `<id>.md`, whichever exists. */
export function pageFileName(dir: string, id: string): string {
  const name = [`${id}.mdx`, `${id}.md`].find((file) => existsSync(path.join(dir, file)));
  if (!name) throw new Error(`${dir} has no page ${id} (${id}.mdx or ${id}.md)`);
  return name;
}
