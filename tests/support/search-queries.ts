/**
 * The search questions an editor keeps in `content/search-queries.yaml`: what people type, and the
 * pages (and section) that may come up. Two sets: `tuning`, looked at while search is tuned, and
 * `heldOut`, never tuned for, which shows whether a change helps new questions too.
 */
import { unknownFieldMessage } from '../../src/schemas/unknown-fields';
import { checkTopLevelFields, place, readListFile, topLevelList, type ListFile } from './content-list';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Edition } from '../../src/lib/editions';
import { EDITIONS, pathsOf } from './editions';
import { CONTENT } from './paths';

export const QUERY_SETS = ['tuning', 'heldOut'] as const;
type QuerySet = (typeof QUERY_SETS)[number];

export interface SearchQuery {
  /** What a person types, in their own words. */
  q: string;
  /** The acceptable pages: one of them must be among the first three results, such as /guides/safety/. */
  pages: readonly string[];
  /** The section (heading id) that must be shown under the page, where the section matters (one page only). */
  anchor?: string;
  /** Which set the question is in. */
  set: QuerySet;
  /** Where the entry is in the file, so a problem names it. */
  line?: number;
}

const FIELDS = ['q', 'page', 'pages', 'anchor'] as const;
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
  const { q, page, pages, anchor } = fields;
  if (typeof q !== 'string' || q.trim() === '') throw new Error(`${where}.q is required: the words a person types`);
  const said = `${where} ("${q}")`;
  if (page === undefined && pages === undefined) {
    throw new Error(`${said}: page is required: the page that must come up (or pages: a list of acceptable pages)`);
  }
  if (page !== undefined && pages !== undefined) {
    throw new Error(`${said}: give page (one page) or pages (a list of acceptable pages), not both`);
  }
  const list: unknown[] = pages === undefined ? [page] : Array.isArray(pages) ? pages : [];
  if (list.length === 0) {
    throw new Error(
      `${said}: pages received ${JSON.stringify(pages)}, expected a list of pages such as [/guides/safety/, /get-help/]`,
    );
  }
  for (const each of list) {
    if (typeof each !== 'string' || !PAGE.test(each)) {
      throw new Error(
        `${said}: ${pages === undefined ? 'page' : 'pages'} received ${JSON.stringify(each)}, expected a page on this site that starts and ends with /, such as /guides/safety/`,
      );
    }
  }
  if (anchor !== undefined && (typeof anchor !== 'string' || !ANCHOR.test(anchor))) {
    throw new Error(
      `${said}: anchor received ${JSON.stringify(anchor)}, expected a section id such as what-to-bring (no #)`,
    );
  }
  // A section belongs to one page: with a list of pages, any part of any of them answers.
  if (anchor !== undefined && list.length > 1) {
    throw new Error(`${said}: anchor names a section of one page; leave it out when several pages are acceptable`);
  }
  return {
    q: q.trim(),
    pages: [...new Set(list as string[])],
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
    return query.pages.flatMap((page) => {
      const ids = sections(page);
      if (!ids) return [`${where} expects ${page}, which is not a page on this site`];
      if (query.anchor !== undefined && !ids.has(query.anchor)) {
        return [`${where} expects the section #${query.anchor} of ${page}, which that page does not have`];
      }
      return [];
    });
  });
}

/** The file of one language's search questions: search-queries.yaml for the clinic's own, search-queries.<lang>.yaml for another. */
function searchQueriesFile(edition: Pick<Edition, 'lang' | 'root'>): string {
  return edition.root ? 'search-queries.yaml' : `search-queries.${edition.lang}.yaml`;
}

/**
 * Every language's search questions, with the language's search page: each edition of the site needs
 * its own, since people search each language's pages in that language.
 */
export function editionQueries(): { edition: Edition; file: string; search: string; queries: SearchQuery[] }[] {
  return EDITIONS.map((edition) => {
    const file = searchQueriesFile(edition);
    const onDisk = path.join(CONTENT, file);
    if (!existsSync(onDisk)) {
      throw new Error(
        `content/${file} is missing: the site has pages in "${edition.lang}", and its search needs questions to be measured by.`,
      );
    }
    return {
      edition,
      file: `content/${file}`,
      search: pathsOf(edition.lang).search,
      queries: readSearchQueries(pathToFileURL(onDisk)),
    };
  });
}
