import { describe, expect, it } from 'vitest';
import {
  findWithSynonyms,
  missingTargets,
  rewriteQuery,
  synonymProblems,
  type SynonymGroup,
} from '../../src/features/search/synonyms';
import { synonymsSchema } from '../../src/schemas/words';

/** Made-up groups shaped like the sample's, so the rules show whatever a practice's list says. */
const GROUPS: SynonymGroup[] = [
  { words: ['medication', 'meds', 'pills'], means: 'medicines' },
  { words: ['throw up', 'be sick', 'sick to my stomach', 'puke', 'nauseous'], means: 'nausea' },
  { words: ['lift', 'drive me home', 'drive me'], means: 'ride' },
  { words: ['er', 'a&e', 'emergency room'], means: 'emergency' },
  { words: ['xanax', 'valium'], means: 'benzodiazepines' },
  { words: ['ambien', 'sleeping tablets'], means: 'sleeping pills' },
  { words: ['pregnant'], means: 'pregnancy' },
  { words: ['ketamin', "ketamine's", 'ketalar'], means: 'ketamine' },
  { words: ['gp'], means: 'doctor' },
];

describe('rewriting a query with the synonyms', () => {
  it.each([
    ['pregnant', 'pregnancy'],
    ['Pregnant', 'pregnancy'],
    ['PREGNANT?', 'pregnancy'],
    ['can I take my meds', 'can I take my medicines'],
    ['medications to tell my doctor', 'medications to tell my doctor'],
    ['medication to tell my GP', 'medicines to tell my doctor'],
    ['xanax', 'benzodiazepines'],
    ['Xanax and Valium', 'benzodiazepines and benzodiazepines'],
    ['ambien', 'sleeping pills'],
    ['ER', 'emergency'],
    ['go to A&E', 'go to emergency'],
    ['emergency room', 'emergency'],
    ['ketamin', 'ketamine'],
    ['is ketamine’s effect long', 'is ketamine effect long'],
    ['ketalar dose', 'ketamine dose'],
  ])('%s → %s', (query, expected) => {
    expect(rewriteQuery(query, GROUPS)).toBe(expected);
  });

  it('matches a phrase only as whole words, in order', () => {
    expect(rewriteQuery('throw up', GROUPS)).toBe('nausea');
    expect(rewriteQuery('will I throw up', GROUPS)).toBe('will I nausea');
    expect(rewriteQuery('throw it up', GROUPS)).toBe('throw it up');
    expect(rewriteQuery('up throw', GROUPS)).toBe('up throw');
    expect(rewriteQuery('thrower up', GROUPS)).toBe('thrower up');
    expect(rewriteQuery('lifting weights', GROUPS)).toBe('lifting weights');
    expect(rewriteQuery('ermm', GROUPS)).toBe('ermm');
    expect(rewriteQuery('river', GROUPS)).toBe('river');
  });

  it('prefers the longest phrase', () => {
    expect(rewriteQuery('feeling sick to my stomach', GROUPS)).toBe('feeling nausea');
    expect(rewriteQuery('can someone drive me home', GROUPS)).toBe('can someone ride');
    expect(rewriteQuery('can you drive me', GROUPS)).toBe('can you ride');
    expect(rewriteQuery('I might be sick', GROUPS)).toBe('I might nausea');
  });

  it('never breaks up the site’s own phrase for a rule about one of its words', () => {
    const groups = [...GROUPS, { words: ['sleeping'], means: 'asleep' }];
    expect(rewriteQuery('sleeping pills', groups)).toBe('sleeping pills');
    expect(rewriteQuery('pills', groups)).toBe('medicines');
    expect(rewriteQuery('sleeping tablets', groups)).toBe('sleeping pills');
  });

  it('replaces each word once, without chains', () => {
    const chain = [
      { words: ['a1'], means: 'b1' },
      { words: ['c1'], means: 'a1' },
    ];
    expect(rewriteQuery('c1', chain)).toBe('a1');
    expect(rewriteQuery('c1 a1', chain)).toBe('a1 b1');
  });

  it('keeps the other words as typed and cleans the query as search does', () => {
    expect(rewriteQuery('  Is   Xanax OK?? ', GROUPS)).toBe('Is benzodiazepines OK');
    expect(rewriteQuery('', GROUPS)).toBe('');
    expect(rewriteQuery('pregnant', [])).toBe('pregnant');
  });
});

