import { expect, it } from 'vitest';
import { buildTopicIndex } from '../../src/features/search/topic-index';

const guides = [
  {
    path: '/guides/session-day/',
    title: 'Session day',
    headings: [
      { depth: 2, slug: 'going-home', text: 'Going home' },
      { depth: 3, slug: 'the-ride', text: 'The ride' },
      { depth: 4, slug: 'deep', text: 'Too deep to list' },
    ],
  },
  { path: '/guides/after/', title: 'After your session', headings: [{ depth: 2, slug: '2-days', text: '2 days on' }] },
];

it('lists every guide and its h2 and h3 sections, linked by anchor, grouped by letter', () => {
  const groups = buildTopicIndex(guides);
  expect(groups.map((group) => group.letter)).toEqual(['#', 'A', 'G', 'R', 'S']);
  expect(groups.find((group) => group.letter === 'G')?.topics).toEqual([
    { text: 'Going home', href: '/guides/session-day/#going-home', guide: 'Session day' },
  ]);
  expect(groups.find((group) => group.letter === 'S')?.topics).toEqual([
    { text: 'Session day', href: '/guides/session-day/' },
  ]);
});

it('files "The ride" under R, not T', () => {
  const groups = buildTopicIndex(guides);
  expect(groups.find((group) => group.letter === 'R')?.topics[0]?.text).toBe('The ride');
  expect(groups.some((group) => group.letter === 'T')).toBe(false);
});

it('leaves out headings deeper than h3', () => {
  const all = buildTopicIndex(guides).flatMap((group) => group.topics);
  expect(all.some((topic) => topic.text === 'Too deep to list')).toBe(false);
});
