/**
 * Plain language, enforced on every guide page in its own language (its `<html lang>`), whatever its
 * address. The body text (title, headings, lists and prose; not code, and not the sources list) of an
 * English guide must be at Flesch-Kincaid grade 7.0 or lower, and the median English guide at 6.0 or
 * lower; a Spanish guide must score 65 or more on the INFLESZ scale ("bastante fácil"). A guide in a
 * language with no measure fails. Prints each page's score, words and sentences.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles, page } from '../support/dist';
import {
  MAX_GRADE,
  MAX_MEDIAN_GRADE,
  MIN_INFLESZ,
  isGuidePage,
  readGuide,
  readingProblem,
  type GuideReading,
} from '../support/page-readability';
import { median } from '../support/readability';

// A guide is named in reports by the last part of its address: its id in English, its slug in Spanish.
const guides = htmlFiles()
  .filter((file) => isGuidePage(page(file)))
  .map((file) => readGuide(path.basename(path.dirname(file)), page(file)));

type Scaled<Scale extends GuideReading['scale']> = Extract<GuideReading, { scale: Scale }>;
const onScale = <Scale extends GuideReading['scale']>(scale: Scale): Scaled<Scale>[] =>
  guides.filter((guide): guide is Scaled<Scale> => guide.scale === scale);

const english = onScale('grade');
const spanish = onScale('inflesz');

describe('reading level, in each guide’s language', () => {
  it('has a measure for the language of every guide', () => {
    const unmeasured = onScale('none').map((guide) => `${guide.page}: ${readingProblem(guide) ?? ''}`);
    expect(unmeasured).toEqual([]);
  });
});

// English is the site's own language, at its root: every build has English guides.
describe('reading level (Flesch-Kincaid grade)', () => {
  it('has guides to measure', () => {
    expect(english.length).toBeGreaterThan(0);
    console.log(
      ['guide                          grade  words  sentences']
        .concat(
          english.map(
            (guide) =>
              `${guide.page.padEnd(30)} ${guide.grade.toFixed(1).padStart(5)}  ${String(guide.words).padStart(5)}  ${String(guide.sentences).padStart(9)}`,
          ),
        )
        .concat(`median grade: ${median(english.map((guide) => guide.grade)).toFixed(1)}`)
        .join('\n'),
    );
  });

  it.each(english)(`$page is at grade ${MAX_GRADE} or lower (grade $grade)`, (guide) => {
    expect(guide.grade).toBeLessThanOrEqual(MAX_GRADE);
  });

  it(`the median guide is at grade ${MAX_MEDIAN_GRADE} or lower`, () => {
    expect(median(english.map((guide) => guide.grade))).toBeLessThanOrEqual(MAX_MEDIAN_GRADE);
  });
});

// Spanish guides are measured when the build has them.
if (spanish.length > 0) {
  describe('reading level (INFLESZ, Spanish)', () => {
    beforeAll(() => {
      console.log(
        ['guide                          inflesz  words  sentences  band']
          .concat(
            spanish.map(
              (guide) =>
                `${guide.page.padEnd(30)} ${guide.inflesz.toFixed(1).padStart(7)}  ${String(guide.words).padStart(5)}  ${String(guide.sentences).padStart(9)}  ${guide.band}`,
            ),
          )
          .join('\n'),
      );
    });

    it.each(spanish)(`$page scores ${MIN_INFLESZ} or more (INFLESZ $inflesz, $band)`, (guide) => {
      expect(readingProblem(guide)).toBeUndefined();
    });
  });
}
