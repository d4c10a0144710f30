/**
 * Schemas for everything in `content/`. `src/content.config.ts` wires them to the files; they live
 * here, free of Astro's virtual modules, so unit tests can check fixtures against the same rules.
 *
 * Every message is written for a clinic editor, not a programmer: it says what the field must be.
 * Astro prefixes each message with the file and the field name when a build fails.
 */
import { z } from 'astro/zod';
import { LOCALE, LOCALE_MESSAGE } from '../lib/language';
import { unknownFieldMessage } from './unknown-fields';
import { addressMessage, addressProblem, siteUrlMessage } from './web-address';

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

const MAX_REVIEW_YEARS = 3;

/** A required piece of text, with a message that names what is missing. */
export const text = (what: string, min = 1, max = 500) =>
  z
    .string({ error: `${what} is required and must be text` })
    .trim()
    .min(min, { error: min === 1 ? `${what} must not be empty` : `${what} must be at least ${min} characters` })
    .max(max, { error: `${what} must be at most ${max} characters` });

/**
 * An object that allows only the fields it lists. A misspelt field stops the build and names the
 * field most likely meant, instead of being dropped along with what it said ("Call: '911'" once took
 * "Call 911" off every page). `invalid` is the message when the value is not an object at all;
 * `refused` gives a field its own message, for a field that must never be written.
 *
 * Each unknown field is its own issue, at its own path (`crisisLines.0.Call`), so Astro prints it as
 * "crisisLines.0.Call: …" and points at its line; z.strictObject would report them all at the
 * object's path, which at the top of a file is empty.
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
  invalid: string,
  refused: Readonly<Record<string, string>> = {},
) {
  const known = Object.keys(shape);
  const unknownField = z.custom<never>(() => false, {
    error: (issue) => {
      const path = issue.path ?? [];
      const field = String(path.at(-1));
      return refused[field] ?? unknownFieldMessage(field, known, path.slice(0, -1));
    },
  });
  // Typed as the strict object it behaves as: a field outside the shape always fails, so parsed data
  // never holds one.
  return z.object(shape, { error: invalid }).catchall(unknownField) as unknown as z.ZodObject<Shape, z.core.$strict>;
}

/**
 * A web address people can open: https only, because the site never sends readers to insecure
 * pages, and written plainly, with no user name, backslash or space (src/schemas/web-address.ts).
 */
const httpsUrl = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `${what} is required and must be a web address starting with https://`
          : addressMessage(what, 'missing-https'),
    })
    .superRefine((raw, ctx) => {
      const problem = addressProblem(raw);
      if (problem) ctx.addIssue({ code: 'custom', message: addressMessage(what, problem) });
    });

/**
 * An optional setting that may also be left blank: `fees:` with nothing after it (YAML reads it as
 * null), or only spaces, counts as not filled in, so an editor can keep the line as a reminder.
 */
const blankable = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) => (value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value),
    schema.optional(),
  );

/**
 * A calendar date written as YYYY-MM-DD. YAML turns an unquoted date into a Date; a quoted one stays
 * text, so both are accepted, and anything else is refused with a message.
 */
const calendarDate = (what: string) =>
  z.preprocess(
    (value) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value,
    z.date({ error: `${what} must be a date written as YYYY-MM-DD, for example 2026-03-01` }),
  );

