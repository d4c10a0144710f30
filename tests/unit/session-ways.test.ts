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
    const body = [
      'Intro',
      '## First',
      '<SessionWay way="silence">',
      'text',
      '</SessionWay>',
      '## Last',
      '### Detail',
    ].join('\n');
    const headings = [
      { depth: 2, slug: 'first', text: 'First' },
      { depth: 2, slug: 'last', text: 'Last' },
      { depth: 3, slug: 'detail', text: 'Detail' },
    ];
    expect(headingsWithSessionWays(body, headings).map((heading) => heading.slug)).toEqual([
      'first',
      'silence-with-someone-there',
      'last',
      'detail',
    ]);
  });
  it('leaves a page without session ways as it was', () => {
    const headings = [{ depth: 2, slug: 'a', text: 'A' }];
    expect(headingsWithSessionWays('## A\ntext', headings)).toEqual(headings);
  });
});
