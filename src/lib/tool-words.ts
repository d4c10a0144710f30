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
