import { expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc';

it('nests h3 under the h2 before it and ignores other depths', () => {
  const toc = buildToc([
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'a1', text: 'A1' },
    { depth: 4, slug: 'a1x', text: 'deep' },
    { depth: 2, slug: 'b', text: 'B' },
  ]);
  expect(toc).toEqual([
    { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
    { slug: 'b', text: 'B', children: [] },
  ]);
});

it('keeps an h3 that comes before any h2', () => {
  expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
});
