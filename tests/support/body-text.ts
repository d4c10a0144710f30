/**
 * The words a reader reads in a built guide: its title and the text of `.prose-page` (headings,
 * paragraphs, lists, definitions, callouts), as blocks. Code, the "#" section links, screen-reader
 * extras and the sources list (which sits outside `.prose-page`) are left out.
 */
import type { CheerioAPI } from 'cheerio';
import { guideFile, page } from './dist';

const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, td, th';

export function bodyBlocks($: CheerioAPI): string[] {
  const root = $('.prose-page').clone();
  root.find('pre, code, .heading-anchor, .sr-only').remove();
  const blocks = [$('h1').first().text()];
  root.find(BLOCKS).each((_, element) => {
    // A block that holds other blocks (a list item with paragraphs) is read through its children.
    if ($(element).find(BLOCKS).length > 0) return;
    blocks.push($(element).text());
  });
  return blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter((block) => block !== '');
}

/** All of a guide's body text as one string, for "does the page say …" checks. */
export function bodyText($: CheerioAPI): string {
  return bodyBlocks($).join('\n');
}

/** Rendered words of a guide's body, lower case, single-spaced, with curly quotes made straight. */
export function guideWords(id: string): string {
  return bodyText(page(guideFile(id)))
    .replace(/\s+/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase();
}
