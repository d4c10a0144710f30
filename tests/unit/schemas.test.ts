/** Rules of the content contract that the bad-content fixtures do not already cover. */
import { describe, expect, it } from 'vitest';
import { checklistItemSchema } from '../../src/schemas/checklist';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { guideSchema, handoutSchema } from '../../src/schemas/pages';
import { spellingSchema } from '../../src/schemas/spelling';

const valid = {
  title: 'A valid guide',
  description: 'A description long enough to pass the fifty character minimum rule.',
  phase: 'before',
  order: 1,
  lastReviewed: new Date('2026-01-01T00:00:00Z'),
  nextReviewDue: new Date('2027-01-01T00:00:00Z'),
  reviewedBy: 'Licensed clinical psychologist',
  sources: [{ title: 'A source', publisher: 'A publisher', url: 'https://example.org/' }],
};

const messages = (input: unknown) => guideSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe('guide schema', () => {
  it('accepts a complete guide and fills defaults', () => {
    const parsed = guideSchema.parse(valid);
    expect(parsed.draft).toBe(false);
    expect(parsed.searchAliases).toEqual([]);
  });
  it('takes reviewedBy as one role or a list of roles, and gives a list either way', () => {
    expect(guideSchema.parse(valid).reviewedBy).toEqual(['Licensed clinical psychologist']);
    expect(guideSchema.parse({ ...valid, reviewedBy: ['Psychiatrist', 'Pharmacist'] }).reviewedBy).toEqual([
      'Psychiatrist',
      'Pharmacist',
    ]);
    expect(messages({ ...valid, reviewedBy: [] })).toContain('reviewedBy needs at least one role');
    expect(messages({ ...valid, reviewedBy: ['Psychiatrist', 'x'] })).toContain(
      'each reviewedBy role must be at least 3 characters',
    );
    expect(messages({ ...valid, reviewedBy: 42 })).toContain(
      'reviewedBy is required: a role, such as "Psychiatrist", or a list of roles',
    );
  });
  it('takes medicine as true or false, false when left out', () => {
    expect(guideSchema.parse(valid).medicine).toBe(false);
    expect(guideSchema.parse({ ...valid, medicine: true }).medicine).toBe(true);
    expect(messages({ ...valid, medicine: 'yes' })).toContain('medicine must be true or false');
  });
  it('accepts dates written as quoted text', () => {
    expect(guideSchema.safeParse({ ...valid, lastReviewed: '2026-01-01' }).success).toBe(true);
  });
  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(messages({ ...valid, lastReviewed: 'last Tuesday' })).toContain(
      'lastReviewed must be a date written as YYYY-MM-DD, for example 2026-03-01',
    );
  });
  it('refuses a description that is too short, saying how long it is', () => {
    expect(messages({ ...valid, description: 'Too short.' })[0]).toMatch(/50–160 characters \(it has 10\)/);
  });
  it('refuses a review more than three years away', () => {
    expect(messages({ ...valid, nextReviewDue: new Date('2029-06-01T00:00:00Z') })).toContain(
      'nextReviewDue must be at most 3 years after lastReviewed',
    );
  });
  it('refuses an empty source list and a source that is not https', () => {
    expect(messages({ ...valid, sources: [] })).toContain(
      'sources needs at least one source, so readers can check the facts',
    );
    expect(messages({ ...valid, sources: [{ ...valid.sources[0], url: 'http://example.org/' }] })).toContain(
      'source url must start with https://, not http://: the site never sends readers to pages that are not secure',
    );
    expect(messages({ ...valid, sources: [{ ...valid.sources[0], url: 'example.org/page' }] })).toContain(
      'source url must be a full web address starting with https://, such as https://example.org/page',
    );
  });
  it('refuses an order that is not a whole number', () => {
    expect(messages({ ...valid, order: 'first' })[0]).toMatch(/order must be a whole number/);
  });
});

