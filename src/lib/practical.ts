/**
 * Practical details a client asks about before starting (fees, insurance, the consent form …), from
 * the optional `practical` block of the clinic settings. `<PracticalDetail name="fees" />` shows what
 * the clinic has filled in; for anything left blank it asks the reader to call or email the clinic,
 * so a page never shows a gap. The words around the settings (what each detail is called, the link
 * words, the request to ask) are `practical` in content/values/<lang>.yaml.
 */
import type { ClinicSettings } from '../schemas/clinic';
import { fillParts } from './ui-format';

type Practical = NonNullable<ClinicSettings['practical']>;

/** Each detail a page can show, and the settings field of its web page, for those that have one. */
const DETAILS = {
  fees: { link: 'feesUrl' },
  insurance: {},
  cancellation: {},
  consentForm: { link: 'consentFormUrl' },
  team: {},
  room: {},
  integrationTiming: {},
  ownTherapist: {},
} as const satisfies Record<string, { link?: keyof Practical }>;

export type PracticalDetailName = keyof typeof DETAILS;
export const PRACTICAL_DETAIL_NAMES = Object.keys(DETAILS) as PracticalDetailName[];

/** The details with a web page of their own (fees, the consent form). */
export type PracticalLinkName = {
  [Name in PracticalDetailName]: (typeof DETAILS)[Name] extends { link: string } ? Name : never;
}[PracticalDetailName];
export const PRACTICAL_LINK_NAMES = PRACTICAL_DETAIL_NAMES.filter(
  (name): name is PracticalLinkName => 'link' in DETAILS[name],
);

/** The words around the details, as content/values/<lang>.yaml holds them (src/schemas/words.ts). */
export interface PracticalWords {
  /** What each detail is called in the request to ask: "what treatment costs". */
  topics: Readonly<Record<PracticalDetailName, string>>;
  /** The words of the link to a detail's web page: "See our full list of fees". */
  links: Readonly<Record<PracticalLinkName, string>>;
  /** The request to ask, with {topic}, {phone} and {email} blanks. */
  askUs: string;
}

/** What a page shows for one detail: the clinic's words and web page when given, else a request to ask. */
export interface PracticalDetailView {
  name: PracticalDetailName;
  /** The clinic's own words, when filled in. */
  text?: string;
  /** A web page with more (the full list of fees, the consent form), when given. */
  link?: { href: string; words: string };
  /** Set when the clinic has not filled in this detail: what the request to ask calls it. */
  ask?: string;
}

/** Checks a `name` prop, saying what it received and what is allowed. */
export function practicalDetailName(value: unknown): PracticalDetailName {
  if (typeof value !== 'string' || !Object.hasOwn(DETAILS, value)) {
    throw new Error(
      `<PracticalDetail>: received name=${JSON.stringify(value)}, expected one of: ${PRACTICAL_DETAIL_NAMES.join(', ')}`,
    );
  }
  return value as PracticalDetailName;
}

function isLinkName(name: PracticalDetailName): name is PracticalLinkName {
  return 'link' in DETAILS[name];
}

/** One detail as a page shows it. */
export function practicalDetail(
  settings: ClinicSettings,
  name: PracticalDetailName,
  words: PracticalWords,
): PracticalDetailView {
  const text = settings.practical?.[name];
  const href = isLinkName(name) ? settings.practical?.[DETAILS[name].link] : undefined;
  return {
    name,
    ...(text !== undefined && { text }),
    ...(href !== undefined && isLinkName(name) && { link: { href, words: words.links[name] } }),
    ...(text === undefined && { ask: words.topics[name] }),
  };
}

/**
 * The request to ask, cut around the clinic's phone and email so a page puts a link in each place,
 * in whatever order the words have them: "Please ask us about {topic}. Call {phone} or email {email}."
 */
export function askUsParts<T>(words: PracticalWords, topic: string, phone: T, email: T, lang: string): (string | T)[] {
  return fillParts<T>(words.askUs, { topic, phone, email }, lang);
}
