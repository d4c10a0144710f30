/**
 * The personal session plan: its fields, the four ways a session can go and the touch agreement,
 * named once so the form, the stored answers and the tests agree. The wording of the ways follows the practice's own page
 * (content brief, "Four ways a session can go").
 */
import type { SessionWayName } from './session-ways';

/**
 * The choices for "How would you like your session to go?": the practice's four ways (named as in
 * src/lib/session-ways.ts, so the plan and the guide agree), then "not sure yet". First person,
 * because the printed plan speaks for the client.
 */
export const PLAN_WAYS = [
  {
    value: 'reassurance',
    label: 'Reassurance while I settle in',
    hint: 'Someone reassures you and helps you settle into a new experience. Many people like this for a first session.',
  },
  {
    value: 'conversation',
    label: 'A conversation during the experience',
    hint: 'You talk while the medicine works, and your clinician helps you understand what you feel.',
  },
  {
    value: 'focus',
    label: 'A talk first, then a focus on one topic',
    hint: 'You talk before the medicine takes effect. Then your clinician helps you focus on one thing you chose.',
  },
  {
    value: 'silence',
    label: 'Silence, with someone there',
    hint: 'You do not have to speak. Someone stays in the room with you.',
  },
  {
    value: 'not-sure',
    label: 'I’m not sure yet',
    hint: 'That is fine. You can decide on the day, with your clinician.',
  },
] as const satisfies readonly { value: SessionWayName | 'not-sure'; label: string; hint: string }[];

const PLAN_WAY_VALUES: readonly string[] = PLAN_WAYS.map((way) => way.value);

/**
 * The choices for the touch agreement, beside the stop signal. Touch is agreed before the medicine,
 * because under it a person may not be able to agree or object clearly (McHerron and others, "The
 * ethical use of therapeutic touch in psychedelic-assisted therapy", Therapeutic Advances in
 * Psychopharmacology, 2025, doi:10.1177/20451253251377191). The last choice has a box for the
 * client's own words (`touchOwnWords`). First person, as the printed plan speaks for the client.
 */
export const PLAN_TOUCH = [
  { value: 'none', label: 'No touch' },
  { value: 'if-asked', label: 'Only if I ask' },
  { value: 'shoulder', label: 'A hand on my shoulder is fine' },
  { value: 'own-words', label: 'In my own words:' },
] as const;

const PLAN_TOUCH_VALUES: readonly string[] = PLAN_TOUCH.map((choice) => choice.value);

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

/** The fields answered by choosing one option (radio buttons), each with the values it accepts. */
export const PLAN_CHOICES = {
  way: PLAN_WAY_VALUES,
  touch: PLAN_TOUCH_VALUES,
} as const satisfies Partial<Record<PlanField, readonly string[]>>;

type PlanChoiceField = keyof typeof PLAN_CHOICES;

/** A field the reader types in: every field but the choices. */
export type PlanTextField = Exclude<PlanField, PlanChoiceField>;

/** The longest answer a text box accepts (its `maxlength`); plenty for a page, short enough to print. */
export const PLAN_TEXT_MAX = 1000;

/**
 * The `maxlength` of every text field, in one place: the form, its character count and the tests read
 * them here. A name is a line, a phone number shorter; both fit the printed page's columns.
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

/** Whether `value` is an answer the field can hold: text, and for a choice field one of its values. */
export function isPlanAnswer(field: PlanField, value: unknown): value is string {
  if (typeof value !== 'string') return false;
  return isChoiceField(field) ? PLAN_CHOICES[field].includes(value) : true;
}
