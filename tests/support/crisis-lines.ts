/** Finding crisis lines by name in built pages. */

/**
 * The blocks built from the crisis-line settings: the lists (CrisisLines.astro), the printed contacts
 * of the plan and the printed footer line (PrintContactLine.astro).
 */
export const CRISIS_LINE_BLOCKS = '.crisis-lines, .print-contacts, .print-line';

/** A line's name, and its name without a note in brackets ("Fireside Project (peer support…)"). */
export function crisisLineNames(name: string): string[] {
  const short = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return short !== '' && short !== name ? [name, short] : [name];
}
