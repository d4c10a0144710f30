/** Review dates: the NHS pattern of "Page last reviewed / Next review due", and the build warning. */

export interface Reviewable {
  /** Where the page comes from, for messages (for example content/guides/your-choice.mdx). */
  file: string;
  nextReviewDue: Date;
}

/** Whole days from `due` to `today`; positive once the review is late. */
export function daysOverdue(due: Date, today: Date): number {
  const msPerDay = 86_400_000;
  const start = Date.UTC(due.getUTCFullYear(), due.getUTCMonth(), due.getUTCDate());
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((end - start) / msPerDay);
}

/** One warning line for each page whose review date has passed; empty when all are current. */
export function overdueWarnings(pages: readonly Reviewable[], today: Date): string[] {
  return pages
    .filter((page) => daysOverdue(page.nextReviewDue, today) > 0)
    .map(
      (page) =>
        `Review overdue: ${page.file} was due for review on ${page.nextReviewDue.toISOString().slice(0, 10)} ` +
        `(${daysOverdue(page.nextReviewDue, today)} days ago). Ask a reviewer to check it, then update lastReviewed and nextReviewDue.`,
    );
}

/**
 * Reviewer roles that count as prescribing: people who can judge what a page says about the medicine,
 * its risks and its interactions. One place for the rule, so the build warning, its tests and the
 * editor's guide (docs/guides.md) agree. A role counts when it contains one of these words (any letter case): psychiatrist,
 * physician, doctor, prescriber or prescribing, nurse practitioner, pharmacist. "Doctor of Psychology"
 * or "Doctor of Philosophy" (a PsyD or PhD) and "non-prescribing" do not count.
 */
const PRESCRIBING_ROLE_WORDS = [
  'psychiatrist',
  'physician',
  'doctor',
  'prescriber',
  'prescribing',
  'nurse practitioner',
  'pharmacist',
] as const;

const PRESCRIBING_ROLE =
  /(?<!non[- ]?)\b(?:psychiatrists?|physicians?|doctor(?! of (?:psychology|philosophy))|prescrib(?:er|ers|ing)|nurse practitioners?|pharmacists?)\b/i;

/** Whether a reviewer's role is a prescribing one (see PRESCRIBING_ROLE_WORDS). */
export function isPrescribingRole(role: string): boolean {
  return PRESCRIBING_ROLE.test(role);
}

export interface MedicineReviewable extends Reviewable {
  /** The page says what the medicine does, its risks or its interactions. */
  medicine: boolean;
  /** The reviewers' roles. */
  reviewedBy: readonly string[];
}

/**
 * One warning line for each page that says what the medicine does (`medicine: true`) but whose
 * reviewers include no prescribing role. Only for a real practice: while the settings describe the
 * sample clinic, no page has been reviewed at all, and every page says so instead.
 */
export function medicineReviewWarnings(pages: readonly MedicineReviewable[], sample: boolean): string[] {
  if (sample) return [];
  return pages
    .filter((page) => page.medicine && !page.reviewedBy.some(isPrescribingRole))
    .map(
      (page) =>
        `Medicine review missing: ${page.file} says what the medicine does, its risks or its interactions ` +
        `(medicine: true), but none of its reviewers (${page.reviewedBy.join('; ')}) is a prescribing role ` +
        `(${PRESCRIBING_ROLE_WORDS.join(', ')}). Ask one to review it, then add their role to reviewedBy.`,
    );
}

/** One ListFormat per locale: every guide and handout page names its reviewers, and making one costs more than using it. */
const listFormats = new Map<string, Intl.ListFormat>();

/** The reviewers' roles as one phrase in the clinic's language: "A, B, and C" in en-US. */
export function reviewerList(roles: readonly string[], locale: string): string {
  let list = listFormats.get(locale);
  if (!list) {
    list = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, list);
  }
  return list.format(roles);
}
