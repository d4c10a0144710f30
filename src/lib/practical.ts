/**
 * Practical details a client asks about before starting (fees, insurance, the consent form …), from
 * the optional `practical` block of the clinic settings. `<PracticalDetail name="fees" />` shows what
 * the clinic has filled in; for anything left blank it asks the reader to call or email the clinic,
 * so a page never shows a gap. The words a reader sees around the settings live here, in one place.
 */
import type { ClinicSettings } from '../schemas/content';

type Practical = NonNullable<ClinicSettings['practical']>;

/** Each detail a page can show: what to call it in "Please ask us about …", and its optional web page. */
const DETAILS = {
  fees: { topic: 'what treatment costs', link: { field: 'feesUrl', words: 'See our full list of fees' } },
  insurance: { topic: 'insurance' },
  cancellation: { topic: 'moving or calling off a session' },
  consentForm: { topic: 'the consent form', link: { field: 'consentFormUrl', words: 'Read the consent form' } },
  team: { topic: 'who is in the room with you' },
  room: { topic: 'the room where sessions happen' },
  integrationTiming: { topic: 'when integration sessions happen' },
  ownTherapist: { topic: 'keeping your own therapist informed' },
} satisfies Record<string, { topic: string; link?: { field: keyof Practical; words: string } }>;

export type PracticalDetailName = keyof typeof DETAILS;
export const PRACTICAL_DETAIL_NAMES = Object.keys(DETAILS) as PracticalDetailName[];

/** What a page shows for one detail: the clinic's words and web page when given, else a request to ask. */
export interface PracticalDetailView {
  name: PracticalDetailName;
  /** The clinic's own words, when filled in. */
  text?: string;
  /** A web page with more (the full list of fees, the consent form), when given. */
  link?: { href: string; words: string };
  /** Set when the clinic has not filled in this detail: "Please ask us about …". */
  ask?: string;
}

/** The first words of the request to ask; the clinic's phone and email follow as links. */
export const ASK_US = {
  before: (topic: string) => `Please ask us about ${topic}. Call `,
  between: ' or email ',
  after: '.',
} as const;

/** Checks a `name` prop, saying what it received and what is allowed. */
export function practicalDetailName(value: unknown): PracticalDetailName {
  if (typeof value !== 'string' || !Object.hasOwn(DETAILS, value)) {
    throw new Error(
      `<PracticalDetail>: received name=${JSON.stringify(value)}, expected one of: ${PRACTICAL_DETAIL_NAMES.join(', ')}`,
    );
  }
  return value as PracticalDetailName;
}

/** One detail as a page shows it. */
export function practicalDetail(settings: ClinicSettings, name: PracticalDetailName): PracticalDetailView {
  const detail: { topic: string; link?: { field: keyof Practical; words: string } } = DETAILS[name];
  const text = settings.practical?.[name];
  const href = detail.link ? settings.practical?.[detail.link.field] : undefined;
  return {
    name,
    ...(text !== undefined && { text }),
    ...(href !== undefined && detail.link && { link: { href, words: detail.link.words } }),
    ...(text === undefined && { ask: detail.topic }),
  };
}
