/**
 * The names content may use: the stages, crisis tiers, routes, the clinic settings a page may name,
 * paper sizes, glossary groups and checklist phases. The schemas own them so they can check content;
 * code that gives each name its words (src/lib/clinic-values.ts) is checked against them by the type
 * checker.
 */

/** The five stages a reader moves through; navigation, search filters and the home page use them. */
export const PHASES = ['about', 'before', 'during', 'after', 'support'] as const;
export type Phase = (typeof PHASES)[number];

/** Crisis lines are kept in three tiers so a frightened reader sees "emergency" first. */
export const CRISIS_TIERS = ['emergency', 'talk-now', 'peer-support'] as const;
export type CrisisTier = (typeof CRISIS_TIERS)[number];

/** How the clinic gives ketamine; it decides which "how long effects last" facts a guide shows. */
export const ROUTES = ['sublingual', 'intramuscular', 'intravenous', 'nasal'] as const;
export type Route = (typeof ROUTES)[number];

/**
 * The clinic settings content may name, as words (`<ClinicSetting name="…" />`, `{name}` in checklist
 * text) and as bulleted lists (`<ClinicSetting list="…" />`, a checklist item's `list`). The schema
 * owns the names so it can check content; src/lib/clinic-values.ts gives each its words, and the
 * type checker stops the build when a name there is missing or extra.
 */
export const CLINIC_VALUE_NAMES = [
  'clinic.name',
  'clinic.shortName',
  'clinic.phone',
  'clinic.email',
  'clinic.afterHours',
  'outOfHours',
  'minimumAge',
  'route',
  'routeTiming',
  'visitLength',
  'fasting.solids',
  'fasting.clearLiquids',
  'alcoholFree',
  'driving',
  'rideHome.details',
  'rideHome.rule',
  'course.preparationSessions',
  'course.medicineSessions',
  'course.integrationSessions',
  'course.review',
] as const;
export type ClinicValueName = (typeof CLINIC_VALUE_NAMES)[number];
export const CLINIC_LIST_NAMES = ['whatToBring', 'clinicProvides', 'screeningTopics'] as const;
export type ClinicListName = (typeof CLINIC_LIST_NAMES)[number];

/** Paper sizes a handout is laid out for; each must hold it on at most two sides. */
export const PAPER_SIZES = ['letter', 'a4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** The groups the glossary page lists its words under, in this order. */
export const GLOSSARY_GROUPS = ['treatment', 'medicine', 'session', 'after'] as const;
export type GlossaryGroup = (typeof GLOSSARY_GROUPS)[number];

/**
 * When a checklist item is done, in the order a client meets them. The checklist file names them for
 * readers ("A week before" …).
 */
export const CHECKLIST_PHASES = ['week-before', 'day-before', 'day-of', 'after'] as const;
export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number];
