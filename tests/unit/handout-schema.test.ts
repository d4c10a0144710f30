/** The handout contract: the guide's review rules, plus paper sizes and a version. */
import { describe, expect, it } from 'vitest';
import { handoutSchema } from '../../src/schemas/pages';

const valid = {
  title: 'After your session',
  description: 'How to rest and look after yourself after a session, and when to call us.',
  order: 1,
  paper: ['letter', 'a4'],
  version: '1.0',
  lastReviewed: new Date('2026-01-01T00:00:00Z'),
  nextReviewDue: new Date('2027-01-01T00:00:00Z'),
  reviewedBy: 'Licensed clinical psychologist',
  sources: [{ title: 'A source', publisher: 'A publisher', url: 'https://example.org/' }],
};

const messages = (input: unknown) => handoutSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe('handout schema', () => {
  it('accepts a complete handout', () => {
    expect(handoutSchema.parse(valid).draft).toBe(false);
  });
  it('refuses a paper size it cannot print, naming the sizes it can', () => {
    expect(messages({ ...valid, paper: ['legal'] })).toContain('each paper size must be one of: letter, a4');
  });
  it('refuses an empty or repeated paper list', () => {
    expect(messages({ ...valid, paper: [] })).toContain('paper needs at least one paper size');
    expect(messages({ ...valid, paper: ['a4', 'a4'] })).toContain('paper must not list a size twice');
  });
  it('refuses a version written as a bare number, which YAML would turn 1.10 into 1.1', () => {
    expect(messages({ ...valid, version: 1.1 })[0]).toMatch(/version is required, for example "1.0" \(in quotes\)/);
    expect(messages({ ...valid, version: 'v1' })[0]).toMatch(/version must be two numbers with a dot/);
  });
  it('keeps the review rules of guides', () => {
    expect(messages({ ...valid, nextReviewDue: new Date('2025-01-01T00:00:00Z') })).toContain(
      'nextReviewDue must be after lastReviewed',
    );
  });
  it('takes a guide by file name only', () => {
    expect(handoutSchema.safeParse({ ...valid, guide: 'after-your-session' }).success).toBe(true);
    expect(messages({ ...valid, guide: 'After your session.mdx' })[0]).toMatch(
      /guide must be the file name of a guide/,
    );
  });
});
