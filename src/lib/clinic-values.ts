/**
 * Clinic settings as words, by name. Guides (`<ClinicSetting name="…">`), checklist items
 * (`{fasting.solids}` in their text) and handouts all go through here, so a setting reads the same
 * everywhere and an unknown name stops the build instead of printing nothing.
 */
import { formatHours, formatHoursRange } from './format';
import {
  CLINIC_LIST_NAMES,
  CLINIC_VALUE_NAMES,
  type ClinicListName,
  type ClinicSettings,
  type ClinicValueName,
  type Route,
} from './schemas';

/** How each route is described to a client; facts of the route, never doses. */
const ROUTE_WORDS: Record<Route, string> = {
  sublingual: 'a tablet or lozenge that melts under your tongue',
  intramuscular: 'an injection into a muscle, usually in your upper arm',
  intravenous: 'a slow drip into a vein in your arm (an infusion)',
  nasal: 'a nasal spray',
};

/**
 * How long the effects last for each route, in one or two plain sentences. Figures from the content
 * brief's table (Sage Integrative Health for sublingual and intramuscular; infusion clinics for
 * intravenous; the esketamine labelling for nasal). Times only, never amounts of medicine.
 */
const ROUTE_TIMING: Record<Route, string> = {
  sublingual:
    'The effects usually begin within about 20 minutes. They are strongest for about 40 minutes, then fade over the next hour or two.',
  intramuscular: 'The effects usually begin within a few minutes and last about 45 to 90 minutes.',
  intravenous: 'The drip itself usually lasts 40 to 60 minutes. The whole visit is often about an hour and a half.',
  nasal: 'The care team watches over you for at least 2 hours after the spray, until they say it is safe to go home.',
};

/**
 * The out-of-hours phone follows the advice as its own short sentence: "… Call (555) 010-0199." Pages
 * make the number a tap-to-call link between these words (src/components/content/ClinicSetting.astro).
 */
export const OUT_OF_HOURS_CALL = { before: 'Call ', after: '.' } as const;

const VALUES = {
  'clinic.name': (s) => s.name,
  'clinic.shortName': (s) => s.shortName,
  'clinic.phone': (s) => s.phone.display,
  'clinic.email': (s) => s.email,
  'clinic.afterHours': (s) => s.afterHours,
  outOfHours: (s) =>
    s.outOfHours.phone
      ? `${s.outOfHours.advice} ${OUT_OF_HOURS_CALL.before}${s.outOfHours.phone.display}${OUT_OF_HOURS_CALL.after}`
      : s.outOfHours.advice,
  minimumAge: (s) => String(s.preparation.minimumAge),
  route: (s) => ROUTE_WORDS[s.preparation.route],
  routeTiming: (s) => ROUTE_TIMING[s.preparation.route],
  visitLength: (s) => formatHoursRange(s.preparation.visitLength.minHours, s.preparation.visitLength.maxHours),
  'fasting.solids': (s) => formatHours(s.preparation.fasting.solidsHours),
  'fasting.clearLiquids': (s) => formatHours(s.preparation.fasting.clearLiquidsHours),
  alcoholFree: (s) => formatHours(s.preparation.alcoholFreeHours),
  driving: (s) =>
    s.preparation.driving.rule === 'next-day'
      ? "until the next day, after a night's sleep"
      : `for ${formatHours(s.preparation.driving.hours)} after your session`,
  'rideHome.details': (s) => s.preparation.rideHome.details,
  'rideHome.rule': (s) =>
    s.preparation.rideHome.escortRequired
      ? 'An adult you know must take you home.'
      : 'Arrange a safe way home. You must not drive yourself.',
  'course.preparationSessions': (s) => String(s.preparation.course.preparationSessions),
  'course.medicineSessions': (s) => String(s.preparation.course.medicineSessions),
  'course.integrationSessions': (s) => String(s.preparation.course.integrationSessions),
  'course.review': (s) => s.preparation.course.review,
} satisfies Record<ClinicValueName, (settings: ClinicSettings) => string>;

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
export function clinicValue(settings: ClinicSettings, name: string): string {
  if (!isValueName(name)) {
    throw new Error(`Clinic setting: received name "${name}", expected one of: ${CLINIC_VALUE_NAMES.join(', ')}`);
  }
  return VALUES[name](settings);
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
export function fillClinicValues(text: string, settings: ClinicSettings): string {
  return text.replace(/\{([A-Za-z.]+)\}/g, (_, name: string) => clinicValue(settings, name));
}
