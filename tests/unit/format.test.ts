import { describe, expect, it } from 'vitest';
import { formatDate, formatHours, formatHoursRange, isoDate } from '../../src/lib/format';

describe('formatHours', () => {
  it.each([
    [0.5, '30 minutes'],
    [0.25, '15 minutes'],
    [1, '1 hour'],
    [2, '2 hours'],
    [2.5, '2 and a half hours'],
    [1.25, '1 hour and 15 minutes'],
    [3.75, '3 hours and 45 minutes'],
    [0, '0 minutes'],
  ])('%s → %s', (hours, words) => {
    expect(formatHours(hours)).toBe(words);
  });

  it('refuses negative hours', () => {
    expect(() => formatHours(-1)).toThrow(/received -1/);
  });
});

describe('formatHoursRange', () => {
  it('names the unit once', () => {
    expect(formatHoursRange(2.5, 3)).toBe('2 and a half to 3 hours');
    expect(formatHoursRange(1, 2)).toBe('1 to 2 hours');
  });
  it('gives one value when both ends are equal', () => {
    expect(formatHoursRange(2, 2)).toBe('2 hours');
  });
  it('keeps minutes as minutes at the low end', () => {
    expect(formatHoursRange(0.75, 1.5)).toBe('45 minutes to 1 and a half hours');
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
