/**
 * Section links for a guide's headings: every h2 and h3 of its rendered text that has an id (every
 * Markdown heading does) gets one "#" link to itself beside it, so a clinician can send the address of
 * any section. A content component's own heading without an id (the crisis lines' "In an emergency")
 * is not a section, and is left as it is. Done on the rendered HTML, so a Markdown guide (rendered by
 * Astro while it reads the content) and an MDX guide (compiled) get the very same markup, and no
 * heading needs a component of its own.
 *
 * The link sits beside the heading, not inside it, so the heading's accessible name stays clean. It is
 * named by shared hidden words plus the heading ("Link to this section: Safety"). As on Starlight and
 * GitHub it is quiet: see-through at rest, shown on hover or keyboard focus (prose.css). Without
 * JavaScript it is a plain link to the section; with it, a press also copies the section's address
 * (src/scripts/copy-link.ts, fetched from `data-src` when a reader reaches for the link).
 */

export interface SectionLinkOptions {
  /** The address of the code that copies a section's link (fetched on intent). */
  src: string;
  /** The id of the hidden words that, with the heading, name its link. */
  labelId: string;
}

/** An h2 or h3 with its attributes and inner HTML; headings never nest, so the first close tag ends it. */
const HEADING = /<h([23])((?:\s[^>]*)?)>([\s\S]*?)<\/h\1>/g;
const ID = /\sid="([^"]*)"/;

/** The text with a section link beside each h2 and h3 that has an id. */
export function anchorHeadings(html: string, { src, labelId }: SectionLinkOptions): string {
  return html.replace(HEADING, (heading: string, level: string, attributes: string, inner: string) => {
    // The id is already HTML-escaped: it is copied from one attribute into others as it is.
    const id = ID.exec(attributes)?.[1];
    if (!id) return heading;
    return (
      `<div class="heading-wrapper"><h${level}${attributes}>${inner.trim()}</h${level}>` +
      `<a class="heading-anchor" href="#${id}" aria-labelledby="${labelId} ${id}" data-enhance="copy-link" data-src="${src}" data-pagefind-ignore>` +
      `<span aria-hidden="true">#</span></a></div>`
    );
  });
}
