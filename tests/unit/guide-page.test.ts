import { describe, expect, it } from 'vitest';
import type { BodyFacts } from '../../src/lib/body-facts';
import { clinicList, clinicValue } from '../../src/lib/clinic-values';
import { FAQ_GUIDE_ID } from '../../src/lib/constants';
import { guidePage } from '../../src/lib/guide-page';
import { readingNeighbours } from '../../src/lib/nav';
import { readClinic } from '../support/clinic';
import { readSettingWords } from '../support/words';

// Any valid settings: the expectations below are computed from them.
const clinic = readClinic();
const words = readSettingWords();
const guide = (id: string, order: number) => ({ id, data: { title: id, phase: 'before' as const, order } });
const first = guide('a', 1);
const questions = guide(FAQ_GUIDE_ID, 2);
const neighbours = readingNeighbours([first, questions, guide('c', 3)]);
const facts: BodyFacts = {
  minutes: 3,
  outline: [{ depth: 2 }],
  sections: [
    { heading: 'Can I eat?', text: ['Stop ', { setting: 'fasting.solids' }, ' before. ', { list: 'whatToBring' }] },
  ],
};
const headings = [
  { depth: 2, slug: 'one', text: 'One' },
  { depth: 3, slug: 'two', text: 'Two' },
];

describe('guidePage', () => {
  it('gives the contents list, reading time, neighbours and the clinic’s locale', () => {
    const page = guidePage({ guide: questions, neighbours, clinic, words, headings, facts });
    expect(page.toc).toEqual([{ slug: 'one', text: 'One', children: [{ slug: 'two', text: 'Two', children: [] }] }]);
    expect(page.minutes).toBe(3);
    expect([page.previous?.id, page.next?.id]).toEqual(['a', 'c']);
    expect([page.locale, page.sample]).toEqual([clinic.locale, clinic.sample]);
  });

  it('gives the questions page its FAQPage data, each setting as the page shows it', () => {
    const json = guidePage({ guide: questions, neighbours, clinic, words, headings, facts }).faqJson;
    const answer = `Stop ${clinicValue(clinic, 'fasting.solids', words)} before. ${clinicList(clinic, 'whatToBring').join(', ')}`;
    expect(JSON.parse(json ?? '{}')).toMatchObject({
      '@type': 'FAQPage',
      mainEntity: [{ name: 'Can I eat?', acceptedAnswer: { text: answer } }],
    });
  });

  it('gives other guides no FAQPage data', () => {
    expect(guidePage({ guide: first, neighbours, clinic, words, headings, facts }).faqJson).toBeUndefined();
  });
});
