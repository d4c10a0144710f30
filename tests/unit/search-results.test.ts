import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  capQuery,
  excerptParts,
  find,
  looseWords,
  normaliseQuery,
  pickSubResults,
  queryVariants,
  statusMessage,
  withoutFillers,
  type SearchStatusWords,
} from '../../src/features/search/search-results';

/** Made-up words, so the choice of text and form shows whatever the language. */
const WORDS: SearchStatusWords = {
  results: { one: 'results one {count} {query}', other: 'results other {count} {query}' },
  resultsInStage: { one: 'in stage one {count} {query} {stage}', other: 'in stage other {count} {query} {stage}' },
  noResults: 'none {query}',
  noResultsInStage: 'none {query} in {stage}',
  someWords: { one: 'some one {count} {query}', other: 'some other {count} {query}' },
  someWordsInStage: {
    one: 'some in stage one {count} {query} {stage}',
    other: 'some in stage other {count} {query} {stage}',
  },
};

/** Grammar words of the unit tests' own, as a language's synonyms file lists them. */
const FILLERS = ['can', 'i', 'if', 'is', 'it', 'should', 'what'];

describe('cleaning a query', () => {
  it('drops question marks, folds curly apostrophes and collapses spaces', () => {
    expect(normaliseQuery('  can’t   I stop?? ')).toBe("can't I stop");
  });

  it('cuts a very long query at the end of a word, so it never overflows the address or the status line', () => {
    const pasted = 'ride home after the session '.repeat(4000);
    const query = normaliseQuery(pasted);
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.length).toBeGreaterThan(MAX_QUERY_LENGTH - 12);
    expect(pasted.startsWith(query)).toBe(true);
    expect(pasted.charAt(query.length)).toBe(' ');
  });

  it('cuts one endless word at the limit, and leaves a query within the limit as it is', () => {
    expect(capQuery('a'.repeat(100_000))).toBe('a'.repeat(MAX_QUERY_LENGTH));
    const exact = `${'word '.repeat(29)}word`;
    expect(exact.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(capQuery(exact)).toBe(exact);
    expect(capQuery(`${'a'.repeat(MAX_QUERY_LENGTH)} more`)).toBe('a'.repeat(MAX_QUERY_LENGTH));
  });

  it('keeps topic words and drops grammar words', () => {
    expect(withoutFillers('What if I panic', FILLERS)).toBe('panic');
    expect(withoutFillers('eat before', FILLERS)).toBe('eat before');
  });

  it('tries the topic words first, then the words as typed, never twice the same', () => {
    expect(queryVariants('can I stop?', FILLERS)).toEqual(['stop', 'can I stop']);
    expect(queryVariants('what should I wear', FILLERS)).toEqual(['wear', 'what should I wear']);
    expect(queryVariants('driving home', FILLERS)).toEqual(['driving home']);
    expect(queryVariants('what is it', FILLERS)).toEqual(['what is it']);
    expect(queryVariants('   ', FILLERS)).toEqual([]);
  });

  it('lists the single topic words for a last, looser try', () => {
    expect(looseWords('what if I feel sick after', FILLERS)).toEqual(['feel', 'sick', 'after']);
  });
});

describe('choosing sections under a page result', () => {
  const sub = (anchor: string, scores: number[], first = 0) => ({
    title: anchor,
    url: anchor ? `/guides/day/#${anchor}` : '/guides/day/',
    excerpt: '',
    weighted_locations: scores.map((balanced_score, index) => ({ balanced_score, location: first + index })),
  });

  it('puts the strongest match first and keeps at most the number asked for', () => {
    const picked = pickSubResults('/guides/day/', [sub('a', [1]), sub('b', [5, 5]), sub('c', [3]), sub('d', [2])], 3);
    expect(picked.map((item) => item.title)).toEqual(['b', 'c', 'd']);
  });

  it('leaves out the part before the first heading and sections without a match', () => {
    const picked = pickSubResults('/guides/day/', [sub('', [9]), sub('a', []), sub('b', [1])], 3);
    expect(picked.map((item) => item.title)).toEqual(['b']);
  });

  it('breaks ties by order on the page', () => {
    const picked = pickSubResults('/guides/day/', [sub('late', [2], 50), sub('early', [2], 5)], 3);
    expect(picked.map((item) => item.title)).toEqual(['early', 'late']);
  });
});

