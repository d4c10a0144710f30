import { describe, expect, it } from 'vitest';
import {
  SESSION_WAY_ANCHORS,
  SESSION_WAY_NAMES,
  headingsWithSessionWays,
  sessionWay,
  type SessionWayTitles,
} from '../../src/lib/session-ways';

// Headings of the tests' own, so the code is tested apart from any practice's wording.
const TITLES = Object.fromEntries(SESSION_WAY_NAMES.map((name) => [name, `[${name} heading]`])) as SessionWayTitles;

describe('sessionWay', () => {
  it('gives the fixed anchors clinicians link to', () => {
    expect(Object.values(SESSION_WAY_ANCHORS)).toEqual([
      'reassurance-while-you-settle-in',
      'a-conversation-during-the-experience',
      'a-talk-first-then-a-focus',
      'silence-with-someone-there',
    ]);
  });
  it('takes the heading from the words it is given, and keeps the anchor', () => {
    expect(sessionWay('focus', TITLES)).toEqual({ anchor: 'a-talk-first-then-a-focus', title: '[focus heading]' });
  });
  it('refuses an unknown way, saying what it received and what exists', () => {
    expect(() => sessionWay('quiet', TITLES)).toThrow(
      '<SessionWay>: received way="quiet", expected one of: reassurance, conversation, focus, silence',
    );
    expect(() => sessionWay(undefined, TITLES)).toThrow(/received way=undefined/);
    // A name that every object has is not a way either.
    expect(() => sessionWay('toString', TITLES)).toThrow(/received way="toString"/);
  });
});

describe('headingsWithSessionWays', () => {
  it('puts each <SessionWay> between the Markdown headings around it, with its heading', () => {
    const outline = [{ depth: 2 as const }, { way: 'silence' }, { depth: 2 as const }, { depth: 3 as const }];
    const headings = [
      { depth: 2, slug: 'first', text: 'First' },
      { depth: 2, slug: 'last', text: 'Last' },
      { depth: 3, slug: 'detail', text: 'Detail' },
    ];
    expect(headingsWithSessionWays(outline, headings, TITLES)).toEqual([
      { depth: 2, slug: 'first', text: 'First' },
      { depth: 2, slug: 'silence-with-someone-there', text: '[silence heading]' },
      { depth: 2, slug: 'last', text: 'Last' },
      { depth: 3, slug: 'detail', text: 'Detail' },
    ]);
  });
  it('leaves a page without session ways as it was', () => {
    const headings = [{ depth: 2, slug: 'a', text: 'A' }];
    expect(headingsWithSessionWays([{ depth: 2 }], headings, TITLES)).toEqual(headings);
  });
  it('keeps headings the outline does not list at the end, and refuses an unknown way', () => {
    const headings = [{ depth: 2, slug: 'a', text: 'A' }];
    expect(headingsWithSessionWays([], headings, TITLES)).toEqual(headings);
    expect(() => headingsWithSessionWays([{ way: 'quiet' }], headings, TITLES)).toThrow(/received way="quiet"/);
  });
});
