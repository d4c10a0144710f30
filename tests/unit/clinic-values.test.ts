import { describe, expect, it } from 'vitest';
import { type ClinicSettings } from '../../src/schemas/clinic';
import { CLINIC_LIST_NAMES, CLINIC_VALUE_NAMES, ROUTES } from '../../src/schemas/names';
import { clinicList, clinicValue, fillClinicValues, outOfHoursCall } from '../../src/lib/clinic-values';
import { readClinic } from '../support/clinic';
import { TEST_SETTING_WORDS as words } from '../support/setting-words';
import { readSettingWords } from '../support/words';

const sample = readClinic();
const withPreparation = (preparation: Partial<ClinicSettings['preparation']>): ClinicSettings => ({
  ...sample,
  preparation: { ...sample.preparation, ...preparation },
});

describe('clinicValue', () => {
  it('gives every named setting as non-empty words, in the site’s own words', () => {
    const siteWords = readSettingWords();
    for (const name of CLINIC_VALUE_NAMES) {
      const value = clinicValue(sample, name, siteWords);
      expect(value.trim(), name).not.toBe('');
      expect(value, name).not.toMatch(/[{}]/);
    }
  });
  it('turns hours into words', () => {
    const settings = withPreparation({ fasting: { solidsHours: 6, clearLiquidsHours: 0.5 } });
    expect(clinicValue(settings, 'fasting.solids', words)).toBe('6 hrs');
    expect(clinicValue(settings, 'fasting.clearLiquids', words)).toBe('30 min');
    const visit = withPreparation({ visitLength: { minHours: 2.5, maxHours: 3 } });
    expect(clinicValue(visit, 'visitLength', words)).toBe('2½–3 hrs');
  });
  it('words each driving rule', () => {
    expect(clinicValue(withPreparation({ driving: { rule: 'next-day' } }), 'driving', words)).toBe('[next day]');
    expect(clinicValue(withPreparation({ driving: { rule: 'hours', hours: 12 } }), 'driving', words)).toBe(
      '[for 12 hrs]',
    );
  });
  it('words each ride-home rule', () => {
    const rule = (escortRequired: boolean) =>
      clinicValue(
        withPreparation({ rideHome: { ...sample.preparation.rideHome, escortRequired } }),
        'rideHome.rule',
        words,
      );
    expect(rule(true)).toBe('[escort]');
    expect(rule(false)).toBe('[own way]');
  });
  it('describes the route the settings choose, with its timing', () => {
    for (const route of ROUTES) {
      expect(clinicValue(withPreparation({ route }), 'route', words)).toBe(`[${route}]`);
      expect(clinicValue(withPreparation({ route }), 'routeTiming', words)).toBe(`[${route} timing]`);
    }
  });
  it('gives the out-of-hours advice, then its phone as a sentence when there is one', () => {
    const advice = 'Our on-call nurse answers day and night.';
    const phone = { display: '(555) 010-0199', dial: '+15550100199' };
    expect(clinicValue({ ...sample, outOfHours: { advice, phone } }, 'outOfHours', words)).toBe(
      'Our on-call nurse answers day and night. [call (555) 010-0199]',
    );
    const noLine = 'Call 911 or go to the nearest emergency room.';
    expect(clinicValue({ ...sample, outOfHours: { advice: noLine } }, 'outOfHours', words)).toBe(noLine);
  });
  it('gives the minimum age as a number', () => {
    expect(clinicValue(withPreparation({ minimumAge: 21 }), 'minimumAge', words)).toBe('21');
  });
  it('refuses an unknown name, saying what it received and what it expected', () => {
    expect(() => clinicValue(sample, 'fasting.solid', words)).toThrow(
      /received name "fasting\.solid", expected one of: .*fasting\.solids/,
    );
  });
});

describe('outOfHoursCall', () => {
  it('splits the sentence around the phone, so the number can be a link', () => {
    expect(outOfHoursCall(words)).toEqual({ before: '[call ', after: ']' });
  });
});

describe('clinicList', () => {
  it('gives each list', () => {
    for (const name of CLINIC_LIST_NAMES) expect(clinicList(sample, name).length, name).toBeGreaterThan(0);
  });
  it('refuses an unknown list', () => {
    expect(() => clinicList(sample, 'whatToWear')).toThrow(/received name "whatToWear", expected one of: whatToBring/);
  });
});

describe('fillClinicValues', () => {
  it('fills every placeholder and leaves other text alone', () => {
    const settings = withPreparation({ fasting: { solidsHours: 4, clearLiquidsHours: 1 } });
    expect(
      fillClinicValues('No food for {fasting.solids}, no drinks for {fasting.clearLiquids}.', settings, words),
    ).toBe('No food for 4 hrs, no drinks for 1 hr.');
    expect(fillClinicValues('Nothing to fill.', settings, words)).toBe('Nothing to fill.');
  });
  it('stops on a typo in a placeholder', () => {
    expect(() => fillClinicValues('Drive {drivng}.', sample, words)).toThrow(/received name "drivng"/);
  });
});
