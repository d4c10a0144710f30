import { describe, expect, it } from 'vitest';
import { buildTopicIndex, letterSlug, splitTopicIndex, topicWeight } from '../../src/features/search/topic-index';
import { listWeight } from '../../src/lib/listing';

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

describe('letter pages', () => {
  it('names letters in plain ASCII addresses', () => {
    expect(letterSlug('P')).toBe('p');
    expect(letterSlug('#')).toBe('other');
    expect(letterSlug('É')).toBe('u00e9');
  });

  it('keeps the whole A to Z on the search page while it fits the limit', () => {
    const groups = buildTopicIndex(guides);
    const weight = listWeight(
      groups.flatMap((group) => group.topics),
      topicWeight,
    );
    expect(splitTopicIndex(groups, weight).inline).toBe(true);
    expect(splitTopicIndex(groups, weight - 1).inline).toBe(false);
  });

  it('puts short letters in a row on one page, named by the first, up to the limit', () => {
    const groups = buildTopicIndex(guides);
    const weights = groups.map((group) => listWeight(group.topics, topicWeight));
    // Room for the first two letters, not the third.
    const limit = (weights[0] ?? 0) + (weights[1] ?? 0);
    const { inline, pages } = splitTopicIndex(groups, limit);
    expect(inline).toBe(false);
    expect(pages[0]?.slug).toBe(letterSlug(groups[0]?.letter ?? ''));
    expect(pages[0]?.groups.map((group) => group.letter)).toEqual(groups.slice(0, 2).map((group) => group.letter));
    expect(pages.flatMap((page) => page.groups)).toEqual(groups);
    for (const page of pages)
      expect(listWeight(page.groups, (group) => listWeight(group.topics, topicWeight))).toBeLessThanOrEqual(limit);
  });

  it('gives a letter too long for one page numbered pages of its own, keeping every topic in order', () => {
    const many = Array.from({ length: 50 }, (_, n) => ({
      path: `/guides/page-${n}/`,
      title: `Page ${n}`,
      headings: [{ depth: 2, slug: 'part', text: `Part of page ${n}` }],
    }));
    const groups = buildTopicIndex([...guides, ...many]);
    const limit = 10 * topicWeight({ text: 'Part of page 10', href: '', guide: 'Page 10' });
    const { pages } = splitTopicIndex(groups, limit);
    const letterP = pages.filter((page) => page.slug === 'p');
    expect(letterP.length).toBeGreaterThan(1);
    expect(letterP.map((page) => page.part)).toEqual(letterP.map((_, index) => index + 1));
    for (const page of letterP) {
      expect(page.parts).toBe(letterP.length);
      expect(page.groups.map((group) => group.letter)).toEqual(['P']);
      expect(listWeight(page.groups[0]?.topics ?? [], topicWeight)).toBeLessThanOrEqual(limit);
    }
    expect(letterP.flatMap((page) => page.groups[0]?.topics)).toEqual(
      groups.find((group) => group.letter === 'P')?.topics,
    );
    // The letters around it keep pages of their own.
    expect(pages.flatMap((page) => page.groups.map((group) => group.letter))).toContain('S');
  });
});
