import { describe, expect, it } from 'vitest';
import { SESSION_WAYS, headingsWithSessionWays, sessionWay } from '../../src/lib/session-ways';

describe('sessionWay', () => {
  it('gives the fixed anchors clinicians link to', () => {
    expect(Object.values(SESSION_WAYS).map((way) => way.anchor)).toEqual([
      'reassurance-while-you-settle-in',
      'a-conversation-during-the-experience',
      'a-talk-first-then-a-focus',
      'silence-with-someone-there',
    ]);
  });
  it('refuses an unknown way, saying what it received and what exists', () => {
    expect(() => sessionWay('quiet')).toThrow(
      '<SessionWay>: received way="quiet", expected one of: reassurance, conversation, focus, silence',
    );
    expect(() => sessionWay(undefined)).toThrow(/received way=undefined/);
  });
});

describe('headingsWithSessionWays', () => {
  it('puts each <SessionWay> between the Markdown headings around it', () => {
    const outline = [{ depth: 2 as const }, { way: 'silence' }, { depth: 2 as const }, { depth: 3 as const }];
    const headings = [
      { depth: 2, slug: 'first', text: 'First' },
      { depth: 2, slug: 'last', text: 'Last' },
      { depth: 3, slug: 'detail', text: 'Detail' },
    ];
    expect(headingsWithSessionWays(outline, headings).map((heading) => heading.slug)).toEqual([
      'first',
      'silence-with-someone-there',
      'last',
      'detail',
    ]);
  });
  it('leaves a page without session ways as it was', () => {
    const headings = [{ depth: 2, slug: 'a', text: 'A' }];
    expect(headingsWithSessionWays([{ depth: 2 }], headings)).toEqual(headings);
  });
  it('keeps headings the outline does not list at the end, and refuses an unknown way', () => {
    const headings = [{ depth: 2, slug: 'a', text: 'A' }];
    expect(headingsWithSessionWays([], headings)).toEqual(headings);
    expect(() => headingsWithSessionWays([{ way: 'quiet' }], headings)).toThrow(/received way="quiet"/);
  });
});
