/** Rules of the content contract that the bad-content fixtures do not already cover. */
import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/lib/schemas';

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
      'source url must be a full web address starting with https://, such as https://example.org/page',
    );
  });
  it('refuses an order that is not a whole number', () => {
    expect(messages({ ...valid, order: 'first' })[0]).toMatch(/order must be a whole number/);
  });
});