describe('translation record', () => {
  const translation = {
    of: 'safety',
    englishReviewed: '2026-01-01',
    reviewedBy: 'Bilingual therapist',
    machineAssisted: true,
  };
  const issues = (input: unknown) =>
    guideSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  it('is optional, and parsed with its date and roles as a list', () => {
    expect(guideSchema.parse(valid).translation).toBeUndefined();
    expect(guideSchema.parse({ ...valid, translation }).translation).toEqual({
      of: 'safety',
      englishReviewed: new Date('2026-01-01T00:00:00Z'),
      reviewedBy: ['Bilingual therapist'],
      machineAssisted: true,
    });
  });
  it('needs each of its fields, naming the one missing', () => {
    const { reviewedBy: _reviewedBy, ...noReviewer } = translation;
    expect(issues({ ...valid, translation: noReviewer })).toContain(
      'translation.reviewedBy: reviewedBy is required: a role, such as "Bilingual therapist on the clinical team", or a list of roles',
    );
    const { of: _of, ...noOf } = translation;
    expect(issues({ ...valid, translation: noOf })).toContain(
      'translation.of: of is required: the file name of the English page this page translates, without .mdx',
    );
    const { machineAssisted: _machine, ...noMachine } = translation;
    expect(issues({ ...valid, translation: noMachine })).toContain(
      'translation.machineAssisted: machineAssisted is required: true if a machine translation tool helped, false if not',
    );
  });
  it('refuses a wrong date, an `of` that is not a file name, and a field it does not know', () => {
    expect(issues({ ...valid, translation: { ...translation, englishReviewed: 'November' } })).toContain(
      'translation.englishReviewed: englishReviewed must be a date written as YYYY-MM-DD, for example 2026-03-01',
    );
    expect(issues({ ...valid, translation: { ...translation, of: 'safety.mdx' } })).toContain(
      'translation.of: of must be the file name of the English page, without .mdx, such as safety',
    );
    expect(issues({ ...valid, translation: { ...translation, reviewer: 'x' } })).toContain(
      'translation.reviewer: unknown field "reviewer" in translation; the fields here are: of, englishReviewed, reviewedBy, machineAssisted',
    );
    expect(issues({ ...valid, translation: { ...translation, machineAsisted: false } })).toContain(
      'translation.machineAsisted: unknown field "machineAsisted" in translation; did you mean "machineAssisted"?',
    );
  });
  it('is allowed on handouts too', () => {
    const { phase: _phase, ...handout } = valid;
    expect(handoutSchema.parse({ ...handout, paper: ['a4'], version: '1.0', translation }).translation?.of).toBe(
      'safety',
    );
  });
});

describe('unknown fields', () => {
  const issues = (
    schema: { safeParse: (input: unknown) => { error?: { issues: { path: PropertyKey[]; message: string }[] } } },
    input: unknown,
  ) => schema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

  it('a guide refuses a misspelt field, naming the field meant', () => {
    expect(issues(guideSchema, { ...valid, sumary: 'x' })).toContain(
      'sumary: unknown field "sumary"; the fields here are: title, description, order, lastReviewed, nextReviewDue, reviewedBy, medicine, sources, draft, translation, phase, searchAliases',
    );
    expect(issues(guideSchema, { ...valid, Title: 'x' })).toContain(
      'Title: unknown field "Title"; did you mean "title"?',
    );
    expect(
      issues(guideSchema, { ...valid, sources: [{ ...valid.sources[0], URL: 'https://example.org/' }] }),
    ).toContain('sources.0.URL: unknown field "URL" in sources.0; did you mean "url"?');
  });

  it('a guide or handout refuses slug: the file name is the address', () => {
    const slug =
      'slug: slug is not allowed: the file name is the page address. To change the address, rename the file and add a redirect to content/redirects.yaml';
    expect(issues(guideSchema, { ...valid, slug: 'safety' })).toContain(slug);
    const { phase: _phase, ...handout } = valid;
    expect(issues(handoutSchema, { ...handout, paper: ['a4'], version: '1.0', slug: 'x' })).toContain(slug);
  });

  it('a handout refuses a guide-only field', () => {
    const { phase: _phase, ...handout } = valid;
    expect(issues(handoutSchema, { ...handout, paper: ['a4'], version: '1.0', searchAliases: ['x'] })).toContain(
      'searchAliases: unknown field "searchAliases"; the fields here are: title, description, order, lastReviewed, nextReviewDue, reviewedBy, medicine, sources, draft, translation, paper, version, guide',
    );
  });

  it('a checklist item and a glossary entry refuse a misspelt field', () => {
    expect(issues(checklistItemSchema, { id: 'a', phase: 'after', text: 'Rest well.', Why: 'x' })).toContain(
      'Why: unknown field "Why"; did you mean "why"?',
    );
    expect(
      issues(glossaryTermSchema, {
        id: 'integration',
        term: 'Integration',
        definition: 'Making sense of the experience afterwards.',
        group: 'after',
        form: ['integrate'],
      }),
    ).toContain('form: unknown field "form"; did you mean "forms"?');
  });

  it('a source url refuses a user name and password', () => {
    expect(messages({ ...valid, sources: [{ ...valid.sources[0], url: 'https://user:pw@example.org/' }] })).toContain(
      'source url must not contain a user name or password (…@); write the plain address, such as https://example.org/page',
    );
  });
});

describe('spellingSchema (content/spelling.yaml)', () => {
  it('accepts words and avoided phrases', () => {
    const parsed = spellingSchema.parse({
      words: ['Spravato', "O'Neill"],
      avoid: [{ phrase: 'pass urine', use: 'pee' }],
    });
    expect(parsed.words).toEqual(['Spravato', "O'Neill"]);
  });
  it('refuses two words as one, an avoided phrase without what to use, and an unknown field, naming each', () => {
    const result = spellingSchema.safeParse({ words: ['two words'], avoid: [{ phrase: 'feeling sick' }], word: ['x'] });
    const issues = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
    expect(issues).toContainEqual(expect.stringMatching(/^words\.0: each word must be one word/));
    expect(issues).toContainEqual(expect.stringMatching(/^avoid\.0\.use: avoid use is required/));
    expect(issues).toContainEqual(expect.stringMatching(/^word: unknown field "word"; did you mean "words"\?/));
  });
});
