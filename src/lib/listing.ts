/**
 * How pages that list every guide (the A to Z, the clinicians' page, the guides index) stay within the
 * first round trip however many guides a practice writes: a list is weighed by its words, and when it
 * is too heavy for the page it moves to pages of its own, packed in order up to a limit.
 *
 * A list's weight is the characters a reader sees plus a fixed cost per link for its markup. Measured on
 * the sample site, a unit costs about 0.3 bytes gzip (its A to Z: 144 topics, 14,100 units, 4.3 KB).
 */

/** The markup around one link in a list (`<li><a href="…">`, classes), in weight units. */
export const LINK_MARKUP = 40;

/**
 * The most a list on one page may weigh: about 2 KB gzip, what the site's frame (header, footer, CSS:
 * about 9–10 KB) leaves of a 12 KB first round trip.
 */
export const LIST_LIMIT = 7000;

/** The weight of one link in a list: the words shown with it, plus its markup. */
export function linkWeight(...texts: readonly (string | undefined)[]): number {
  return texts.reduce((sum, text) => sum + (text?.length ?? 0), LINK_MARKUP);
}

/** The weight of a whole list. */
export function listWeight<T>(items: readonly T[], weight: (item: T) => number): number {
  return items.reduce((sum, item) => sum + weight(item), 0);
}

/**
 * Items in order, split into pages that each weigh at most `limit`; an item heavier than the limit has a
 * page to itself. Always at least one page (empty for no items), so page 1's address always exists.
 */
export function packPages<T>(items: readonly T[], weight: (item: T) => number, limit = LIST_LIMIT): T[][] {
  if (!(limit > 0)) throw new Error(`packPages: the limit must be above 0 (received ${limit})`);
  const pages: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const cost = weight(item);
    const current = pages[pages.length - 1] ?? [];
    if (current.length > 0 && used + cost > limit) {
      pages.push([item]);
      used = cost;
    } else {
      current.push(item);
      used += cost;
    }
  }
  return pages;
}

/**
 * The address of page `part` (from 1) of a list whose first page is `first`: page 1 is `first` itself,
 * so the address a person is sent stays the same when a list grows onto a second page.
 */
export function partPath(first: string, part: number): string {
  if (!Number.isInteger(part) || part < 1)
    throw new Error(`partPath: part must be a whole number from 1 (received ${part})`);
  return part === 1 ? first : `${first}${part}/`;
}

/** The `[...part]` route parameter of page `part`: none for the first page, "2", "3" … for the rest. */
export function partParam(part: number): string | undefined {
  return part === 1 ? undefined : String(part);
}

/** One page per part of each stage's list (/…/<stage>/, /…/<stage>/2/ …), for a stage page's getStaticPaths. */
export function stagePartPaths<P extends string, T>(
  stages: readonly { phase: P; parts: readonly T[][] }[],
): { params: { phase: P; part: string | undefined }; props: { phase: P; items: T[]; part: number; parts: number } }[] {
  return stages.flatMap(({ phase, parts }) =>
    parts.map((items, index) => ({
      params: { phase, part: partParam(index + 1) },
      props: { phase, items, part: index + 1, parts: parts.length },
    })),
  );
}

/** A page's title: the list's own on its first and only page, "… (page 2 of 3)" (the practice's words) on the others. */
export function partTitle(
  title: string,
  part: number,
  parts: number,
  words: (values: { title: string; part: string; parts: string }) => string,
): string {
  return parts > 1 ? words({ title, part: String(part), parts: String(parts) }) : title;
}
