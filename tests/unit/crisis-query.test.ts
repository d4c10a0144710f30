/** The crisis matcher (src/features/search/crisis-query.ts) and the crisis words file's schema. */
import { describe, expect, it } from 'vitest';
import { crisisPhrasesIn, crisisText, hasCrisisWords, withCrisisPage } from '../../src/features/search/crisis-query';
import { crisisWordsSchema } from '../../src/schemas/words';
import { readCrisisPhrases } from '../support/words';

/** The tests' own list, so these hold whatever a practice lists. */
const PHRASES = [
  'suicide',
  'kill myself',
  "don't want to live",
  'self-harm',
  'overdose',
  'OD',
  "can't breathe",
  'chest pain',
  '988',
  'Crisis',
];

const issues = (data: unknown) =>
  crisisWordsSchema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('crisisText', () => {
  it('drops case, accents, apostrophes and hyphens, and splits words by one space', () => {
    expect(crisisText('  Don’t   WANT to-live! ')).toBe('dont want to live');
    expect(crisisText("can't")).toBe('cant');
    expect(crisisText('Suicídio')).toBe('suicidio');
    expect(crisisText('…')).toBe('');
  });
});

describe('hasCrisisWords', () => {
  it.each([
    'I want to kill myself',
    'thinking about suicide',
    'overdose',
    'I think I took an OD',
    '988',
    'call 988 now',
    'I DONT want to live',
    'I don’t want to live anymore',
    'selfharm is not it but self harm is',
    'Self-Harm',
    'cant breathe',
    'chest pain after session',
    'crisis?',
  ])('finds crisis words in "%s"', (query) => {
    expect(hasCrisisWords(query, PHRASES)).toBe(true);
  });

  it.each([
    'stop',
    'pain',
    'sad',
    'breathe',
    'chest',
    'can I stop the session halfway',
    'food before the session',
    'odd feelings',
    'suicides', // whole words only: a practice lists the forms it wants
    'kill',
    '9880',
    'selfharm',
    '',
  ])('finds none in "%s"', (query) => {
    expect(hasCrisisWords(query, PHRASES)).toBe(false);
  });

  it('finds nothing with no phrases, or with a phrase of no words', () => {
    expect(hasCrisisWords('suicide', [])).toBe(false);
    expect(hasCrisisWords('suicide', ['—'])).toBe(false);
  });
});

describe('crisisPhrasesIn', () => {
  it('lists the phrases a query holds, longest first, as the list writes them', () => {
    expect(crisisPhrasesIn('suicide line or 988', ['988', 'suicide', 'suicide line'])).toEqual([
      'suicide line',
      'suicide',
      '988',
    ]);
    expect(crisisPhrasesIn('stop', PHRASES)).toEqual([]);
  });
});

describe('withCrisisPage', () => {
  const result = (id: string) => ({ id });
  const engine = (ids: string[]) => (query: string) =>
    Promise.resolve({ results: query === 'suicide' ? ids.map(result) : [] });

  it('puts the best page for the phrase first when the query’s own results have it below the first three', async () => {
    const own = ['a', 'b', 'c', 'help', 'd'].map(result);
    expect((await withCrisisPage(own, 'suicide', engine(['help', 'a']))).map((r) => r.id)).toEqual([
      'help',
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('adds it when the query’s own results miss it, and drops nothing', async () => {
    const own = ['a', 'b'].map(result);
    expect((await withCrisisPage(own, 'suicide', engine(['help']))).map((r) => r.id)).toEqual(['help', 'a', 'b']);
  });

  it('leaves the order alone when the page is already among the first three, or the phrase finds nothing', async () => {
    const own = ['a', 'help', 'b', 'c'].map(result);
    expect((await withCrisisPage(own, 'suicide', engine(['help']))).map((r) => r.id)).toEqual(['a', 'help', 'b', 'c']);
    expect((await withCrisisPage(own, 'overdose', engine(['help']))).map((r) => r.id)).toEqual(['a', 'help', 'b', 'c']);
  });
});

describe('the crisis words file (content/crisis-words/)', () => {
  it('is valid, and lists no word that is ordinary alone', () => {
    const phrases = readCrisisPhrases();
    expect(issues({ phrases })).toEqual([]);
    for (const word of ['stop', 'pain', 'sad', 'breathe', 'chest', 'help', 'session']) {
      expect(hasCrisisWords(word, phrases), word).toBe(false);
    }
  });

  it('refuses a missing list, an empty one, an unknown field, a phrase twice and a phrase of no words, naming each', () => {
    expect(issues({})).toEqual(['phrases: phrases must be a list of phrases, one a line']);
    expect(issues({ phrases: [] })).toEqual(['phrases: phrases needs at least one phrase']);
    expect(issues({ phrases: ['crisis'], words: ['x'] })[0]).toMatch(/^words: unknown field "words"/);
    expect(issues({ phrases: ['self harm', 'crisis', 'Self-harm', '!!'] })).toEqual([
      'phrases.2: crisis phrase "Self-harm" is the same as phrase 1 ("self harm"): list it once',
      'phrases.3: crisis phrase "!!" has no letter or number to match',
    ]);
  });
});
