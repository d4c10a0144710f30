/** A table of contents from a page's headings: h2 entries, each with its h3 children. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) {
      toc.push({ slug: heading.slug, text: heading.text, children: [] });
    } else if (heading.depth === 3) {
      const parent = toc.at(-1);
      // An h3 before any h2 still deserves a place; it becomes a top-level entry.
      if (parent) parent.children.push({ slug: heading.slug, text: heading.text, children: [] });
      else toc.push({ slug: heading.slug, text: heading.text, children: [] });
    }
  }
  return toc;
}
