import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { clinicList, clinicValue, fillClinicValues } from '../../src/lib/clinic-values';
import {
  CLINIC_LIST_NAMES,
  CLINIC_VALUE_NAMES,
  clinicSettingsSchema,
  type ClinicSettings,
} from '../../src/lib/schemas';
import { CONTENT } from '../support/paths';

const sample = clinicSettingsSchema.parse(load(readFileSync(path.join(CONTENT, 'settings', 'clinic.yaml'), 'utf8')));
const withPreparation = (preparation: Partial<ClinicSettings['preparation']>): ClinicSettings => ({
  ...sample,
  preparation: { ...sample.preparation, ...preparation },
});

describe('clinicValue', () => {
  it('gives every named setting as non-empty words', () => {
    for (const name of CLINIC_VALUE_NAMES) expect(clinicValue(sample, name).trim(), name).not.toBe('');
  });
  it('turns hours into words', () => {
    const settings = withPreparation({ fasting: { solidsHours: 6, clearLiquidsHours: 0.5 } });
    expect(clinicValue(settings, 'fasting.solids')).toBe('6 hours');
    expect(clinicValue(settings, 'fasting.clearLiquids')).toBe('30 minutes');
  });
  it('words each driving rule', () => {
    expect(clinicValue(withPreparation({ driving: { rule: 'next-day' } }), 'driving')).toBe(
      "until the next day, after a night's sleep",
    );
    expect(clinicValue(withPreparation({ driving: { rule: 'hours', hours: 12 } }), 'driving')).toBe(
      'for 12 hours after your session',
    );
  });
  it('describes the route without doses', () => {
    expect(clinicValue(withPreparation({ route: 'nasal' }), 'route')).toBe('a nasal spray');
  });
  it('gives the out-of-hours advice, then its phone as a sentence when there is one', () => {
    const advice = 'Our on-call nurse answers day and night.';
    const phone = { display: '(555) 010-0199', dial: '+15550100199' };
    expect(clinicValue({ ...sample, outOfHours: { advice, phone } }, 'outOfHours')).toBe(
      'Our on-call nurse answers day and night. Call (555) 010-0199.',
    );
    const noLine = 'Call 911 or go to the nearest emergency room.';
    expect(clinicValue({ ...sample, outOfHours: { advice: noLine } }, 'outOfHours')).toBe(noLine);
  });
  it('gives the minimum age as a number', () => {
    expect(clinicValue(withPreparation({ minimumAge: 21 }), 'minimumAge')).toBe('21');
  });
  it('refuses an unknown name, saying what it received and what it expected', () => {
    expect(() => clinicValue(sample, 'fasting.solid')).toThrow(
      /received name "fasting\.solid", expected one of: .*fasting\.solids/,
    );
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
    expect(fillClinicValues('No food for {fasting.solids}, no drinks for {fasting.clearLiquids}.', settings)).toBe(
      'No food for 4 hours, no drinks for 1 hour.',
    );
    expect(fillClinicValues('Nothing to fill.', settings)).toBe('Nothing to fill.');
  });
  it('stops on a typo in a placeholder', () => {
    expect(() => fillClinicValues('Drive {drivng}.', sample)).toThrow(/received name "drivng"/);
  });
});
