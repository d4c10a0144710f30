/**
 * Plain language, enforced: the Flesch-Kincaid grade of every guide's body text (its title,
 * headings, lists and prose; not code, and not the sources list) must be 7.0 or lower, and the
 * median across guides 6.0 or lower. Prints each page's grade, words and sentences.
 */
import { describe, expect, it } from 'vitest';
import { htmlFiles, page } from '../support/dist';
import { bodyBlocks } from '../support/body-text';
import { measureReadability, median } from '../support/readability';

const MAX_GRADE = 7;
const MAX_MEDIAN = 6;

const guides = htmlFiles()
  .filter((file) => /^guides\/[^/]+\/index\.html$/.test(file))
  .map((file) => ({ id: file.split('/')[1] ?? file, ...measureReadability(bodyBlocks(page(file))) }));

describe('reading level (Flesch-Kincaid grade)', () => {
  it('has guides to measure', () => {
    expect(guides.length).toBeGreaterThan(0);
    console.log(
      ['guide                          grade  words  sentences']
        .concat(
          guides.map(
            (guide) =>
              `${guide.id.padEnd(30)} ${guide.grade.toFixed(1).padStart(5)}  ${String(guide.words).padStart(5)}  ${String(guide.sentences).padStart(9)}`,
          ),
        )
        .concat(`median grade: ${median(guides.map((guide) => guide.grade)).toFixed(1)}`)
        .join('\n'),
    );
  });

  it.each(guides)(`$id is at grade ${MAX_GRADE} or lower (grade $grade)`, (guide) => {
    expect(guide.grade).toBeLessThanOrEqual(MAX_GRADE);
  });

  it(`the median guide is at grade ${MAX_MEDIAN} or lower`, () => {
    expect(median(guides.map((guide) => guide.grade))).toBeLessThanOrEqual(MAX_MEDIAN);
  });
});
