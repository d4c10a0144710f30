/**
 * The file names of guides and handouts. A file name is the page's address (`safety.mdx` is served at
 * /guides/safety/), so it must be an address as written: lowercase words joined by hyphens. Astro
 * turned `Safety.mdx` into the id `safety` too, and when two files shared an id it only warned while
 * one page silently replaced the other; these checks stop the build and name both files.
 *
 * A guide may be Markdown (`.md`) when it uses no content components: Astro renders it once, while it
 * reads the content, instead of compiling it into code (docs/guides.md, "Markdown or MDX").
 */

/** The kinds of page file a folder takes: guides `.md` or `.mdx`, handouts `.mdx` only. */
export type PageExtension = '.md' | '.mdx';

/** Lowercase words (letters and digits) joined by single hyphens. */
const ADDRESS = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The file's extension, when it is a page file (`.md` or `.mdx`). */
function extensionOf(file: string): PageExtension | undefined {
  // Any case, so `Safety.MDX` is named as a wrong name rather than silently left out.
  return /\.mdx?$/i.exec(file)?.[0].toLowerCase() as PageExtension | undefined;
}

/** The page's id and address segment: its file name without `.md` or `.mdx`, exactly as written. */
export function pageId(file: string): string {
  return file.replace(/\.mdx?$/i, '');
}

/** The address a file would have: lowercase, with any run of other characters as one hyphen. */
function suggestedAddress(file: string): string {
  const words = pageId(file)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.join('-') || 'page';
}

/** Whether a file's name is already right: an address, then an extension the folder takes. */
function isRightName(file: string, extensions: readonly PageExtension[]): boolean {
  const extension = extensionOf(file);
  return (
    extension !== undefined && file.endsWith(extension) && extensions.includes(extension) && ADDRESS.test(pageId(file))
  );
}

/**
 * Every problem with the page file names in one folder (`folder` as an editor knows it, such as
 * content/guides), each naming the file, and the file it clashes with when two would share an address
 * (`safety.md` beside `safety.mdx` too). Files of other kinds are not pages and are left alone, except
 * a `.md` file where only `.mdx` is taken, which would otherwise be silently left out.
 */
export function pageFileProblems(
  folder: string,
  files: readonly string[],
  extensions: readonly PageExtension[] = ['.mdx'],
): string[] {
  const problems = new Map<string, string>();
  const byAddress = new Map<string, string>();
  const pages = files.filter((file) => extensionOf(file) !== undefined);
  for (const file of [...pages].sort(
    (a, b) => Number(!isRightName(a, extensions)) - Number(!isRightName(b, extensions)),
  )) {
    const extension = extensionOf(file) ?? '.mdx';
    const address = suggestedAddress(file);
    const clash = byAddress.get(address);
    if (!extensions.includes(extension)) {
      problems.set(
        file,
        `${folder}/${file}: pages here are ${extensions.join(' or ')} files; rename it ${address}${extensions[0] ?? '.mdx'}`,
      );
    } else if (!isRightName(file, extensions) || clash) {
      const rule = `${folder}/${file}: the file name is the page address, so it must be lowercase words joined by hyphens, such as ${address}${extension}`;
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

/** Throws every problem at once, so an editor can fix them in one go. */
export function assertPageFiles(
  folder: string,
  files: readonly string[],
  extensions: readonly PageExtension[] = ['.mdx'],
): void {
  const problems = pageFileProblems(folder, files, extensions);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
