/**
 * The personal session plan: the names of its fields and the values of its choices, named once so the
 * form, the stored answers and the tests agree. They are how a client's answers are saved in their
 * browser (src/features/tools/storage.ts), so they never change; the words for each live in content/plan/.
 */
import type { SessionWayName } from '../../lib/session-ways';

/**
 * The answers "How would you like your session to go?" can store: the practice's four ways (named as in
 * src/lib/session-ways.ts, so the plan and the guide agree), then "not sure yet". Written out, not
 * imported, so the browser's copy of this module stays small.
 */
export const PLAN_WAY_VALUES = [
  'reassurance',
  'conversation',
  'focus',
  'silence',
  'not-sure',
] as const satisfies readonly (SessionWayName | 'not-sure')[];

/**
 * The answers the touch agreement can store, beside the stop signal. Touch is agreed before the
 * medicine, because under it a person may not be able to agree or object clearly (McHerron and others,
 * "The ethical use of therapeutic touch in psychedelic-assisted therapy", Therapeutic Advances in
 * Psychopharmacology, 2025, doi:10.1177/20451253251377191). The last has a box for the client's own
 * words (`touchOwnWords`).
 */
export const PLAN_TOUCH_VALUES = ['none', 'if-asked', 'shoulder', 'own-words'] as const;

export type PlanTouch = (typeof PLAN_TOUCH_VALUES)[number];

/** The touch choice that shows the box for the client's own words. */
export const PLAN_TOUCH_OWN_WORDS: PlanTouch = 'own-words';

/** The `name` of every field in the plan form; the stored answers use the same names. */
export const PLAN_FIELDS = [
  'way',
  'intention',
  'talkAbout',
  'notTalkAbout',
  'pauseSignal',
  'touch',
  'touchOwnWords',
  'rideName',
  'ridePhone',
  'emergencyName',
  'emergencyPhone',
  'questions',
] as const;

export type PlanField = (typeof PLAN_FIELDS)[number];

/** The plan's answers: only fields the client filled in. */
export type PlanAnswers = Partial<Record<PlanField, string>>;

/**
 * The fields answered by choosing one option (radio buttons), each with every value it may store. A
 * page may offer fewer (content/plan/ may leave a choice out); the browser then accepts only the
 * choices its page offers (`planChoicesOf`).
 */
export const PLAN_CHOICES = {
  way: PLAN_WAY_VALUES,
  touch: PLAN_TOUCH_VALUES,
} as const satisfies Partial<Record<PlanField, readonly string[]>>;

type PlanChoiceField = keyof typeof PLAN_CHOICES;

/** The values each choice field accepts. */
export type PlanChoices = Readonly<Record<PlanChoiceField, readonly string[]>>;

/** A field the reader types in: every field but the choices. */
export type PlanTextField = Exclude<PlanField, PlanChoiceField>;

/** The longest answer a text box accepts (its `maxlength`); plenty for a page, short enough to print. */
export const PLAN_TEXT_MAX = 1000;

/**
 * The `maxlength` of every text field, in one place: the form, its character count and the tests read
 * them here. Code, not content: a limit is set by what fits the printed page, the same in every
 * language, and is kept by field name, which never changes. A name is a line, a phone number shorter; both fit the printed page's columns.
 */
export const PLAN_LIMITS: Record<PlanTextField, number> = {
  intention: PLAN_TEXT_MAX,
  talkAbout: PLAN_TEXT_MAX,
  notTalkAbout: PLAN_TEXT_MAX,
  pauseSignal: PLAN_TEXT_MAX,
  // A sentence or two beside the choices; short, so the printed plan stays on one page.
  touchOwnWords: 300,
  rideName: 200,
  ridePhone: 40,
  emergencyName: 200,
  emergencyPhone: 40,
  questions: PLAN_TEXT_MAX,
};

function isChoiceField(field: PlanField): field is PlanChoiceField {
  return Object.hasOwn(PLAN_CHOICES, field);
}

/**
 * The choices a page offers, from its radio buttons' names and values, so the browser accepts only the
 * answers the content offers. A radio button of no choice field is ignored.
 */
export function planChoicesOf(radios: Iterable<{ name: string; value: string }>): PlanChoices {
  const offered: Record<PlanChoiceField, string[]> = { way: [], touch: [] };
  for (const { name, value } of radios) {
    if (isChoiceField(name as PlanField)) offered[name as PlanChoiceField].push(value);
  }
  return offered;
}

/**
 * Whether `value` is an answer the field can hold: text, and for a choice field one of the values
 * `choices` offers (every value the plan knows, unless a page says fewer).
 */
export function isPlanAnswer(field: PlanField, value: unknown, choices: PlanChoices = PLAN_CHOICES): value is string {
  if (typeof value !== 'string') return false;
  return isChoiceField(field) ? choices[field].includes(value) : true;
}
