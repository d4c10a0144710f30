import { describe, expect, it } from 'vitest';
import { parseListFile } from '../support/content-list';
import { parseSearchQueries, searchQueryProblems } from '../support/search-queries';

const FILE = 'content/search-queries.yaml';
const parse = (text: string) => parseSearchQueries(parseListFile(text, FILE));

const TWO_SETS = `tuning:
  - q: can I drive
    page: /guides/session-day/
    anchor: going-home
heldOut:
  - q: ' lift home '
    page: /guides/session-day/
`;

describe('parseSearchQueries', () => {
  it('reads both sets, with the line of each question', () => {
    expect(parse(TWO_SETS)).toEqual([
      { q: 'can I drive', pages: ['/guides/session-day/'], anchor: 'going-home', set: 'tuning', line: 2 },
      { q: 'lift home', pages: ['/guides/session-day/'], set: 'heldOut', line: 6 },
    ]);
  });

  it('allows the held-out set to be left out, never the tuning set', () => {
    expect(parse('tuning:\n  - q: taxi\n    page: /guides/session-day/\n')).toHaveLength(1);
    expect(() => parse('heldOut: []\n')).toThrow('content/search-queries.yaml: tuning must be a list');
  });

  it('names the line and the question of a page that is not an address on this site', () => {
    expect(() => parse('tuning:\n  - q: taxi\n    page: guides/session-day\n')).toThrow(
      'content/search-queries.yaml, line 2: tuning.0 ("taxi"): page received "guides/session-day", expected a page on this site',
    );
  });

  it('refuses an anchor written with its #, a misspelt field and a question without words', () => {
    expect(() => parse('tuning:\n  - q: taxi\n    page: /plan/\n    anchor: "#going-home"\n')).toThrow(
      'anchor received "#going-home", expected a section id',
    );
    expect(() => parse('tuning:\n  - q: taxi\n    pgae: /plan/\n')).toThrow(
      'line 2: tuning.0: unknown field "pgae" in tuning.0; did you mean "page"?',
    );
    expect(() => parse('tuning:\n  - page: /plan/\n')).toThrow('tuning.0.q is required');
  });

  it('reads a list of acceptable pages, in flow or block style', () => {
    expect(parse('tuning:\n  - q: throw up\n    pages: [/guides/safety/, /get-help/]\n')).toEqual([
      { q: 'throw up', pages: ['/guides/safety/', '/get-help/'], set: 'tuning', line: 2 },
    ]);
    expect(parse('tuning:\n  - q: taxi\n    pages:\n      - /guides/session-day/\n')[0]?.pages).toEqual([
      '/guides/session-day/',
    ]);
  });

  it('refuses both page and pages, neither, an empty or bad list, and an anchor with several pages', () => {
    expect(() => parse('tuning:\n  - q: taxi\n    page: /plan/\n    pages: [/plan/]\n')).toThrow(
      'line 2: tuning.0 ("taxi"): give page (one page) or pages (a list of acceptable pages), not both',
    );
    expect(() => parse('tuning:\n  - q: taxi\n')).toThrow('tuning.0 ("taxi"): page is required');
    expect(() => parse('tuning:\n  - q: taxi\n    pages: []\n')).toThrow('pages received [], expected a list of pages');
    expect(() => parse('tuning:\n  - q: taxi\n    pages: /plan/\n')).toThrow('pages received "/plan/"');
    expect(() => parse('tuning:\n  - q: taxi\n    pages: [/plan/, plan]\n')).toThrow(
      'pages received "plan", expected a page on this site',
    );
    expect(() => parse('tuning:\n  - q: taxi\n    pages: [/plan/, /checklist/]\n    anchor: going-home\n')).toThrow(
      'anchor names a section of one page',
    );
  });

  it('refuses a question asked twice, even across sets', () => {
    expect(() => parse(`${TWO_SETS}  - q: Can I drive\n    page: /plan/\n`)).toThrow(
      'content/search-queries.yaml, line 8: "Can I drive" is already asked in tuning (line 2); ask each question once',
    );
  });
});

describe('searchQueryProblems', () => {
  const queries = parse(TWO_SETS);
  it('accepts questions whose page and section exist', () => {
    expect(searchQueryProblems(queries, () => new Set(['going-home']))).toEqual([]);
  });
  it('names the entry whose page or section the site does not have', () => {
    expect(searchQueryProblems(queries, () => undefined)).toEqual([
      'content/search-queries.yaml, line 2: "can I drive" expects /guides/session-day/, which is not a page on this site',
      'content/search-queries.yaml, line 6: "lift home" expects /guides/session-day/, which is not a page on this site',
    ]);
    expect(searchQueryProblems(queries, () => new Set())).toEqual([
      'content/search-queries.yaml, line 2: "can I drive" expects the section #going-home of /guides/session-day/, which that page does not have',
    ]);
  });
  it('checks every page of a list', () => {
    const listed = parse('tuning:\n  - q: sick\n    pages: [/guides/safety/, /gone/]\n');
    expect(searchQueryProblems(listed, (page) => (page === '/gone/' ? undefined : new Set()))).toEqual([
      'content/search-queries.yaml, line 2: "sick" expects /gone/, which is not a page on this site',
    ]);
  });
});
