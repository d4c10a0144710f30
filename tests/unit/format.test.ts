import { fill } from '../../src/lib/ui-format';
import { describe, expect, it } from 'vitest';
import { formatDate, formatHours, formatHoursRange, isoDate, type TimeWords } from '../../src/lib/format';
import { valueWordsSchema } from '../../src/schemas/words';
import { TEST_SETTING_WORDS } from '../support/setting-words';

const words: TimeWords = TEST_SETTING_WORDS.values.time;

describe('formatHours', () => {
  it.each([
    [0.5, '30 min'],
    [0.25, '15 min'],
    [1, '1 hr'],
    [2, '2 hrs'],
    [2.5, '2½ hrs'],
    [1.25, '1 hr 15 min'],
    [3.75, '3 hrs 45 min'],
    [0, '0 min'],
  ])('%s → %s', (hours, expected) => {
    expect(formatHours(hours, words)).toBe(expected);
  });

  it('refuses negative hours', () => {
    expect(() => formatHours(-1, words)).toThrow(/received -1/);
  });
});

describe('formatHoursRange', () => {
  it('names the unit once', () => {
    expect(formatHoursRange(2.5, 3, words)).toBe('2½–3 hrs');
    expect(formatHoursRange(1, 2, words)).toBe('1–2 hrs');
  });
  it('gives one value when both ends are equal', () => {
    expect(formatHoursRange(2, 2, words)).toBe('2 hrs');
  });
  it('keeps the units of a low end in minutes, or in hours and minutes', () => {
    expect(formatHoursRange(0.75, 1.5, words)).toBe('45 min–1½ hrs');
    expect(formatHoursRange(1.25, 2, words)).toBe('1 hr 15 min–2 hrs');
  });
});

describe('fill without a language', () => {
  it('fills each named blank, writes numbers as they are and leaves any other braces alone', () => {
    expect(fill('{n} of {m} {x}', { n: 1200, m: 'two' })).toBe('1200 of two {x}');
  });
  it('fills setting names and link blanks too: whatever is in braces is a blank', () => {
    expect(fill('{clinic.shortName} · {guide:safety}', { 'clinic.shortName': 'Lakeside', 'guide:safety': '/s/' })).toBe(
      'Lakeside · /s/',
    );
  });
});

describe('the words for time', () => {
  const issues = (time: Record<string, string>) =>
    valueWordsSchema
      .safeParse({ ...TEST_SETTING_WORDS.values, time })
      .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
  it('accepts words with every blank in place', () => {
    expect(issues({ ...words })).toEqual([]);
  });
  it('refuses a form without its number, and a blank it cannot fill', () => {
    expect(issues({ ...words, hours: 'hours' })).toEqual([
      'time.hours: time hours must contain {n} exactly once (it has 0)',
    ]);
    expect(issues({ ...words, hour: '{n} {unit}' })).toEqual([
      'time.hour: time hour uses {unit}, which is not a blank it has (blanks: {n})',
    ]);
  });
  it('refuses a missing form, naming it', () => {
    const { halfHours: _, ...rest } = words;
    expect(issues(rest)).toEqual(['time.halfHours: time halfHours is required and must be text']);
  });
});

describe('dates', () => {
  const date = new Date('2026-11-01T00:00:00Z');
  it('formats in the clinic locale without shifting the day', () => {
    expect(formatDate(date, 'en-US')).toBe('November 1, 2026');
    expect(formatDate(date, 'en-GB')).toBe('1 November 2026');
  });
  it('gives YYYY-MM-DD for <time datetime>', () => {
    expect(isoDate(date)).toBe('2026-11-01');
  });
});