describe('searching with the synonyms', () => {
  /** A stand-in for Pagefind: each page lists its words; a search finds pages with every word. */
  const engine = (pages: Record<string, string[]>) => {
    const asked: string[] = [];
    return {
      asked,
      search: async (query: string) => {
        asked.push(query);
        const words = query.toLowerCase().split(' ');
        const results = Object.entries(pages)
          .filter(([, has]) => words.every((word) => has.includes(word)))
          .map(([id]) => ({ id, score: 1 }));
        return { results };
      },
    };
  };

  it('searches the site’s word first, then the words as typed, each page once', async () => {
    const fake = engine({ safety: ['pregnancy', 'pregnant'], other: ['pregnant'], help: ['pregnancy'] });
    const found = await findWithSynonyms(fake, 'pregnant', '', GROUPS);
    expect(found).toEqual({
      results: [
        { id: 'safety', score: 1 },
        { id: 'help', score: 1 },
        { id: 'other', score: 1 },
      ],
      loose: false,
    });
    expect(fake.asked).toEqual(['pregnancy', 'pregnant']);
  });

  it('searches once when no synonym applies', async () => {
    const fake = engine({ day: ['ride'] });
    expect(await findWithSynonyms(fake, 'ride', '', GROUPS)).toEqual({
      results: [{ id: 'day', score: 1 }],
      loose: false,
    });
    expect(fake.asked).toEqual(['ride']);
  });

  it('finds a page for a brand name the pages never use', async () => {
    const fake = engine({ medicines: ['benzodiazepines', 'opioids'] });
    const found = await findWithSynonyms(fake, 'Xanax', '', GROUPS);
    expect(found.results.map((result) => result.id)).toEqual(['medicines']);
    expect(found.loose).toBe(false);
  });

  it('puts pages with every typed word before pages that match only some', async () => {
    // The rewritten query matches only loosely; the typed one matches one page fully.
    const fake = engine({ full: ['meds', 'list'], loose: ['medicines'] });
    const found = await findWithSynonyms(fake, 'meds list', '', GROUPS);
    expect(found.results.map((result) => result.id)).toEqual(['full', 'loose']);
    expect(found.loose).toBe(false);
  });

  it('says loose when every result matches only some words, and finds nothing for nothing', async () => {
    const fake = engine({ a: ['medicines'], b: ['list'] });
    const found = await findWithSynonyms(fake, 'meds list', '', GROUPS);
    expect(found.loose).toBe(true);
    expect(found.results.map((result) => result.id).sort()).toEqual(['a', 'b']);
    expect(await findWithSynonyms(engine({}), 'xanax', '', GROUPS)).toEqual({ results: [], loose: false });
  });
});

describe('checking a synonyms list', () => {
  it('accepts a clean list', () => {
    expect(synonymProblems(GROUPS)).toEqual([]);
  });

  it('names the entry and the word listed twice, in one entry or two', () => {
    expect(
      synonymProblems([
        { words: ['meds', 'Meds'], means: 'medicines' },
        { words: ['pills'], means: 'tablets' },
        { words: ['pills'], means: 'capsules' },
      ]),
    ).toEqual([
      'entry 1 (means: medicines): "Meds" is listed twice here; a word can mean only one thing',
      'entry 3 (means: capsules): "pills" is listed in entry 2 too; a word can mean only one thing',
    ]);
  });

  it('refuses a group that lists its own word, and punctuation search drops', () => {
    expect(synonymProblems([{ words: ['Nausea'], means: 'nausea' }])).toEqual([
      'entry 1 (means: nausea): "Nausea" is the word it means; list only the readers\' words',
    ]);
    expect(synonymProblems([{ words: ['e.r.'], means: 'emergency' }])[0]).toMatch(/entry 1 .*"e\.r\." has "\."/);
  });

  it('refuses a reader’s word that is another entry’s site word, which would never be swapped', () => {
    expect(
      synonymProblems([
        { words: ['a1'], means: 'b1' },
        { words: ['B1'], means: 'c1' },
      ]),
    ).toEqual(['entry 2 (means: c1): "B1" is the word entry 1 means; a site\'s word is never swapped']);
  });

  it('the schema stops the build naming the entry', () => {
    const result = synonymsSchema.safeParse({ synonyms: [{ words: ['x', 'x'], means: 'y' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'entry 1 (means: y): "x" is listed twice here; a word can mean only one thing',
    ]);
    expect(synonymsSchema.safeParse({ synonyms: [{ words: [], means: 'y' }] }).success).toBe(false);
    expect(synonymsSchema.safeParse({ synonyms: [{ word: ['x'], means: 'y' }] }).success).toBe(false);
  });
});

describe('checking each target against the index', () => {
  const index =
    'Nausea or vomiting. Plan your ride home!  The Sleeping\npills and “benzodiazepines”. Ketamine’s effects';

  it('passes words and phrases the index holds, in any case and across punctuation and lines', () => {
    expect(
      missingTargets(
        [
          { words: ['puke'], means: 'nausea' },
          { words: ['ambien'], means: 'sleeping pills' },
          { words: ['xanax'], means: 'Benzodiazepines' },
          { words: ['lift'], means: 'ride home' },
          { words: ['ketamin'], means: "ketamine's" },
        ],
        index,
      ),
    ).toEqual([]);
  });

  it('reads a character outside the Basic Multilingual Plane whole: a letter there joins the word, an emoji does not', () => {
    const groups = [{ words: ['x'], means: 'calm' }];
    expect(missingTargets(groups, 'stay \u{1D400}calm')).toHaveLength(1);
    expect(missingTargets(groups, 'calm\u{1D400} now')).toHaveLength(1);
    expect(missingTargets(groups, 'stay \u{1F600}calm\u{1F600}')).toEqual([]);
  });

  it('names the entry and the word the index lacks, whole words only', () => {
    expect(
      missingTargets(
        [
          { words: ['puke'], means: 'nausea' },
          { words: ['pregnant'], means: 'pregnancy' },
          { words: ['vom'], means: 'vomit' },
          { words: ['x'], means: 'home plan' },
        ],
        index,
      ),
    ).toEqual([
      'entry 2: means "pregnancy", which no searchable page uses; choose a word the guides use',
      'entry 3: means "vomit", which no searchable page uses; choose a word the guides use',
      'entry 4: means "home plan", which no searchable page uses; choose a word the guides use',
    ]);
  });
});