/** A number of hours, in steps of a quarter hour, as clinics state waiting times. */
const hours = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a number of hours, for example 2 or 0.5` })
    .min(0, { error: `${what} must not be negative` })
    .max(max, { error: `${what} must be at most ${max} hours` })
    .multipleOf(0.25, { error: `${what} must be in quarter hours (0.25, 0.5, 0.75 …)` });

/** A whole number of sessions. */
const sessionCount = (what: string) =>
  z
    .number({ error: `${what} must be a whole number` })
    .int({ error: `${what} must be a whole number` })
    .min(0, { error: `${what} must not be negative` })
    .max(52, { error: `${what} must be at most 52` });

/** A list of short items shown as bullets (what to bring, what the clinic asks about …). */
const itemList = (what: string) =>
  z
    .array(text(`each item in ${what}`, 1, 200), { error: `${what} must be a list of items` })
    .min(1, { error: `${what} needs at least one item` });

/** Where a guide's facts come from; shown at the bottom of the page. */
export const sourceSchema = strictObject(
  {
    // The title of the page, paper or leaflet, as its publisher gives it.
    title: text('source title', 3, 300),
    // Who published it (an organisation, journal or authors).
    publisher: text('source publisher', 2, 200),
    // Where a reader can check it.
    url: httpsUrl('source url'),
  },
  'each source must be { title, publisher, url }',
);

/**
 * Fields every reviewed page shares: guides and handouts. Kept as a plain shape so each collection
 * can add its own fields and still use the same rules and messages.
 */
const reviewedPageFields = {
  // The page heading and the title in browser tabs and link previews. Keep it short and plain.
  title: text('title', 3, 70),
  // One or two plain sentences: shown under the title, in search results and in link previews.
  description: text('description', 1, 500).refine((value) => value.length >= 50 && value.length <= 160, {
    error: (issue) =>
      `description must be 50–160 characters (it has ${String(issue.input).length}); it is used for link previews and search results`,
  }),
  // Position in its list (a guide's phase, the handouts), lowest first.
  order: z
    .number({ error: 'order must be a whole number (its position in the list, lowest first)' })
    .int({ error: 'order must be a whole number' })
    .min(0, { error: 'order must not be negative' }),
  // The day a qualified reviewer last checked the page.
  lastReviewed: calendarDate('lastReviewed'),
  // When the page must be checked again; the build warns once this day has passed.
  nextReviewDue: calendarDate('nextReviewDue'),
  // Who checked the page: a role, not a name, for example "Licensed clinical psychologist", or a list
  // of roles when several people checked it. Pages show every role.
  reviewedBy: z
    .union(
      [
        text('reviewedBy', 3, 120),
        z
          .array(text('each reviewedBy role', 3, 120), { error: 'reviewedBy must be a role, or a list of roles' })
          .min(1, { error: 'reviewedBy needs at least one role' }),
      ],
      { error: 'reviewedBy is required: a role, such as "Psychiatrist", or a list of roles' },
    )
    .transform((roles) => (typeof roles === 'string' ? [roles] : roles)),
  // Optional: true when the page says what the medicine does, its risks or its interactions. Once the
  // site is live (sample: false), the build warns if no reviewer is a prescribing role (src/lib/review.ts).
  medicine: z.boolean({ error: 'medicine must be true or false' }).default(false),
  // Where the page's facts come from; at least one.
  sources: z
    .array(sourceSchema, { error: 'sources must be a list of { title, publisher, url }' })
    .min(1, { error: 'sources needs at least one source, so readers can check the facts' }),
  // Keep a page out of the built site while it is being written.
  draft: z.boolean({ error: 'draft must be true or false' }).default(false),
};

/** nextReviewDue comes after lastReviewed, and at most MAX_REVIEW_YEARS after it. */
function checkReviewWindow(
  page: { lastReviewed: Date; nextReviewDue: Date },
  ctx: { addIssue: (issue: { code: 'custom'; path: string[]; message: string }) => void },
): void {
  if (page.nextReviewDue <= page.lastReviewed) {
    ctx.addIssue({ code: 'custom', path: ['nextReviewDue'], message: 'nextReviewDue must be after lastReviewed' });
    return;
  }
  const limit = new Date(page.lastReviewed);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_REVIEW_YEARS);
  if (page.nextReviewDue > limit) {
    ctx.addIssue({
      code: 'custom',
      path: ['nextReviewDue'],
      message: `nextReviewDue must be at most ${MAX_REVIEW_YEARS} years after lastReviewed`,
    });
  }
}

/**
 * `slug:` would let a page's address differ from its file name, so two files could claim one address
 * and one page silently replace the other.
 */
const NO_SLUG = {
  slug: 'slug is not allowed: the file name is the page address. To change the address, rename the file and add a redirect to content/redirects.yaml',
};

export const guideSchema = strictObject(
  {
    ...reviewedPageFields,
    // Where the page sits in a reader's journey; decides its place in the navigation.
    phase: z.enum(PHASES, { error: `phase must be one of: ${PHASES.join(', ')}` }),
    // Everyday words people use for this topic ("lift", "ride"); indexed for search, never shown.
    searchAliases: z
      .array(text('each search alias', 2, 60), { error: 'searchAliases must be a list of words' })
      .default([]),
  },
  'a guide needs frontmatter between --- lines: title, description, phase and the rest',
  NO_SLUG,
).superRefine(checkReviewWindow);

export type Guide = z.infer<typeof guideSchema>;

/** Paper sizes a handout is laid out for; each must hold it on at most two sides. */
export const PAPER_SIZES = ['letter', 'a4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const handoutSchema = strictObject(
  {
    ...reviewedPageFields,
    // Paper sizes the handout must fit on, at most two sides each; a PDF is made for each one.
    paper: z
      .array(z.enum(PAPER_SIZES, { error: `each paper size must be one of: ${PAPER_SIZES.join(', ')}` }), {
        error: `paper must be a list of paper sizes: ${PAPER_SIZES.join(', ')}`,
      })
      .min(1, { error: 'paper needs at least one paper size' })
      .refine((sizes) => new Set(sizes).size === sizes.length, { error: 'paper must not list a size twice' }),
    // Printed on the sheet beside the review date, so staff can tell an old copy from the current one.
    // Raise it whenever the words change, for example 1.0 → 1.1.
    version: z
      .string({ error: 'version is required, for example "1.0" (in quotes)' })
      .regex(/^\d+\.\d+$/, { error: 'version must be two numbers with a dot, such as "1.0" or "2.3", in quotes' }),
    // The guide that says more on the same topic, by its file name (optional).
    guide: z
      .string({ error: 'guide must be the file name of a guide, without .mdx' })
      .regex(/^[a-z0-9-]+$/, { error: 'guide must be the file name of a guide, without .mdx, such as safety' })
      .optional(),
  },
  'a handout needs frontmatter between --- lines: title, description, paper, version and the rest',
  NO_SLUG,
).superRefine(checkReviewWindow);

/**
 * A phone number shown one way and dialled another. `what` names it in messages ("phone",
 * "outOfHours phone"), so an editor knows which number to fix.
 */
const phoneNumber = (what: string) =>
  strictObject(
    {
      // As people read it, for example "(555) 010-0142".
      display: text(`${what} display`, 3, 40),
      // As a phone dials it: + and country code, digits only, for example "+15550100142".
      dial: z
        .string({ error: `${what} dial is required, for example +15550100142` })
        .regex(/^\+?[0-9]{3,15}$/, { error: `${what} dial must be digits only, with an optional leading +` }),
    },
    `${what} is required, with display (as people read it) and dial (digits, for example +15550100142)`,
  );

const phoneSchema = phoneNumber('phone');

export const crisisLineSchema = strictObject(
  {
    // emergency: immediate danger; talk-now: a crisis line to talk or text; peer-support: not a crisis line.
    tier: z.enum(CRISIS_TIERS, { error: `tier must be one of: ${CRISIS_TIERS.join(', ')}` }),
    // The service's name, for example "988 Suicide & Crisis Lifeline".
    name: text('crisis line name', 2, 80),
    // How to reach it, in the service's own words, for example "Call or text 988".
    howToReach: text('crisis line howToReach', 3, 160),
    // The number to call, if it takes calls; makes a tap-to-call link on phones. Required on an emergency line.
    call: z
      .string({ error: 'crisis line call must be a phone number, digits only' })
      .regex(/^\+?[0-9]{3,15}$/, { error: 'crisis line call must be digits only, with an optional leading +' })
      .optional(),
    // The number to text, if it takes texts; makes a tap-to-text link on phones.
    text: z
      .string({ error: 'crisis line text must be a phone number, digits only' })
      .regex(/^\+?[0-9]{3,15}$/, { error: 'crisis line text must be digits only, with an optional leading +' })
      .optional(),
    // A word to start the text message with, if the service asks for one (for example HOME).
    textMessage: text('crisis line textMessage', 1, 20).optional(),
    // When it answers, for example "24 hours a day, every day".
    hours: text('crisis line hours', 3, 160),
    // The service's own page, so readers can check it.
    url: httpsUrl('crisis line url'),
  },
  'each crisis line must be { tier, name, howToReach, hours, url }, with call or text',
).superRefine((line, ctx) => {
  // A line with no number shows a name and nothing to tap; an emergency line must always offer a call.
  if (line.tier === 'emergency' && line.call === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['call'],
      message: "an emergency line must have call: the number to call, such as '911'",
    });
  } else if (line.call === undefined && line.text === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['call'],
      message: 'a crisis line needs call or text: the number readers call or text, digits only',
    });
  }
});

export type CrisisLine = z.infer<typeof crisisLineSchema>;

/** How long after a session the clinic asks clients not to drive. */
const drivingSchema = z.discriminatedUnion(
  'rule',
  [
    strictObject(
      {
        // No driving until the next day, after a night's sleep.
        rule: z.literal('next-day'),
      },
      'driving rule must be "next-day" or "hours" (with hours: a number)',
    ),
    strictObject(
      {
        // No driving for a set number of hours.
        rule: z.literal('hours'),
        // How many hours after the session.
        hours: hours('driving hours', 48).min(1, { error: 'driving hours must be at least 1' }),
      },
      'driving rule must be "next-day" or "hours" (with hours: a number)',
    ),
  ],
  { error: 'driving rule must be "next-day" or "hours" (with hours: a number)' },
);

export const clinicSettingsSchema = strictObject(
  {
    // true while the site shows the fictional sample clinic; every page then says so.
    sample: z.boolean({ error: 'sample must be true or false' }),
    // The practice's full name.
    name: text('name', 2, 100),
    // A short name for tight spaces (the header on phones, printed handouts).
    shortName: text('shortName', 2, 30),
    // The address the site is published at, used for canonical links, previews and QR codes.
    // https only: browsers warn readers away from http sites. astro.config.mjs checks it the same way.
    siteUrl: z
      .string({ error: 'siteUrl is required, for example https://care.example.org' })
      .superRefine((raw, ctx) => {
        const message = siteUrlMessage(raw);
        if (message) ctx.addIssue({ code: 'custom', message });
      }),
    // Language and region tag, for example en-US or en-GB; sets the page language and date format.
    locale: z.string({ error: 'locale is required, for example en-US' }).regex(LOCALE, { error: LOCALE_MESSAGE }),
    // Country whose crisis lines and spelling the site uses, as a two-letter code (US, GB …).
    region: z
      .string({ error: 'region is required, for example US' })
      .regex(/^[A-Z]{2}$/, { error: 'region must be a two-letter country code in capitals, such as US or GB' }),
    // The clinic's main phone number.
    phone: phoneSchema,
    // Where clients and readers write to the clinic, including feedback on these pages.
    email: z.email({ error: 'email must be an email address, for example care@example.org' }),
    // Postal address, one line per item.
    address: z.array(text('each address line', 1, 120), { error: 'address must be a list of lines' }).min(1, {
      error: 'address needs at least one line',
    }),
    // When the phones are answered.
    openingHours: z
      .array(
        strictObject(
          {
            // For example "Monday to Friday".
            days: text('openingHours days', 3, 60),
            // For example "8:30am to 5:30pm".
            hours: text('openingHours hours', 3, 60),
          },
          'each openingHours line must be { days, hours }',
        ),
        { error: 'openingHours must be a list of { days, hours }' },
      )
      .min(1, { error: 'openingHours needs at least one line' }),
    // What to do when the clinic is closed, in one or two sentences.
    afterHours: text('afterHours', 10, 400),
    // How to reach clinical help when the clinic is closed (evenings, weekends, holidays): an on-call
    // line, or advice such as "call 911 or go to the nearest emergency room". Guides show it with
    // <ClinicSetting name="outOfHours" />: the advice, then "Call" and the phone, when there is one.
    outOfHours: strictObject(
      {
        // One or two plain sentences on what to do, for example who answers the on-call line.
        advice: text('outOfHours advice', 10, 400),
        // Optional: the number to call when the clinic is closed; shown after the advice as a tap-to-call link.
        phone: phoneNumber('outOfHours phone').optional(),
      },
      'outOfHours is required: { advice }, and phone: { display, dial } if you have an on-call line',
    ),
    // Where to get help now, in three tiers; at least one emergency line.
    crisisLines: z
      .array(crisisLineSchema, { error: 'crisisLines must be a list' })
      .min(1, { error: 'crisisLines needs at least one line' })
      .refine((lines) => lines.some((line) => line.tier === 'emergency'), {
        error: 'crisisLines needs at least one line with tier: emergency',
      }),
    // Everything about preparing for a session that differs between clinics.
    preparation: strictObject(
      {
        // The youngest age, in years, at which the clinic offers treatment, for example 18.
        minimumAge: z
          .number({ error: 'preparation minimumAge is required: the youngest age you treat, in years, for example 18' })
          .int({ error: 'preparation minimumAge must be a whole number of years, for example 18' })
          .min(12, { error: 'preparation minimumAge must be at least 12' })
          .max(99, { error: 'preparation minimumAge must be at most 99' }),
        // How the clinic gives ketamine.
        route: z.enum(ROUTES, { error: `preparation route must be one of: ${ROUTES.join(', ')}` }),
        // How long a visit lasts from arrival to going home, in hours.
        visitLength: strictObject(
          {
            // The shortest usual visit.
            minHours: hours('visitLength minHours', 12).min(0.5, {
              error: 'visitLength minHours must be at least 0.5',
            }),
            // The longest usual visit.
            maxHours: hours('visitLength maxHours', 12).min(0.5, {
              error: 'visitLength maxHours must be at least 0.5',
            }),
          },
          'preparation visitLength is required: { minHours, maxHours }',
        ).refine((visit) => visit.maxHours >= visit.minHours, {
          error: 'visitLength maxHours must not be less than minHours',
        }),
        // How long before a session to stop eating and drinking.
        fasting: strictObject(
          {
            // No food for this many hours before.
            solidsHours: hours('fasting solidsHours', 12),
            // No clear drinks (water, black tea or coffee) for this many hours before.
            clearLiquidsHours: hours('fasting clearLiquidsHours', 12),
          },
          'preparation fasting is required: { solidsHours, clearLiquidsHours }',
        ),
        // No alcohol or recreational drugs for this many hours before a session.
        alcoholFreeHours: hours('alcoholFreeHours', 168),
        // When clients may drive again.
        driving: drivingSchema,
        // Getting home after a session.
        rideHome: strictObject(
          {
            // Must an adult the client knows take them home?
            escortRequired: z.boolean({ error: 'rideHome escortRequired must be true or false' }),
            // The clinic's own rule in a sentence or two: waiting, taxis, staying longer.
            details: text('rideHome details', 10, 400),
          },
          'preparation rideHome is required: { escortRequired, details }',
        ),
        // Things clients are asked to bring.
        whatToBring: itemList('whatToBring'),
        // Things the clinic has ready, so clients need not bring them.
        clinicProvides: itemList('clinicProvides'),
        // Health topics the clinician will ask about before treatment.
        screeningTopics: itemList('screeningTopics'),
        // The usual shape of a course of treatment.
        course: strictObject(
          {
            // Talk sessions before the first medicine session.
            preparationSessions: sessionCount('course preparationSessions'),
            // Sessions with the medicine.
            medicineSessions: sessionCount('course medicineSessions').min(1, {
              error: 'course medicineSessions must be at least 1',
            }),
            // Talk sessions after, to make sense of the experience.
            integrationSessions: sessionCount('course integrationSessions'),
            // One or two sentences on how the course is reviewed.
            review: text('course review', 10, 400),
          },
          'preparation course is required: { preparationSessions, medicineSessions, integrationSessions, review }',
        ),
      },
      "preparation is required: the clinic's minimum age, route, visit length, fasting, driving and ride-home rules",
    ),
    // Optional: practical details clients ask about before they start. Every field is optional; a page
    // shows what is filled in and, for the rest, asks the reader to call or email the clinic.
    practical: strictObject(
      {
        // What treatment costs and how payment works, in plain words.
        fees: blankable(text('practical fees', 10, 600)),
        // Optional: a page with the clinic's full list of fees (https://…).
        feesUrl: blankable(httpsUrl('practical feesUrl')),
        // Whether the clinic bills insurance, and what clients can ask their plan.
        insurance: blankable(text('practical insurance', 10, 600)),
        // How to cancel or move a session, and any notice or charge.
        cancellation: blankable(text('practical cancellation', 10, 600)),
        // When and how clients read and sign the written consent form.
        consentForm: blankable(text('practical consentForm', 10, 600)),
        // Optional: a copy of the consent form to read in advance (https://…).
        consentFormUrl: blankable(httpsUrl('practical consentFormUrl')),
        // Who is in the room during a medicine session, and their licences (roles, never names).
        team: blankable(text('practical team', 10, 600)),
        // Where sessions happen: a private room, or a shared bay with curtains.
        room: blankable(text('practical room', 10, 600)),
        // When integration sessions happen after a medicine session.
        integrationTiming: blankable(text('practical integrationTiming', 10, 600)),
        // How the clinic keeps a client's own therapist informed, and only with their consent.
        ownTherapist: blankable(text('practical ownTherapist', 10, 600)),
      },
      'practical must be a list of fields (fees, insurance, cancellation …), or left out',
    ).optional(),
  },
  'the clinic settings must be a list of fields, starting with sample: and name:',
).superRefine((settings, ctx) => {
  if (settings.shortName.length > settings.name.length) {
    ctx.addIssue({ code: 'custom', path: ['shortName'], message: 'shortName must not be longer than name' });
  }
});

export type ClinicSettings = z.infer<typeof clinicSettingsSchema>;

/** The groups the glossary page lists its words under, in this order. */
export const GLOSSARY_GROUPS = ['treatment', 'medicine', 'session', 'after'] as const;
export type GlossaryGroup = (typeof GLOSSARY_GROUPS)[number];

/** Ids are lowercase words joined by hyphens; they become the address of the definition (#set-and-setting). */
const TERM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One word in the glossary (`content/glossary.yaml`); `<Term>` in a guide links to it. */
export const glossaryTermSchema = strictObject(
  {
    // The term's address on the glossary page and the name `<Term id="…">` uses, for example set-and-setting.
    id: z
      .string({ error: 'id is required, for example set-and-setting' })
      .regex(TERM_ID, { error: 'id must be lowercase words joined by hyphens, for example set-and-setting' }),
    // The word or phrase as readers see it, for example "Set and setting".
    term: text('term', 2, 60),
    // A plain definition in one to three short sentences.
    definition: text('definition', 20, 400),
    // Where it is listed on the glossary page.
    group: z.enum(GLOSSARY_GROUPS, { error: `group must be one of: ${GLOSSARY_GROUPS.join(', ')}` }),
    // Other forms of the word that `<Term>` may link without an id ("dissociated" → dissociation).
    forms: z.array(text('each form', 2, 60), { error: 'forms must be a list of words' }).default([]),
  },
  'each glossary entry must be { id, term, definition, group }',
);

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

/**
 * When a checklist item is done, in the order a client meets them. The checklist file names them for
 * readers ("A week before" …).
 */
export const CHECKLIST_PHASES = ['week-before', 'day-before', 'day-of', 'after'] as const;
export type ChecklistPhase = (typeof CHECKLIST_PHASES)[number];

/** Lowercase words joined by hyphens: the form of every id and address on the site. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every `{name}` placeholder in a piece of text. */
export const placeholders = (value: string) => [...value.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? '');

/** Text that may contain `{name}` placeholders; each must name a clinic setting (src/lib/clinic-values.ts). */
export const textWithSettings = (what: string, max: number, min = 3) =>
  text(what, min, max).superRefine((value, ctx) => {
    for (const name of placeholders(value)) {
      if (!(CLINIC_VALUE_NAMES as readonly string[]).includes(name)) {
        ctx.addIssue({
          code: 'custom',
          message: `${what} uses {${name}}, which is not a clinic setting; use one of: ${CLINIC_VALUE_NAMES.map((known) => `{${known}}`).join(', ')}`,
        });
      }
    }
  });

export const checklistItemSchema = strictObject(
  {
    // Never change or reuse an id once published: a client's ticks are saved by id, so a new id
    // loses their tick. Lowercase words joined by hyphens, for example pack-your-bag.
    id: z
      .string({ error: 'id is required, for example pack-your-bag' })
      .regex(SLUG, { error: 'id must be lowercase words joined by hyphens, for example pack-your-bag' })
      .max(60, { error: 'id must be at most 60 characters' }),
    // When to do it: week-before, day-before, day-of or after.
    phase: z.enum(CHECKLIST_PHASES, { error: `phase must be one of: ${CHECKLIST_PHASES.join(', ')}` }),
    // What to do, as one short instruction. May use clinic settings, for example {fasting.solids}.
    text: textWithSettings('text', 200),
    // Optional: one plain sentence on why it matters. May use clinic settings too.
    why: textWithSettings('why', 300).optional(),
    // Optional: a clinic list shown as bullets under the item (whatToBring, clinicProvides, screeningTopics).
    list: z
      .enum(CLINIC_LIST_NAMES, {
        error: `list must be one of: ${CLINIC_LIST_NAMES.join(', ')}`,
      })
      .optional(),
    // Optional: the id of the guide that explains it (its file name in content/guides, without .mdx).
    guide: z
      .string({ error: 'guide must be the id of a guide, for example session-day' })
      .regex(SLUG, { error: 'guide must be the id of a guide (its file name without .mdx), for example session-day' })
      .optional(),
  },
  'each checklist item must be { id, phase, text }, with why, list and guide if it has them',
);

export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/**
 * The checklist file (content/checklist/items.yaml). `guideIds` are the guides that exist, so a link
 * to a guide that does not (a typo, a renamed page) stops the build instead of reaching a client.
 */
export const checklistSchema = (guideIds: readonly string[]) =>
  strictObject(
    {
      // The heading of each phase, on the page and on handouts; its anchor is the phase (/checklist/#day-of).
      phases: strictObject(
        {
          'week-before': text('phases week-before', 2, 60),
          'day-before': text('phases day-before', 2, 60),
          'day-of': text('phases day-of', 2, 60),
          after: text('phases after', 2, 60),
        } satisfies Record<ChecklistPhase, unknown>,
        `phases must give a heading for each phase: ${CHECKLIST_PHASES.join(', ')}`,
      ),
      // Every item, in the order it is shown within its phase.
      items: z
        .array(checklistItemSchema, { error: 'items must be a list of checklist items' })
        .min(1, { error: 'items needs at least one item' }),
    },
    'the checklist file must hold phases: (a heading for each phase) and items: (a list of items)',
  ).superRefine((checklist, ctx) => {
    const firstIndex = new Map<string, number>();
    checklist.items.forEach((item, index) => {
      const earlier = firstIndex.get(item.id);
      if (earlier === undefined) firstIndex.set(item.id, index);
      else {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `id "${item.id}" is already used by item ${earlier + 1}; every item needs its own id`,
        });
      }
      if (item.guide !== undefined && !guideIds.includes(item.guide)) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'guide'],
          message: `guide "${item.guide}" is not a guide in content/guides; use one of: ${guideIds.join(', ')}`,
        });
      }
    });
  });

export type Checklist = z.infer<ReturnType<typeof checklistSchema>>;

/**
 * The practice's words for the spelling check (content/spelling.yaml), which reads every built page in
 * the clinic's locale (tests/build/spelling.test.ts).
 */
export const spellingSchema = strictObject(
  {
    // Real words the dictionary does not know: names, places, medicines, terms. One word each, as written.
    words: z
      .array(
        z.string({ error: 'each word must be text' }).regex(/^[\p{L}][\p{L}'’-]*$/u, {
          error: 'each word must be one word: letters, with an apostrophe or hyphen inside',
        }),
        { error: 'words must be a list of words' },
      )
      .default([]),
    // Phrases that read wrongly for this practice's readers, each with what to write instead.
    avoid: z
      .array(
        strictObject(
          {
            // The phrase as it might be written, for example "pass urine".
            phrase: text('avoid phrase', 2, 60),
            // What to write instead, for example "pee or urinate".
            use: text('avoid use', 2, 120),
          },
          'each avoided phrase must be { phrase, use }',
        ),
        { error: 'avoid must be a list of { phrase, use }' },
      )
      .default([]),
  },
  'the spelling file holds words: and avoid:, both lists',
);

export type Spelling = z.infer<typeof spellingSchema>;
