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
