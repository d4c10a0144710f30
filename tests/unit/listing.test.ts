import { describe, expect, it } from 'vitest';
import {
  LINK_MARKUP,
  linkWeight,
  listWeight,
  packPages,
  partParam,
  partPath,
  partTitle,
  stagePartPaths,
} from '../../src/lib/listing';

const weigh = (n: number) => n;

describe('packPages', () => {
  it('keeps a list that fits on one page', () => {
    expect(packPages([1, 2, 3], weigh, 6)).toEqual([[1, 2, 3]]);
  });

  it('starts a new page when the next item would go over the limit, keeping the order', () => {
    expect(packPages([3, 3, 1, 4, 2], weigh, 6)).toEqual([[3, 3], [1, 4], [2]]);
  });

  it('gives an item heavier than the limit a page to itself', () => {
    expect(packPages([1, 9, 1], weigh, 5)).toEqual([[1], [9], [1]]);
  });

  it('has one empty page for an empty list, so the first page always exists', () => {
    expect(packPages([], weigh, 5)).toEqual([[]]);
  });

  it('never drops or repeats an item', () => {
    const items = Array.from({ length: 200 }, (_, index) => (index * 37) % 23);
    const pages = packPages(items, weigh, 50);
    expect(pages.flat()).toEqual(items);
    for (const page of pages) expect(page.length === 1 || listWeight(page, weigh) <= 50).toBe(true);
  });

  it('refuses a limit of 0 or less', () => {
    expect(() => packPages([1], weigh, 0)).toThrow(/limit/);
  });
});

describe('weights', () => {
  it('counts the words shown and the markup of each link', () => {
    expect(linkWeight('Fees', undefined, 'Costs')).toBe(9 + LINK_MARKUP);
    expect(listWeight(['ab', 'c'], (text) => linkWeight(text))).toBe(3 + 2 * LINK_MARKUP);
  });
});

describe('numbered pages', () => {
  it('keeps the first page at the list address and numbers the rest', () => {
    expect(partPath('/search/a-z/p/', 1)).toBe('/search/a-z/p/');
    expect(partPath('/search/a-z/p/', 3)).toBe('/search/a-z/p/3/');
    expect(partParam(1)).toBeUndefined();
    expect(partParam(2)).toBe('2');
  });

  it('refuses a page number that is not a whole number from 1', () => {
    expect(() => partPath('/x/', 0)).toThrow(/part/);
    expect(() => partPath('/x/', 1.5)).toThrow(/part/);
  });
});

describe('stagePartPaths', () => {
  it('gives each part of each stage its page, the first at the stage’s own address', () => {
    const paths = stagePartPaths([
      { phase: 'before', parts: [['a', 'b'], ['c']] },
      { phase: 'after', parts: [['d']] },
    ]);
    expect(paths).toEqual([
      {
        params: { phase: 'before', part: undefined },
        props: { phase: 'before', items: ['a', 'b'], part: 1, parts: 2 },
      },
      { params: { phase: 'before', part: '2' }, props: { phase: 'before', items: ['c'], part: 2, parts: 2 } },
      { params: { phase: 'after', part: undefined }, props: { phase: 'after', items: ['d'], part: 1, parts: 1 } },
    ]);
  });
});

describe('partTitle', () => {
  const words = ({ title, part, parts }: { title: string; part: string; parts: string }) =>
    `${title}, page ${part} of ${parts}`;
  it('is the list’s own title when the list has one page', () => {
    expect(partTitle('Before', 1, 1, words)).toBe('Before');
  });
  it('numbers every page of a list that has several, the first too', () => {
    expect(partTitle('Before', 1, 3, words)).toBe('Before, page 1 of 3');
    expect(partTitle('Before', 3, 3, words)).toBe('Before, page 3 of 3');
  });
});
