import { describe, expect, it } from 'vitest';
import {
  daysOverdue,
  isPrescribingRole,
  medicineReviewWarnings,
  overdueWarnings,
  reviewerList,
} from '../../src/lib/review';

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

describe('isPrescribingRole', () => {
  it('counts psychiatrists, physicians, doctors, prescribers, nurse practitioners and pharmacists', () => {
    for (const role of [
      'Psychiatrist (prescribing physician)',
      'Consultant psychiatrist',
      'Family physician',
      'Medical doctor',
      'Prescriber',
      'Prescribing clinician',
      'Psychiatric nurse practitioner',
      'Clinical pharmacist',
    ]) {
      expect(isPrescribingRole(role), role).toBe(true);
    }
  });
  it('does not count therapists, nurses, psychologists or a Doctor of Psychology', () => {
    for (const role of [
      'Licensed clinical psychologist',
      'Licensed professional counselor',
      'Registered nurse',
      'Doctor of Psychology (PsyD)',
      'Non-prescribing clinician',
    ]) {
      expect(isPrescribingRole(role), role).toBe(false);
    }
  });
});

describe('medicineReviewWarnings', () => {
  const due = day('2027-01-01');
  const pages = [
    { file: 'content/guides/medicine-unchecked.mdx', nextReviewDue: due, medicine: true, reviewedBy: ['Psychologist'] },
    {
      file: 'content/guides/medicine-checked.mdx',
      nextReviewDue: due,
      medicine: true,
      reviewedBy: ['Psychologist', 'Psychiatrist'],
    },
    { file: 'content/guides/not-medicine.mdx', nextReviewDue: due, medicine: false, reviewedBy: ['Psychologist'] },
  ];
  it('names each medicine page with no prescribing reviewer, once the site is live', () => {
    const warnings = medicineReviewWarnings(pages, false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Medicine review missing: content\/guides\/medicine-unchecked\.mdx /);
    expect(warnings[0]).toContain('(Psychologist)');
  });
  it('says nothing for the sample clinic, whose pages say they are not reviewed', () => {
    expect(medicineReviewWarnings(pages, true)).toEqual([]);
  });
});

describe('reviewerList', () => {
  it('joins roles as the locale does', () => {
    expect(reviewerList(['Psychiatrist'], 'en-US')).toBe('Psychiatrist');
    expect(reviewerList(['Psychiatrist', 'Pharmacist'], 'en-US')).toBe('Psychiatrist and Pharmacist');
    expect(reviewerList(['A', 'B', 'C'], 'en-US')).toBe('A, B, and C');
    expect(reviewerList(['A', 'B', 'C'], 'en-GB')).toBe('A, B and C');
  });
});
