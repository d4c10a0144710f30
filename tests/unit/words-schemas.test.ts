/** The words collections' own rules: one file per language, and home and route words that are whole. */
import { describe, expect, it } from 'vitest';
import { inlineLinks, linkProblem } from '../../src/lib/inline-links';
import { assertLanguageFiles, languageOf } from '../../src/lib/language';
import { ROUTES } from '../../src/schemas/names';
import { PRACTICAL_DETAIL_NAMES } from '../../src/lib/practical';
import { homeSchema, routesSchema, valueWordsSchema } from '../../src/schemas/words';
import { TEST_SETTING_WORDS } from '../support/setting-words';
import { readHome, readSettingWords, wordsFile } from '../support/words';

const issues = (schema: typeof homeSchema | typeof routesSchema | typeof valueWordsSchema, data: unknown) =>
  schema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('languages', () => {
  it('take the language from the clinic’s locale', () => {
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('es-MX')).toBe('es');
    expect(() => languageOf('English')).toThrow(/received locale "English"/);
  });
  it('refuse a words file not named for a language, naming it', () => {
    expect(() => assertLanguageFiles('content/home', ['en.yaml', 'es.yaml'])).not.toThrow();
    expect(() => assertLanguageFiles('content/home', ['en.yaml', 'English.yaml', 'en-US.yaml'])).toThrow(
      /^content\/home: "English\.yaml", "en-US\.yaml" must be named for its language, such as en\.yaml/,
    );
  });
});

describe('links in words', () => {
  it('split a line into words and links', () => {
    expect(inlineLinks('See the [checklist](/checklist/) now.')).toEqual([
      'See the ',
      { text: 'checklist', href: '/checklist/' },
      ' now.',
    ]);
    expect(inlineLinks('No links.')).toEqual(['No links.']);
  });
  it('go only to this site’s pages, and must be written whole', () => {
    expect(linkProblem('See [it](/guides/safety/#top).')).toBeUndefined();
    expect(linkProblem('See [it](//example.org/).')).toMatch(/starting with \//);
    expect(linkProblem('See [it] (/checklist/).')).toMatch(/must be written \[words\]\(\/address\/\)/);
  });
});

describe('the home page’s words (content/home/)', () => {
  const real = wordsFile('home') as Record<string, unknown>;
  it('are valid', () => {
    expect(issues(homeSchema, real)).toEqual([]);
    expect(readHome().paths.length).toBeGreaterThan(0);
  });
  it('refuse a missing field and an unknown one, naming them', () => {
    const { lead: _, ...rest } = real;
    expect(issues(homeSchema, rest)).toEqual(['lead: lead is required and must be text']);
    expect(issues(homeSchema, { ...real, heading2: 'More' })).toEqual([
      'heading2: unknown field "heading2"; did you mean "heading"?',
    ]);
  });
  it('refuse a path of a phase that does not exist, and a setting that does not', () => {
    const paths = real['paths'] as Record<string, unknown>[];
    expect(issues(homeSchema, { ...real, paths: [{ ...paths[0], phases: ['later'] }] })[0]).toMatch(
      /^paths\.0\.phases\.0: each path phase must be one of: about, before/,
    );
    expect(issues(homeSchema, { ...real, intro: 'Welcome to {clinic.nmae}.' })[0]).toMatch(
      /^intro: intro uses \{clinic\.nmae\}, which is not a clinic setting/,
    );
  });
});

describe('the route words (content/routes/)', () => {
  const real = wordsFile('routes') as Record<string, Record<string, unknown>>;
  it('describe every route, each with a source', () => {
    expect(Object.keys(readSettingWords().routes).sort()).toEqual([...ROUTES].sort());
  });
  it('refuse a route without its words or its sources, naming the field', () => {
    const { words: _, ...noWords } = real['nasal'] ?? {};
    expect(issues(routesSchema, { ...real, nasal: noWords })).toEqual([
      'nasal.words: route words is required and must be text',
    ]);
    expect(issues(routesSchema, { ...real, nasal: { ...real['nasal'], sources: [] } })).toEqual([
      'nasal.sources: route sources needs at least one source',
    ]);
  });
  it('refuse a route the settings cannot choose', () => {
    expect(issues(routesSchema, { ...real, oral: real['nasal'] })[0]).toMatch(/^oral: unknown field "oral"/);
  });
});

describe('the words around practical details (content/values/ practical)', () => {
  const values = TEST_SETTING_WORDS.values;
  const { practical } = values;
  const withPractical = (changed: Record<string, unknown>) =>
    issues(valueWordsSchema, { ...values, practical: { ...practical, ...changed } });

  it('accept the test words, and the site’s words name every detail', () => {
    expect(withPractical({})).toEqual([]);
    expect(Object.keys(readSettingWords().values.practical.topics)).toEqual(PRACTICAL_DETAIL_NAMES);
  });
  it('refuse a missing topic or link, and one for a detail that does not exist, naming the key', () => {
    const { insurance: _, ...noInsurance } = practical.topics;
    expect(withPractical({ topics: noInsurance })).toEqual([
      'practical.topics.insurance: practical topics insurance is required and must be text',
    ]);
    expect(withPractical({ links: { ...practical.links, insurance: 'See our insurance page' } })[0]).toMatch(
      /^practical\.links\.insurance: unknown field "insurance"/,
    );
    const { askUs: _askUs, ...noAsk } = practical;
    expect(issues(valueWordsSchema, { ...values, practical: noAsk })).toEqual([
      'practical.askUs: practical askUs is required and must be text',
    ]);
  });
  it('refuse a request to ask without its phone, or with a blank it cannot fill', () => {
    expect(withPractical({ askUs: 'Ask us about {topic}. Email {email}.' })).toEqual([
      'practical.askUs: practical askUs must contain {phone} exactly once (it has 0)',
    ]);
    expect(withPractical({ topics: { ...practical.topics, fees: 'fees at {clinic}' } })).toEqual([
      'practical.topics.fees: practical topics fees uses {clinic}, which is not a blank it has (blanks: none)',
    ]);
  });
});
