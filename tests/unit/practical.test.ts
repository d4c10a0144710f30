/** `<PracticalDetail>`: the clinic's words when filled in, a request to ask when not, never a blank. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  PRACTICAL_DETAIL_NAMES,
  PRACTICAL_LINK_NAMES,
  askUsParts,
  practicalDetail,
  practicalDetailName,
} from '../../src/lib/practical';
import { clinicSettingsSchema, type ClinicSettings } from '../../src/schemas/clinic';
import { CONTENT } from '../support/paths';
import { TEST_SETTING_WORDS } from '../support/setting-words';

const WORDS = TEST_SETTING_WORDS.values.practical;
const sample = clinicSettingsSchema.parse(load(readFileSync(path.join(CONTENT, 'settings', 'clinic.yaml'), 'utf8')));
const withPractical = (practical: ClinicSettings['practical']): ClinicSettings => {
  const { practical: _practical, ...rest } = sample;
  return practical === undefined ? rest : { ...rest, practical };
};

describe('practicalDetail', () => {
  it("shows the clinic's words when the detail is filled in", () => {
    expect(practicalDetail(withPractical({ room: 'A private room with a door.' }), 'room', WORDS)).toEqual({
      name: 'room',
      text: 'A private room with a door.',
    });
  });

  it('asks the reader to ask the clinic when the detail is blank, or there is no practical block', () => {
    for (const settings of [withPractical({ fees: 'Each session has a fee.' }), withPractical(undefined)]) {
      expect(practicalDetail(settings, 'cancellation', WORDS)).toEqual({
        name: 'cancellation',
        ask: '[cancellation topic]',
      });
    }
  });

  it('adds the web page for fees and the consent form, with or without words', () => {
    const settings = withPractical({
      fees: 'Each session has a fee.',
      consentFormUrl: 'https://clinic.example/consent',
    });
    expect(practicalDetail(settings, 'consentForm', WORDS)).toEqual({
      name: 'consentForm',
      link: { href: 'https://clinic.example/consent', words: '[consentForm link]' },
      ask: '[consentForm topic]',
    });
    expect(practicalDetail(settings, 'fees', WORDS).link).toBeUndefined();
  });

  it('gives every detail either words or a request to ask', () => {
    for (const practical of [undefined, {}]) {
      for (const name of PRACTICAL_DETAIL_NAMES) {
        const view = practicalDetail(withPractical(practical), name, WORDS);
        expect(view.text ?? view.ask, name).toBeTruthy();
      }
    }
  });
});

describe('PRACTICAL_LINK_NAMES', () => {
  it('names the details whose web page the settings can give', () => {
    expect(PRACTICAL_LINK_NAMES).toEqual(['fees', 'consentForm']);
  });
});

describe('askUsParts', () => {
  it('puts the phone and email where the words have them, in their order', () => {
    const phone = { link: 'phone' };
    const email = { link: 'email' };
    expect(askUsParts(WORDS, 'fees', phone, email, 'en')).toEqual([
      '[ask about ',
      'fees',
      ': email ',
      email,
      ' or call ',
      phone,
      ']',
    ]);
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
