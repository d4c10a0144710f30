/**
 * The personal session plan: its fields and the four ways a session can go, named once so the form,
 * the stored answers and the tests agree. The wording of the ways follows the practice's own page
 * (content brief, "Four ways a session can go").
 */

/** The choices for "How would you like your session to go?", in the order the practice gives them. */
export const SESSION_WAYS = [
  {
    value: 'reassurance',
    label: 'Reassurance while I settle in',
    hint: 'Someone reassures you and helps you settle into a new experience. Many people like this for a first session.',
    anchor: 'reassurance-while-you-settle-in',
  },
  {
    value: 'conversation',
    label: 'A conversation during the experience',
    hint: 'You talk while the medicine works, and your clinician helps you understand what you feel.',
    anchor: 'a-conversation-during-the-experience',
  },
  {
    value: 'talk-then-focus',
    label: 'A talk first, then a focus on one topic',
    hint: 'You talk before the medicine takes effect. Then your clinician helps you focus on one thing you chose.',
    anchor: 'a-talk-first-then-a-focus',
  },
  {
    value: 'silence',
    label: 'Silence, with someone there',
    hint: 'You do not have to speak. Someone stays in the room with you.',
    anchor: 'silence-with-someone-there',
  },
  {
    value: 'not-sure',
    label: 'I’m not sure yet',
    hint: 'That is fine. You can decide on the day, with your clinician.',
  },
] as const;

export type SessionWay = (typeof SESSION_WAYS)[number]['value'];
export const SESSION_WAY_VALUES: readonly string[] = SESSION_WAYS.map((way) => way.value);

/** The `name` of every field in the plan form; the stored answers use the same names. */
export const PLAN_FIELDS = [
  'way',
  'intention',
  'talkAbout',
  'notTalkAbout',
  'pauseSignal',
  'rideName',
  'ridePhone',
  'emergencyName',
  'emergencyPhone',
  'questions',
] as const;

export type PlanField = (typeof PLAN_FIELDS)[number];

/** The plan's answers: only fields the client filled in. */
export type PlanAnswers = Partial<Record<PlanField, string>>;

/** The longest answer a text field accepts (its `maxlength`); plenty for a page, short enough to print. */
export const PLAN_TEXT_MAX = 1000;

/** Whether `value` is an answer the field can hold: text, and for `way` one of the choices. */
export function isPlanAnswer(field: PlanField, value: unknown): value is string {
  if (typeof value !== 'string') return false;
  return field === 'way' ? SESSION_WAY_VALUES.includes(value) : true;
}