describe('excerpts as text', () => {
  it('splits marked and unmarked text and decodes entities', () => {
    expect(excerptParts('You can <mark>stop</mark> &amp; rest &#39;now&#39;')).toEqual([
      { text: 'You can ', marked: false },
      { text: 'stop', marked: true },
      { text: " & rest 'now'", marked: false },
    ]);
  });

  it('drops any other tag instead of passing it on as HTML', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>safe')).toEqual([{ text: 'safe', marked: false }]);
  });
});

describe('what screen readers hear', () => {
  it('counts results and names the query', () => {
    expect(statusMessage(WORDS, 'en', { query: 'stop', count: 1 })).toBe('results one 1 stop');
    expect(statusMessage(WORDS, 'en', { query: 'stop', count: 3, stage: 'Before' })).toBe(
      'in stage other 3 stop Before',
    );
  });

  it('says plainly when nothing matched', () => {
    expect(statusMessage(WORDS, 'en', { query: 'xyz', count: 0 })).toBe('none xyz');
    expect(statusMessage(WORDS, 'en', { query: 'xyz', count: 0, stage: 'After' })).toBe('none xyz in After');
  });

  it('says when the results only match some of the words', () => {
    expect(statusMessage(WORDS, 'en', { query: 'dog anxiety', count: 2, loose: true })).toBe(
      'some other 2 dog anxiety',
    );
    expect(statusMessage(WORDS, 'en', { query: 'dog', count: 1, loose: true, stage: 'After' })).toBe(
      'some in stage one 1 dog After',
    );
  });
});

describe('the searches run for one query', () => {
  /** A stand-in for Pagefind: each page lists the words it has; a search finds pages with every word. */
  const engine = (pages: Record<string, { words: string[]; score: number; phase?: string }>) => {
    const asked: { query: string; filters: Record<string, string> | undefined }[] = [];
    return {
      asked,
      search: async (query: string, options?: { filters?: Record<string, string> }) => {
        asked.push({ query, filters: options?.filters });
        const words = query.toLowerCase().split(' ');
        const results = Object.entries(pages)
          .filter(([, page]) => words.every((word) => page.words.includes(word)))
          .filter(([, page]) => !options?.filters?.['phase'] || page.phase === options.filters['phase'])
          .map(([id, page]) => ({ id, score: page.score }));
        return { results };
      },
    };
  };

  it('stops at the topic words when a page has them all', async () => {
    const fake = engine({ wear: { words: ['wear', 'clothes'], score: 1 } });
    expect(await find(fake, 'what should I wear', '', FILLERS)).toEqual({
      results: [{ id: 'wear', score: 1 }],
      loose: false,
    });
    expect(fake.asked.map((call) => call.query)).toEqual(['wear']);
  });

  it('tries the words as typed when every word is a grammar word', async () => {
    const fake = engine({ faq: { words: ['what', 'is', 'it'], score: 1 } });
    expect((await find(fake, 'what is it', '', FILLERS)).results.map((result) => result.id)).toEqual(['faq']);
  });

  it('falls back to any one topic word, most words first, then by score, and says the match is loose', async () => {
    const fake = engine({
      one: { words: ['ride'], score: 9 },
      two: { words: ['ride', 'dog'], score: 1 },
      other: { words: ['dog'], score: 5 },
    });
    const found = await find(fake, 'ride dog cat', '');
    expect(found.loose).toBe(true);
    expect(found.results.map((result) => result.id)).toEqual(['two', 'one', 'other']);
  });

  it('finds nothing, not loosely, when one topic word finds nothing', async () => {
    expect(await find(engine({ a: { words: ['ride'], score: 1 } }), 'dog', '')).toEqual({ results: [], loose: false });
  });

  it('filters every search to the stage chosen', async () => {
    const fake = engine({ before: { words: ['eat'], score: 1, phase: 'before' }, after: { words: ['eat'], score: 1 } });
    expect((await find(fake, 'eat', 'before')).results.map((result) => result.id)).toEqual(['before']);
    expect(fake.asked.every((call) => call.filters?.['phase'] === 'before')).toBe(true);
  });
});
