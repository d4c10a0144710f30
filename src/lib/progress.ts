/**
 * The checklist's progress line. Its own module with no imports, so the page script that shows it
 * stays small (src/lib/checklist.ts brings in the content schemas).
 */

/** "5 of 12 done": the progress line under each heading and at the top of the checklist. */
export function progressText(done: number, total: number): string {
  return `${done} of ${total} done`;
}
