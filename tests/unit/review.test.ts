import { describe, expect, it } from 'vitest';
import { daysOverdue, overdueWarnings } from '../../src/lib/review';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('daysOverdue', () => {
  it('is zero on the due day and counts whole days after it', () => {
    expect(daysOverdue(day('2026-11-01'), day('2026-11-01'))).toBe(0);
    expect(daysOverdue(day('2026-11-01'), new Date('2026-11-03T23:59:00Z'))).toBe(2);
  });
  it('is negative before the due day', () => {
    expect(daysOverdue(day('2026-12-01'), day('2026-11-01'))).toBe(-30);
  });
});

describe('overdueWarnings', () => {
  const pages = [
    { file: 'content/guides/late.mdx', nextReviewDue: day('2026-01-01') },
    { file: 'content/guides/current.mdx', nextReviewDue: day('2027-01-01') },
    { file: 'content/guides/due-today.mdx', nextReviewDue: day('2026-11-25') },
  ];
  it('names each late page with its due date, and only late pages', () => {
    const warnings = overdueWarnings(pages, day('2026-11-25'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('content/guides/late.mdx');
    expect(warnings[0]).toContain('2026-01-01');
    expect(warnings[0]).toContain('328 days ago');
  });
  it('is empty when every page is in date', () => {
    expect(overdueWarnings(pages.slice(1), day('2026-11-25'))).toEqual([]);
  });
});
