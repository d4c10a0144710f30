/** The clinic settings (content/settings/clinic.yaml): everything that differs from one practice to the next. */
import { z } from 'astro/zod';
import { LOCALE, LOCALE_MESSAGE } from '../lib/language';
import { siteUrlMessage } from './web-address';
import { blankable, hours, httpsUrl, itemList, sessionCount, strictObject, text } from './fields';
import { CRISIS_TIERS, ROUTES } from './names';
import { contrastProblems, HEX_COLOUR } from '../lib/theme';
import { LOGO_FILE } from '../lib/logo';

/** A colour as #rrggbb; `what` names the setting in the message. */
const hexColour = (what: string) =>
  blankable(
    z
      .string({ error: `${what} must be a colour written as # and six digits or letters, for example '#16596a'` })
      .regex(HEX_COLOUR, {
        error: `${what} must be a colour written as # and six digits or letters, for example '#16596a'`,
      }),
  );

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

/**
 * Where to get help now, in three tiers; at least one emergency line. Each language file of the
 * settings (clinic.es.yaml) lists its own under the same rules (src/schemas/clinic-words.ts).
 */
export const crisisLinesSchema = z
  .array(crisisLineSchema, { error: 'crisisLines must be a list' })
  .min(1, { error: 'crisisLines needs at least one line' })
  .refine((lines) => lines.some((line) => line.tier === 'emergency'), {
    error: 'crisisLines needs at least one line with tier: emergency',
  });

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
    // Optional: the clinic's logo, an SVG file next to this settings file (content/settings/), shown
    // before the clinic's name in the header and on handouts, and made into the site's icon. Without
    // one, the name stands alone and the icon is the short name's first letter.
    logo: blankable(
      z
        .string({ error: 'logo must be the name of an SVG file in content/settings/, for example logo.svg' })
        .regex(LOGO_FILE, { error: 'logo must be the name of an SVG file in content/settings/, for example logo.svg' }),
    ),
    // Optional: the clinic's colour for links and buttons, one for light mode and one for dark mode.
    // The build checks each is readable on the page (WCAG contrast 4.5:1) and names the one that is not.
    colors: strictObject(
      {
        // On light pages: a dark colour, for example '#16596a'.
        accent: hexColour('colors accent'),
        // On dark pages: a light colour, for example '#8fd3e0'.
        accentDark: hexColour('colors accentDark'),
      },
      "colors must be a list of fields: accent and accentDark, each a colour such as '#16596a'",
    ).optional(),
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
    crisisLines: crisisLinesSchema,
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
  for (const problem of contrastProblems(settings.colors ?? {})) {
    ctx.addIssue({ code: 'custom', path: ['colors', problem.setting], message: problem.message });
  }
});

export type ClinicSettings = z.infer<typeof clinicSettingsSchema>;
