/**
 * The words the two tools use about what a reader enters, so the checklist and the plan explain
 * saving, clearing and privacy the same way.
 */
import type { StoredTool } from './constants';

export interface ToolWords {
  /** What the reader enters: "ticks", "answers". */
  things: string;
  /** What the reader does: "tick", "type". */
  verb: string;
  /** The print button's label. */
  print: string;
  /** The label of a button that saves at once (the plan saves as you type, but people like to be sure). */
  save: string;
}

export const TOOL_WORDS: Record<StoredTool, ToolWords> = {
  checklist: { things: 'ticks', verb: 'tick', print: 'Print the checklist', save: 'Save my ticks' },
  plan: { things: 'answers', verb: 'type', print: 'Print my plan', save: 'Save my plan' },
};

const count = new Intl.NumberFormat('en');
const characters = (n: number) => `${count.format(n)} ${n === 1 ? 'character' : 'characters'}`;

/** Joins names as a reader would say them: “a”, “b” and “c”. */
function quoteList(names: readonly string[]): string {
  const quoted = names.map((name) => `“${name}”`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

/** What the tools say while they work: counts, cut pastes, and changes from another tab. */
export const TOOL_MESSAGES = {
  /** A text box's count near its limit, as GOV.UK's character count says it. */
  charactersLeft: (left: number) =>
    left < 0 ? `You have ${characters(-left)} too many` : `You have ${characters(left)} remaining`,
  /** After a paste or drop that did not all fit; the box keeps the first `fits` characters. */
  pasteCut: (fits: number, max: number) =>
    fits === 0
      ? `None of what you pasted fits. This box is full: it holds up to ${characters(max)}.`
      : `Only the first ${fits === 1 ? 'character' : characters(fits)} of what you pasted ${fits === 1 ? 'fits' : 'fit'}. This box holds up to ${characters(max)}.`,
  /** Fields, by their labels, whose words another tab or window changed after this one. */
  changedElsewhere: (labels: readonly string[]) =>
    labels.length === 1
      ? `${quoteList(labels)} was changed in another tab or window. The newest version is shown.`
      : `${quoteList(labels)} were changed in another tab or window. The newest versions are shown.`,
  /** Beside one such field. */
  changedHere: 'This was changed in another tab or window. The newest version is shown.',
  /** When another tab or window cleared everything. */
  clearedElsewhere: (things: string) => `Your ${things} were cleared in another tab or window.`,
};
