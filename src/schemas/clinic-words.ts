/**
 * The clinic settings in another language (content/settings/clinic.<language>.yaml, such as
 * clinic.es.yaml): only the words a reader reads, with the same field names and nesting as clinic.yaml,
 * and the crisis lines in full, since each language has its own ways to get help.
 *
 * Numbers, phones, addresses, colours and rules are shared by every language, so they stay in
 * clinic.yaml alone: a language file that sets one is refused, naming the field, rather than
 * silently ignored. This schema checks each file on its own; that it has a text for exactly the
 * fields clinic.yaml fills in is checked where both are known (src/lib/clinic-language.ts).
 */
import { z } from 'astro/zod';
import { blankable, strictObject, text } from './fields';
import { crisisLinesSchema, type CrisisLine } from './clinic';
import type { PracticalDetailName } from '../lib/practical';

/** A field of words, with the same length limits as in clinic.yaml (src/schemas/clinic.ts). */
export interface WordsText {
  readonly kind: 'text';
  readonly min: number;
  readonly max: number;
}

/** A group of fields: its word fields, and the fields only clinic.yaml may set. */
export interface WordsGroup {
  readonly kind: 'group';
  readonly fields: Readonly<Record<string, WordsNode>>;
  readonly settingsOnly: readonly string[];
}

/** A list whose items are translated one for one, in clinic.yaml's order. */
export interface WordsList {
  readonly kind: 'list';
  readonly item: WordsText | WordsGroup;
}

export type WordsNode = WordsText | WordsGroup | WordsList;

const words = (min: number, max: number): WordsText => ({ kind: 'text', min, max });
const group = (fields: Record<string, WordsNode>, settingsOnly: readonly string[] = []): WordsGroup => ({
  kind: 'group',
  fields,
  settingsOnly,
});
const list = (item: WordsText | WordsGroup): WordsList => ({ kind: 'list', item });

/**
 * Every reader-facing text of the clinic settings except the crisis lines, where clinic.yaml has it.
 * A test (tests/unit/clinic-words.test.ts) checks this against the settings schema, so a new text
 * field in clinic.yaml cannot be left out of the language files unnoticed.
 */
export const CLINIC_WORDS: WordsGroup = group(
  {
    name: words(2, 100),
    shortName: words(2, 30),
    openingHours: list(group({ days: words(3, 60), hours: words(3, 60) })),
    afterHours: words(10, 400),
    outOfHours: group({ advice: words(10, 400) }, ['phone']),
    preparation: group(
      {
        rideHome: group({ details: words(10, 400) }, ['escortRequired']),
        whatToBring: list(words(1, 200)),
        clinicProvides: list(words(1, 200)),
        screeningTopics: list(words(1, 200)),
        course: group({ review: words(10, 400) }, ['preparationSessions', 'medicineSessions', 'integrationSessions']),
      },
      ['minimumAge', 'route', 'visitLength', 'fasting', 'alcoholFreeHours', 'driving'],
    ),
    practical: group(
      {
        fees: words(10, 600),
        insurance: words(10, 600),
        cancellation: words(10, 600),
        consentForm: words(10, 600),
        team: words(10, 600),
        room: words(10, 600),
        integrationTiming: words(10, 600),
        ownTherapist: words(10, 600),
      },
      ['feesUrl', 'consentFormUrl'],
    ),
  },
  // The postal address and phone numbers too: the post and the phone read them the same in any language.
  ['sample', 'logo', 'colors', 'siteUrl', 'locale', 'region', 'phone', 'email', 'address'],
);

/** Why a shared setting is refused in a language file. */
const settingOnlyMessage = (field: string) =>
  `"${field}" is set in clinic.yaml only, for every language: a language file holds only words`;

/**
 * The schema of one node. Every field is optional here, and a blank text counts as left out: whether
 * it must be there depends on clinic.yaml, which this file cannot see. An item of a list is never
 * blank, as in clinic.yaml.
 */
function nodeSchema(node: WordsNode, what: string): z.ZodType {
  switch (node.kind) {
    case 'text':
      return blankable(text(what, node.min, node.max));
    case 'list': {
      const itemWhat = `each item in ${what}`;
      const item =
        node.item.kind === 'text' ? text(itemWhat, node.item.min, node.item.max) : groupSchema(node.item, what);
      return z.array(item, { error: `${what} must be a list` }).optional();
    }
    case 'group':
      return groupSchema(node, what).optional();
  }
}

function groupSchema(node: WordsGroup, what: string, extra: Record<string, z.ZodType> = {}) {
  const shape = Object.fromEntries(
    Object.entries(node.fields).map(([field, child]) => [field, nodeSchema(child, `${what} ${field}`.trim())]),
  );
  const refused = Object.fromEntries(node.settingsOnly.map((field) => [field, settingOnlyMessage(field)]));
  const names = Object.keys({ ...shape, ...extra }).join(', ');
  return strictObject({ ...shape, ...extra }, `${what || 'the file'} must be a list of fields: ${names}`, refused);
}

/** An item of openingHours, as a language file may write it. */
interface OpeningHoursWords {
  days?: string | undefined;
  hours?: string | undefined;
}

/** What a language file holds once read: the shape of clinic.yaml's words, each optional, and its crisis lines. */
export interface ClinicWords {
  name?: string | undefined;
  shortName?: string | undefined;
  openingHours?: OpeningHoursWords[] | undefined;
  afterHours?: string | undefined;
  outOfHours?: { advice?: string | undefined } | undefined;
  preparation?:
    | {
        rideHome?: { details?: string | undefined } | undefined;
        whatToBring?: string[] | undefined;
        clinicProvides?: string[] | undefined;
        screeningTopics?: string[] | undefined;
        course?: { review?: string | undefined } | undefined;
      }
    | undefined;
  practical?: Partial<Record<PracticalDetailName, string | undefined>> | undefined;
  crisisLines: CrisisLine[];
}

/**
 * The schema of a language file. Built from CLINIC_WORDS, so the fields it accepts are the ones
 * clinicInLanguage() puts in place; typed by ClinicWords for the pages.
 */
export const clinicWordsSchema = groupSchema(CLINIC_WORDS, '', {
  crisisLines: crisisLinesSchema,
}) as unknown as z.ZodType<ClinicWords>;
