/**
 * The file names of guides and handouts. A file name is the page's address (`safety.mdx` is served at
 * /guides/safety/), so it must be an address as written: lowercase words joined by hyphens. Astro
 * turned `Safety.mdx` into the id `safety` too, and when two files shared an id it only warned while
 * one page silently replaced the other; these checks stop the build and name both files.
 */

/** Lowercase words (letters and digits) joined by single hyphens, then `.mdx`. */
const PAGE_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** The page's id and address segment: its file name without `.mdx`, exactly as written. */
export function pageId(file: string): string {
  return file.replace(/\.mdx$/, '');
}

/** The name a file would have as an address: lowercase, with any run of other characters as one hyphen. */
function suggestedFileName(file: string): string {
  const words = pageId(file)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return `${words.join('-') || 'page'}.mdx`;
}

/**
 * Every problem with the `.mdx` file names in one folder (`folder` as an editor knows it, such as
 * content/guides), each naming the file, and the file it clashes with when two would share an address.
 */
export function pageFileProblems(folder: string, files: readonly string[]): string[] {
  const problems = new Map<string, string>();
  const byAddress = new Map<string, string>();
  for (const file of [...files].sort(byCorrectFirst)) {
    const address = suggestedFileName(file);
    const clash = byAddress.get(address);
    if (!PAGE_FILE.test(file) || clash) {
      const rule = `${folder}/${file}: the file name is the page address, so it must be lowercase words joined by hyphens, such as ${address}`;
      problems.set(
        file,
        clash ? `${rule}; ${folder}/${clash} already has that address, so one page would replace the other` : rule,
      );
    }
    if (!clash) byAddress.set(address, file);
  }
  // In the folder's order, as an editor sees the files.
  return files.flatMap((file) => problems.get(file) ?? []);
}

/** Names that are already right come first, so a clash is blamed on the file that must change. */
function byCorrectFirst(a: string, b: string): number {
  return Number(!PAGE_FILE.test(a)) - Number(!PAGE_FILE.test(b));
}

/** Throws every problem at once, so an editor can fix them in one go. */
export function assertPageFiles(folder: string, files: readonly string[]): void {
  const problems = pageFileProblems(folder, files);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
