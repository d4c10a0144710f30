/**
 * How the tools put their messages together from the page's words: which plural form, which of two
 * texts, how field names are quoted and listed. Made-up words, so the rules show whatever the language.
 */
import { describe, expect, it } from 'vitest';
import { toolMessages, toolScriptWords, type ToolScriptWords } from '../../src/features/tools/tool-words';
import { LANG, UI } from '../support/ui';

const forms = (name: string) => ({ one: `${name} one {count}`, other: `${name} other {count}` });
const WORDS: ToolScriptWords = {
  lang: 'en',
  things: 'ticks',
  cleared: 'cleared {things}',
  clearedElsewhere: 'cleared elsewhere {things}',
  changedElsewhere: { one: '{fields} was changed', other: '{fields} were changed' },
  changedHere: 'changed here',
  quoted: '«{text}»',
  charactersLeft: forms('left'),
  charactersOver: forms('over'),
  pasteNone: forms('none'),
  pasteSome: forms('some'),
  boxHolds: forms('holds'),
  progress: '{done}/{total}',
  saved: 'saved',
  notSaved: 'not saved',
};
const says = toolMessages(WORDS);

describe('tool messages', () => {
  it('count what is left, or how many too many', () => {
    expect(says.charactersLeft(250)).toBe('left other 250');
    expect(says.charactersLeft(1)).toBe('left one 1');
    expect(says.charactersLeft(0)).toBe('left other 0');
    expect(says.charactersLeft(-1)).toBe('over one 1');
  });

  it('say what part of a paste fitted, and what the box holds', () => {
    expect(says.pasteCut(312, 1000)).toBe('some other 312 holds other 1,000');
    expect(says.pasteCut(1, 40)).toBe('some one 1 holds other 40');
    expect(says.pasteCut(0, 200)).toBe('none other 200');
  });

  it('quote and list the fields another tab changed', () => {
    expect(says.changedElsewhere(['A'])).toBe('«A» was changed');
    expect(says.changedElsewhere(['A', 'B'])).toBe('«A» and «B» were changed');
  });

  it('fill in what the reader enters, and the progress', () => {
    expect(says.cleared()).toBe('cleared ticks');
    expect(says.clearedElsewhere()).toBe('cleared elsewhere ticks');
    expect(says.progress(5, 12)).toBe('5/12');
  });
});

describe('the words a tool page carries', () => {
  it('are the site’s own, for that tool', () => {
    const words = toolScriptWords(UI, 'plan', LANG);
    expect(words.things).toBe(UI.tools.plan.things);
    expect(words.charactersLeft).toEqual(UI.tools.charactersLeft.forms);
    expect(toolMessages(words).cleared()).toBe(UI.tools.cleared({ things: UI.tools.plan.things }));
    // Plain JSON, as the page writes it.
    expect(JSON.parse(JSON.stringify(words))).toEqual(words);
  });
});
