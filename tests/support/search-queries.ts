/**
 * The search questions an editor keeps in `content/search-queries.yaml`: what people type, and the
 * page (and section) that must come up. Two sets: `tuning`, looked at while search is tuned, and
 * `heldOut`, never tuned for, which shows whether a change helps new questions too.
 */
import { unknownFieldMessage } from '../../src/schemas/unknown-fields';
import { checkTopLevelFields, place, readListFile, topLevelList, type ListFile } from './content-list';

export const QUERY_SETS = ['tuning', 'heldOut'] as const;
type QuerySet = (typeof QUERY_SETS)[number];

export interface SearchQuery {
  /** What a person types, in their own words. */
  q: string;
  /** The page that must be among the first three results, such as /guides/safety/. */
  page: string;
  /** The section (heading id) of that page that must be shown under it, where the section matters. */
  anchor?: string;
  /** Which set the question is in. */
  set: QuerySet;
  /** Where the entry is in the file, so a problem names it. */
  line?: number;
}

const FIELDS = ['q', 'page', 'anchor'] as const;
const PAGE = /^\/([a-z0-9-]+\/)*$/;
const ANCHOR = /^[a-z0-9][a-z0-9-]*$/;

/** Checks the parsed file; every problem names the file, the line and the entry. */
export function parseSearchQueries(file: ListFile): SearchQuery[] {
  checkTopLevelFields(file, QUERY_SETS);
  const queries = QUERY_SETS.flatMap((set) =>
    topLevelList(file, set, set === 'heldOut').map((entry, index) => parseQuery(file, set, index, entry)),
  );
  const seen = new Map<string, SearchQuery>();
  for (const query of queries) {
    const key = query.q.toLowerCase();
    const first = seen.get(key);
    if (first) {
      throw new Error(
        `${place(file.name, query.line)}: "${query.q}" is already asked in ${first.set}${first.line === undefined ? '' : ` (line ${first.line})`}; ask each question once`,
      );
    }
    seen.set(key, query);
  }
  return queries;
}

function parseQuery(file: ListFile, set: QuerySet, index: number, entry: unknown): SearchQuery {
  const line = file.lines.get(`${set}.${index}`);
  const where = `${place(file.name, line)}: ${set}.${index}`;
  const fields = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : undefined;
  if (!fields) throw new Error(`${where} must be a question with q and page`);
  const unknown = Object.keys(fields).find((key) => !(FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined) throw new Error(`${where}: ${unknownFieldMessage(unknown, FIELDS, [set, index])}`);
  const { q, page, anchor } = fields;
  if (typeof q !== 'string' || q.trim() === '') throw new Error(`${where}.q is required: the words a person types`);
  if (typeof page !== 'string' || !PAGE.test(page)) {
    throw new Error(
      `${where} ("${q}"): page received ${JSON.stringify(page)}, expected a page on this site that starts and ends with /, such as /guides/safety/`,
    );
  }
  if (anchor !== undefined && (typeof anchor !== 'string' || !ANCHOR.test(anchor))) {
    throw new Error(
      `${where} ("${q}"): anchor received ${JSON.stringify(anchor)}, expected a section id such as what-to-bring (no #)`,
    );
  }
  return {
    q: q.trim(),
    page,
    set,
    ...(anchor === undefined ? {} : { anchor }),
    ...(line === undefined ? {} : { line }),
  };
}

export function readSearchQueries(file: URL): SearchQuery[] {
  return parseSearchQueries(readListFile(file));
}

/**
 * Questions that name a page or a section the site does not have, as messages naming the entry.
 * `sections(page)` gives the section ids of a built page, or undefined when there is no such page.
 */
export function searchQueryProblems(
  queries: readonly SearchQuery[],
  sections: (page: string) => ReadonlySet<string> | undefined,
  file = 'content/search-queries.yaml',
): string[] {
  return queries.flatMap((query) => {
    const where = `${place(file, query.line)}: "${query.q}"`;
    const ids = sections(query.page);
    if (!ids) return [`${where} expects ${query.page}, which is not a page on this site`];
    if (query.anchor !== undefined && !ids.has(query.anchor)) {
      return [`${where} expects the section #${query.anchor} of ${query.page}, which that page does not have`];
    }
    return [];
  });
}
