/** What search fetches whole when the reader reaches for it (src/integrations/pagefind.ts). */
import { describe, expect, it } from 'vitest';
import { wholeIndexFiles, type IndexFile } from '../../src/integrations/pagefind';
import { WHOLE_INDEX_BYTES, WHOLE_PAGES_BYTES } from '../../src/features/search/search-config';

const chunk = (name: string, size: number): IndexFile => ({ file: `index/${name}.pf_index`, size });
const pageFile = (name: string, size: number): IndexFile => ({ file: `fragment/${name}.pf_fragment`, size });

describe('wholeIndexFiles', () => {
  const chunks = [chunk('en_a', WHOLE_INDEX_BYTES / 2), chunk('en_b', WHOLE_INDEX_BYTES / 2)];

  it('lists the chunks and the grouped pages’ text when both are small', () => {
    const group = pageFile('en_group_1', WHOLE_PAGES_BYTES);
    expect(wholeIndexFiles(chunks, [group])).toEqual([...chunks, group].map(({ file }) => file));
  });

  it('lists a group per language, as long as together they are small', () => {
    const groups = [pageFile('en_group_1', WHOLE_PAGES_BYTES / 2), pageFile('de_group_2', WHOLE_PAGES_BYTES / 2)];
    expect(wholeIndexFiles(chunks, groups)).toHaveLength(4);
    expect(wholeIndexFiles(chunks, [...groups, pageFile('fr_group_3', 1)])).toHaveLength(2);
  });

  it('lists only the chunks when the pages are a file each, or their group is too large', () => {
    const expected = chunks.map(({ file }) => file);
    expect(wholeIndexFiles(chunks, [pageFile('en_1', 100), pageFile('en_2', 100)])).toEqual(expected);
    expect(wholeIndexFiles(chunks, [pageFile('en_group_1', 100), pageFile('en_2', 100)])).toEqual(expected);
    expect(wholeIndexFiles(chunks, [pageFile('en_group_1', WHOLE_PAGES_BYTES + 1)])).toEqual(expected);
    expect(wholeIndexFiles(chunks, [])).toEqual(expected);
  });

  it('lists nothing when the chunks are too large together, whatever the pages weigh', () => {
    const large = [...chunks, chunk('en_c', 1)];
    expect(wholeIndexFiles(large, [pageFile('en_group_1', 100)])).toEqual([]);
    expect(wholeIndexFiles(large, [])).toEqual([]);
  });
});
