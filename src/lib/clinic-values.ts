/**
 * Clinic settings as words, by name. Guides (`<ClinicSetting name="…">`), checklist items
 * (`{fasting.solids}` in their text) and handouts all go through here, so a setting reads the same
 * everywhere and an unknown name stops the build instead of printing nothing. The settings choose
 * (`preparation.route: sublingual`); the words come from content (`SettingWords`).
 */
import { formatHours, formatHoursRange } from './format';
import { fill } from './ui-format';
import { type ClinicSettings } from '../schemas/clinic';
import { CLINIC_LIST_NAMES, CLINIC_VALUE_NAMES, type ClinicListName, type ClinicValueName } from '../schemas/names';
import type { RouteWords, ValueWords } from '../schemas/words';

/** The words settings read in, for the site's language: content/values/ and content/routes/. */
export interface SettingWords {
  values: ValueWords;
  routes: RouteWords;
}

/**
 * The sentence after the out-of-hours advice, split around its phone number, so pages can make the
 * number a tap-to-call link between the two parts (src/components/OutOfHours.astro).
 */
export function outOfHoursCall(words: SettingWords): { before: string; after: string } {
  const [before = '', after = ''] = words.values.outOfHoursCall.split('{phone}');
  return { before, after };
}

type Value = (settings: ClinicSettings, words: SettingWords) => string;

const VALUES = {
  'clinic.name': (s) => s.name,
  'clinic.shortName': (s) => s.shortName,
  'clinic.phone': (s) => s.phone.display,
  'clinic.email': (s) => s.email,
  'clinic.afterHours': (s) => s.afterHours,
  outOfHours: (s, w) =>
    s.outOfHours.phone
      ? `${s.outOfHours.advice} ${fill(w.values.outOfHoursCall, { phone: s.outOfHours.phone.display })}`
      : s.outOfHours.advice,
  minimumAge: (s) => String(s.preparation.minimumAge),
  route: (s, w) => w.routes[s.preparation.route].words,
  routeTiming: (s, w) => w.routes[s.preparation.route].timing,
  visitLength: (s, w) =>
    formatHoursRange(s.preparation.visitLength.minHours, s.preparation.visitLength.maxHours, w.values.time),
  'fasting.solids': (s, w) => formatHours(s.preparation.fasting.solidsHours, w.values.time),
  'fasting.clearLiquids': (s, w) => formatHours(s.preparation.fasting.clearLiquidsHours, w.values.time),
  alcoholFree: (s, w) => formatHours(s.preparation.alcoholFreeHours, w.values.time),
  driving: (s, w) =>
    s.preparation.driving.rule === 'next-day'
      ? w.values.driving.nextDay
      : fill(w.values.driving.hours, { hours: formatHours(s.preparation.driving.hours, w.values.time) }),
  'rideHome.details': (s) => s.preparation.rideHome.details,
  'rideHome.rule': (s, w) =>
    s.preparation.rideHome.escortRequired ? w.values.rideHome.escortRequired : w.values.rideHome.ownWay,
  'course.preparationSessions': (s) => String(s.preparation.course.preparationSessions),
  'course.medicineSessions': (s) => String(s.preparation.course.medicineSessions),
  'course.integrationSessions': (s) => String(s.preparation.course.integrationSessions),
  'course.review': (s) => s.preparation.course.review,
} satisfies Record<ClinicValueName, Value>;

const LISTS = {
  whatToBring: (s) => s.preparation.whatToBring,
  clinicProvides: (s) => s.preparation.clinicProvides,
  screeningTopics: (s) => s.preparation.screeningTopics,
} satisfies Record<ClinicListName, (settings: ClinicSettings) => readonly string[]>;

function isValueName(name: string): name is ClinicValueName {
  return Object.hasOwn(VALUES, name);
}

function isListName(name: string): name is ClinicListName {
  return Object.hasOwn(LISTS, name);
}

/** One setting as words. Throws, naming what was received and what is allowed, for an unknown name. */
export function clinicValue(settings: ClinicSettings, name: string, words: SettingWords): string {
  if (!isValueName(name)) {
    throw new Error(`Clinic setting: received name "${name}", expected one of: ${CLINIC_VALUE_NAMES.join(', ')}`);
  }
  return VALUES[name](settings, words);
}

/** One list setting (what to bring, what the clinic provides, screening topics). */
export function clinicList(settings: ClinicSettings, name: string): readonly string[] {
  if (!isListName(name)) {
    throw new Error(`Clinic list: received name "${name}", expected one of: ${CLINIC_LIST_NAMES.join(', ')}`);
  }
  return LISTS[name](settings);
}

/**
 * Fills `{name}` placeholders in content text with clinic settings: "Stop eating {fasting.solids}
 * before." Throws for an unknown name, so a typo stops the build rather than reaching a client.
 */
export function fillClinicValues(text: string, settings: ClinicSettings, words: SettingWords): string {
  return text.replace(/\{([A-Za-z.]+)\}/g, (_, name: string) => clinicValue(settings, name, words));
}
