/** `<PracticalDetail>`: the clinic's words when filled in, a request to ask when not, never a blank. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PRACTICAL_DETAIL_NAMES, practicalDetail, practicalDetailName } from '../../src/lib/practical';
import { clinicSettingsSchema, type ClinicSettings } from '../../src/schemas/content';
import { CONTENT } from '../support/paths';

const sample = clinicSettingsSchema.parse(load(readFileSync(path.join(CONTENT, 'settings', 'clinic.yaml'), 'utf8')));
const withPractical = (practical: ClinicSettings['practical']): ClinicSettings => {
  const { practical: _practical, ...rest } = sample;
  return practical === undefined ? rest : { ...rest, practical };
};

describe('practicalDetail', () => {
  it("shows the clinic's words when the detail is filled in", () => {
    expect(practicalDetail(withPractical({ room: 'A private room with a door.' }), 'room')).toEqual({
      name: 'room',
      text: 'A private room with a door.',
    });
  });

  it('asks the reader to ask the clinic when the detail is blank, or there is no practical block', () => {
    for (const settings of [withPractical({ fees: 'Each session has a fee.' }), withPractical(undefined)]) {
      expect(practicalDetail(settings, 'cancellation')).toEqual({
        name: 'cancellation',
        ask: 'moving or calling off a session',
      });
    }
  });

  it('adds the web page for fees and the consent form, with or without words', () => {
    const settings = withPractical({
      fees: 'Each session has a fee.',
      consentFormUrl: 'https://clinic.example/consent',
    });
    expect(practicalDetail(settings, 'consentForm')).toEqual({
      name: 'consentForm',
      link: { href: 'https://clinic.example/consent', words: 'Read the consent form' },
      ask: 'the consent form',
    });
    expect(practicalDetail(settings, 'fees').link).toBeUndefined();
  });

  it('gives every detail either words or a request to ask', () => {
    for (const practical of [undefined, {}]) {
      for (const name of PRACTICAL_DETAIL_NAMES) {
        const view = practicalDetail(withPractical(practical), name);
        expect(view.text ?? view.ask, name).toBeTruthy();
      }
    }
  });
});

describe('practicalDetailName', () => {
  it('accepts each name', () => {
    expect(PRACTICAL_DETAIL_NAMES.map(practicalDetailName)).toEqual(PRACTICAL_DETAIL_NAMES);
  });
  it('refuses any other, saying what it received and what is allowed', () => {
    expect(() => practicalDetailName('feesUrl')).toThrow(
      '<PracticalDetail>: received name="feesUrl", expected one of: fees, insurance, cancellation, consentForm, team, room, integrationTiming, ownTherapist',
    );
    expect(() => practicalDetailName(undefined)).toThrow(/received name=undefined/);
  });
});
