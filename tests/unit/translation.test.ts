import { describe, expect, it } from 'vitest';
import { checkTranslations, translationLine, type SourcePage, type TranslatedPage } from '../../src/lib/translation';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** English pages by id, each reviewed on the day given. */
function english(reviewed: Record<string, string>): Map<string, SourcePage> {
  return new Map(
    Object.entries(reviewed).map(([id, date]) => [
      id,
      { file: `content/guides/${id}.mdx`, data: { lastReviewed: day(date) } },
    ]),
  );
}

const page = (file: string, of: string, englishReviewed: string): TranslatedPage => ({
  file,
  data: { translation: { of, englishReviewed: day(englishReviewed) } },
});

describe('checkTranslations', () => {
  const sources = english({ 'your-choice': '2026-12-01', safety: '2026-11-01' });

  it('marks a translation current when it follows the English page’s latest review', () => {
    const { statuses, warnings, errors } = checkTranslations(
      [page('content/guides/es/seguridad.mdx', 'safety', '2026-11-01')],
      sources,
    );
    expect(statuses.get('content/guides/es/seguridad.mdx')).toEqual({
      englishFile: 'content/guides/safety.mdx',
      englishReviewed: day('2026-11-01'),
      englishLastReviewed: day('2026-11-01'),
      stale: false,
    });
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('marks a translation stale, with the English date, when the English page was reviewed after it', () => {
    const { statuses } = checkTranslations(
      [page('content/guides/es/su-decision.mdx', 'your-choice', '2026-11-01')],
      sources,
    );
    const status = statuses.get('content/guides/es/su-decision.mdx');
    expect(status?.stale).toBe(true);
    expect(status?.englishLastReviewed).toEqual(day('2026-12-01'));
  });

  it('warns once per stale page, naming both files and both dates', () => {
    const { warnings, errors } = checkTranslations(
      [
        page('content/guides/es/su-decision.mdx', 'your-choice', '2026-11-01'),
        page('content/guides/es/seguridad.mdx', 'safety', '2026-11-01'),
      ],
      sources,
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      'Translation out of date: content/guides/es/su-decision.mdx translates content/guides/your-choice.mdx as ' +
        'reviewed on 2026-11-01; the English page was reviewed again on 2026-12-01: refresh the translation and its englishReviewed.',
    ]);
  });

  it('skips pages that are not translations', () => {
    const { statuses, warnings, errors } = checkTranslations(
      [{ file: 'content/guides/es/solo-en-espanol.mdx', data: {} }],
      sources,
    );
    expect([statuses.size, warnings, errors]).toEqual([0, [], []]);
  });

  it('refuses an `of` that names no English page, naming the file and the field and the page likely meant', () => {
    const { statuses, errors } = checkTranslations(
      [page('content/guides/es/seguridad.mdx', 'safty', '2026-11-01')],
      sources,
    );
    expect(statuses.size).toBe(0);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^content\/guides\/es\/seguridad\.mdx: translation\.of is "safty", but there is no English page/,
    );
    expect(errors[0]).toContain('did you mean "safety"?');
  });

  it('names no page when nothing is close to a wrong `of`', () => {
    const { errors } = checkTranslations([page('content/guides/es/x.mdx', 'unrelated-topic', '2026-11-01')], sources);
    expect(errors[0]).not.toContain('did you mean');
  });

  it('refuses an englishReviewed after the English page’s last review, naming the file, the field and both dates', () => {
    const { statuses, warnings, errors } = checkTranslations(
      [page('content/guides/es/seguridad.mdx', 'safety', '2026-11-02')],
      sources,
    );
    expect(statuses.size).toBe(0);
    expect(warnings).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/guides\/es\/seguridad\.mdx: translation\.englishReviewed is 2026-11-02/);
    expect(errors[0]).toContain('content/guides/safety.mdx was last reviewed (2026-11-01)');
  });

  it('refuses a second translation of the same English page, naming both files', () => {
    const { statuses, errors } = checkTranslations(
      [
        page('content/guides/es/seguridad.mdx', 'safety', '2026-11-01'),
        page('content/guides/es/seguridad-2.mdx', 'safety', '2026-11-01'),
      ],
      sources,
    );
    expect([...statuses.keys()]).toEqual(['content/guides/es/seguridad.mdx']);
    expect(errors).toEqual([
      'content/guides/es/seguridad-2.mdx: translation.of is "safety", which content/guides/es/seguridad.mdx already translates; each English page has one translation.',
    ]);
  });
});

describe('translationLine', () => {
  // Each form says which it is, so the test shows which was chosen and that the reviewer is filled in.
  const words = {
    machineAssisted: ({ reviewer }: { reviewer: string }) => `machine, checked by ${reviewer}`,
    reviewed: ({ reviewer }: { reviewer: string }) => `checked by ${reviewer}`,
    machineAssistedToReview: ({ reviewer }: { reviewer: string }) => `machine, to be checked by ${reviewer}`,
    toReview: ({ reviewer }: { reviewer: string }) => `to be checked by ${reviewer}`,
  };
  it('says machine-assisted only when the record says so, and who checked it', () => {
    expect(translationLine(words, { machineAssisted: true, reviewer: 'R', sample: false })).toBe(
      'machine, checked by R',
    );
    expect(translationLine(words, { machineAssisted: false, reviewer: 'R', sample: false })).toBe('checked by R');
  });
  it('for the sample clinic, says who is to check it rather than that it was checked', () => {
    expect(translationLine(words, { machineAssisted: true, reviewer: 'R', sample: true })).toBe(
      'machine, to be checked by R',
    );
    expect(translationLine(words, { machineAssisted: false, reviewer: 'R', sample: true })).toBe('to be checked by R');
  });
});
