/**
 * Schemas for the words pages and tools show, one file per language in `content/<collection>/`
 * (`en.yaml` today; src/lib/language.ts). The code decides what a page holds and in what order; these
 * files hold every word of it, so a practice rewords a page, or a translator adds a language, without
 * touching `src/`. Like the other schemas, every field is required and strict: a missing or unknown
 * field stops the build, naming the file and the field.
 */
import { z } from 'astro/zod';
import { PLAN_TOUCH_VALUES, PLAN_WAY_VALUES, type PlanTextField } from '../features/tools/plan';
import { strictObject, text, textWithSettings } from './fields';
import { placeholders } from '../lib/ui-format';
import { CLINIC_VALUE_NAMES, PHASES, ROUTES, type Route } from './names';
import { sourceSchema } from './pages';
import { linkProblem } from '../lib/inline-links';
import {
  PRACTICAL_DETAIL_NAMES,
  PRACTICAL_LINK_NAMES,
  type PracticalDetailName,
  type PracticalLinkName,
} from '../lib/practical';
import { MESSAGE_PAGES, linkBlanks, unknownBlanks } from '../lib/messages';
import { synonymProblems } from '../features/search/synonyms';
import { crisisText } from '../features/search/crisis-query';

/**
 * Text with `{name}` blanks the code fills in (a number, a phone number). Each blank in `blanks` must
 * be there, once, and no other, so a typo never reaches a reader as "{hour}".
 */
const template = (what: string, blanks: readonly string[], max = 300) =>
  text(what, 1, max).superRefine((value, ctx) => {
    const used = placeholders(value);
    const allowed = blanks.length > 0 ? blanks.map((name) => `{${name}}`).join(', ') : 'none';
    for (const name of used) {
      if (!blanks.includes(name)) {
        ctx.addIssue({
          code: 'custom',
          message: `${what} uses {${name}}, which is not a blank it has (blanks: ${allowed})`,
        });
      }
    }
    for (const name of blanks) {
      const count = used.filter((found) => found === name).length;
      if (count !== 1) {
        ctx.addIssue({ code: 'custom', message: `${what} must contain {${name}} exactly once (it has ${count})` });
      }
    }
  });

/**
 * Reader-facing text that may link within the site, written as in Markdown: "[a checklist](/checklist/)".
 * May use clinic settings too ({clinic.shortName}). Addresses start with / (this site's pages only).
 */
const linkedText = (what: string, max = 600, min = 3) =>
  textWithSettings(what, max, min).superRefine((value, ctx) => {
    const problem = linkProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** One text with no blanks for each name, every name required and no other. */
const wordsByName = <Name extends string>(what: string, names: readonly Name[], max: number) =>
  strictObject(
    Object.fromEntries(names.map((name) => [name, template(`${what} ${name}`, [], max)])) as Record<
      Name,
      ReturnType<typeof template>
    >,
    `${what} is required, with a line for each of: ${names.join(', ')}`,
  );

/** How clinic settings read as words: hours, the driving and ride-home rules, the on-call phone,
 * the practical details. */
export const valueWordsSchema = strictObject(
  {
    // How a number of hours reads. {n} is the number; the words around it are yours.
    time: strictObject(
      {
        // Under an hour, for example "{n} minutes".
        minutes: template('time minutes', ['n']),
        // Exactly one hour, for example "{n} hour".
        hour: template('time hour', ['n']),
        // Whole hours, for example "{n} hours".
        hours: template('time hours', ['n']),
        // Hours and a half, for example "{n} and a half hours".
        halfHours: template('time halfHours', ['n']),
        // Any other time: {hours} is the hours in words ("1 hour"), {minutes} the minutes as a number.
        hoursAndMinutes: template('time hoursAndMinutes', ['hours', 'minutes']),
        // A range, for example "{low} to {high}": "2 and a half to 3 hours".
        range: template('time range', ['low', 'high']),
        // The low end of a range in whole hours, without the word for hours, for example "{n}".
        rangeStartHours: template('time rangeStartHours', ['n']),
        // The low end of a range in hours and a half, without the word for hours: "{n} and a half".
        rangeStartHalfHours: template('time rangeStartHalfHours', ['n']),
      },
      'time is required: minutes, hour, hours, halfHours, hoursAndMinutes, range, rangeStartHours, rangeStartHalfHours',
    ),
    // When clients may drive again, as it reads after "Do not drive" (preparation driving in the settings).
    driving: strictObject(
      {
        // For rule: next-day.
        nextDay: template('driving nextDay', []),
        // For rule: hours. {hours} is the number of hours in words.
        hours: template('driving hours', ['hours']),
      },
      'driving is required: { nextDay, hours }',
    ),
    // The ride-home rule in one or two sentences (preparation rideHome escortRequired in the settings).
    rideHome: strictObject(
      {
        // For escortRequired: true.
        escortRequired: template('rideHome escortRequired', []),
        // For escortRequired: false.
        ownWay: template('rideHome ownWay', []),
      },
      'rideHome is required: { escortRequired, ownWay }',
    ),
    // The sentence after the out-of-hours advice when there is an on-call phone: "Call {phone}."
    outOfHoursCall: template('outOfHoursCall', ['phone']),
    // The words around the practical details (practical in the settings, <PracticalDetail> in guides).
    practical: strictObject(
      {
        // What each detail is called where the clinic left it blank: "Please ask us about {topic}".
        topics: wordsByName<PracticalDetailName>('practical topics', PRACTICAL_DETAIL_NAMES, 120),
        // The link to a detail's web page (feesUrl, consentFormUrl in the settings).
        links: wordsByName<PracticalLinkName>('practical links', PRACTICAL_LINK_NAMES, 120),
        // The request to ask: {topic} is one of the topics; {phone} and {email} become links.
        askUs: template('practical askUs', ['topic', 'phone', 'email']),
      },
      'practical is required: { topics, links, askUs }',
    ),
  },
  'the words file must hold time, driving, rideHome, outOfHoursCall and practical',
);

export type ValueWords = z.infer<typeof valueWordsSchema>;

/** The words for one way of giving the medicine. */
const routeWordsSchema = strictObject(
  {
    // How the route reads after "You take the medicine as": facts of the route, never doses.
    words: template('route words', [], 200),
    // How long the effects last, in one or two plain sentences. Times only, never amounts of medicine.
    timing: template('route timing', [], 400),
    // Where the times come from; at least one, so a reviewer can check them.
    sources: z
      .array(sourceSchema, { error: 'route sources must be a list of { title, publisher, url }' })
      .min(1, { error: 'route sources needs at least one source' }),
  },
  'each route must be { words, timing, sources }',
);

/** Every route the settings may choose (preparation route), each with its words. */
export const routesSchema = strictObject(
  Object.fromEntries(ROUTES.map((route) => [route, routeWordsSchema])) as Record<Route, typeof routeWordsSchema>,
  `the routes file must describe every route: ${ROUTES.join(', ')}`,
);

export type RouteWords = z.infer<typeof routesSchema>;

/** The home page (src/pages/index.astro). */
export const homeSchema = strictObject(
  {
    // The title in browser tabs and link previews. May use clinic settings, such as {clinic.name}.
    title: textWithSettings('title', 120),
    // Link previews and search results; cut at 160 characters once the settings are filled in.
    description: textWithSettings('description', 300),
    // The page's one main heading.
    heading: text('heading', 3, 120),
    // The first paragraph: who the guides are for. May use clinic settings.
    intro: textWithSettings('intro', 600),
    // The line under it.
    lead: textWithSettings('lead', 300),
    // The ways in for a newcomer, as cards; each lists the guides of its phases, in reading order.
    paths: z
      .array(
        strictObject(
          {
            // The card's heading.
            heading: text('path heading', 3, 60),
            // One line under the heading.
            intro: text('path intro', 3, 200),
            // The guide phases it lists: about, before, during, after or support.
            phases: z
              .array(z.enum(PHASES, { error: `each path phase must be one of: ${PHASES.join(', ')}` }), {
                error: 'path phases must be a list of phases',
              })
              .min(1, { error: 'path phases needs at least one phase' }),
          },
          'each path must be { heading, intro, phases }',
        ),
        { error: 'paths must be a list of { heading, intro, phases }' },
      )
      .min(1, { error: 'paths needs at least one path' }),
    // Optional: a photo of the practice (a file in content/home/: .jpg, .png, .webp or .avif) and what it
    // shows, for people who cannot see it. Shown beside the intro on wide screens, under it on phones.
    photo: strictObject(
      {
        file: z
          .string({ error: 'photo file must be the name of an image in content/home/' })
          .regex(/^[\w.-]+\.(jpe?g|png|webp|avif)$/i, {
            error: 'photo file must be the name of a .jpg, .png, .webp or .avif file in content/home/',
          }),
        alt: text('photo alt', 10, 200),
      },
      'photo must be { file, alt }',
    ).optional(),
    // The link to the list of every guide.
    allGuides: text('allGuides', 3, 80),
    // The box that lists the tools (checklist, plan).
    tools: strictObject(
      {
        // Its heading.
        heading: text('tools heading', 3, 80),
        // One line on where what a reader enters is kept.
        intro: text('tools intro', 3, 300),
      },
      'tools is required: { heading, intro }',
    ),
  },
  'the home page file must hold title, description, heading, intro, lead, paths, allGuides and tools (photo is optional)',
);

export type HomeWords = z.infer<typeof homeSchema>;

/**
 * The clinicians' ready-to-send messages (content/clinicians/<language>.yaml). `guides` and `handouts`
 * are the page files that exist, so a link to a page that does not stops the build.
 */
export const cliniciansSchema = (pages: { guides: readonly string[]; handouts: readonly string[] }) =>
  strictObject(
    {
      // Each message, in the order the page shows them.
      messages: z
        .array(
          strictObject(
            {
              // When to send it; a heading on the clinicians' page.
              moment: text('message moment', 3, 80),
              // The whole message as it is pasted, on as many lines as you like. Each link is a blank:
              // {guide:<file name>}, {handout:<file name>} or {page:get-help}, {page:checklist},
              // {page:plan}; the page fills in its full address. Clinic settings work too:
              // {clinic.shortName} signs it.
              text: z.string({ error: 'message text is required' }).superRefine((value, ctx) => {
                const issue = (message: string) => ctx.addIssue({ code: 'custom', message });
                if (value.trim().length < 20) issue('message text must be at least 20 characters');
                if (linkBlanks(value).length === 0) {
                  issue('message text needs at least one link, such as {guide:what-is-kat}');
                }
                const isSetting = (name: string) => (CLINIC_VALUE_NAMES as readonly string[]).includes(name);
                for (const name of unknownBlanks(value, pages, isSetting)) {
                  issue(
                    `message text uses {${name}}, which is not a page or a clinic setting; use {guide:<guide file name>}, {handout:<handout file name>}, ${MESSAGE_PAGES.map((page) => `{page:${page}}`).join(', ')} or a clinic setting such as {clinic.shortName}`,
                  );
                }
              }),
            },
            'each message must be { moment, text }',
          ),
          { error: 'messages must be a list of { moment, text }' },
        )
        .min(1, { error: 'messages needs at least one message' }),
    },
    'the clinicians file must start with messages: followed by a list of messages',
  );

export type CliniciansWords = z.infer<ReturnType<typeof cliniciansSchema>>;

/** A plan section with only a heading. */
const section = (name: string) =>
  strictObject({ heading: text(`${name} heading`, 3, 80) }, `${name} is required: { heading }`);

/** A plan section with a heading and a line under it. */
const sectionWithHint = (name: string) =>
  strictObject(
    { heading: text(`${name} heading`, 3, 80), hint: linkedText(`${name} hint`) },
    `${name} is required: { heading, hint }`,
  );

/** A text box with only a label. */
const field = (name: PlanTextField) =>
  strictObject({ label: text(`${name} label`, 2, 120) }, `${name} is required: { label }`);

/** A text box with a label and a line under it. */
const fieldWithHint = (name: PlanTextField) =>
  strictObject(
    { label: text(`${name} label`, 2, 120), hint: linkedText(`${name} hint`) },
    `${name} is required: { label, hint }`,
  );

/**
 * The choices of one question, in the order shown, each value once. Values are the answers the plan
 * can store (src/features/tools/plan.ts): a practice may leave one out, but never invent or rename one, because
 * saved answers are kept by value.
 */
const choices = <Choice extends z.ZodObject>(what: string, choice: Choice) =>
  z
    .array(choice, { error: `${what} must be a list of choices` })
    .min(2, { error: `${what} needs at least two choices` })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((item, index) => {
        const value = String((item as { value: string }).value);
        if (seen.has(value)) {
          ctx.addIssue({ code: 'custom', path: [index, 'value'], message: `${what} lists "${value}" twice` });
        }
        seen.add(value);
      });
    });

const choiceValue = (what: string, values: readonly string[]) =>
  z.enum(values as [string, ...string[]], {
    error: `${what} value must be one of: ${values.join(', ')} (saved answers are kept by these values, so they never change)`,
  });

/** The session plan (src/pages/[...plan].astro): every heading, label, hint and choice. */
export const planSchema = strictObject(
  {
    // The page title and its main heading.
    title: text('title', 3, 70),
    // Link previews and search results, 50 to 160 characters.
    description: text('description', 50, 160),
    // The first line on paper only. May use clinic settings, such as {clinic.shortName}.
    printIntro: textWithSettings('printIntro', 300),
    // The first paragraph on screen.
    intro: linkedText('intro'),
    // The line under it, which may link to the checklist: [checklist](/checklist/).
    more: linkedText('more'),
    // The sections of the form, in the order the page shows them.
    sections: strictObject(
      {
        way: sectionWithHint('sections way'),
        explore: sectionWithHint('sections explore'),
        pause: section('sections pause'),
        touch: sectionWithHint('sections touch'),
        ride: sectionWithHint('sections ride'),
        emergency: sectionWithHint('sections emergency'),
        questions: section('sections questions'),
      },
      'sections is required: way, explore, pause, touch, ride, emergency and questions',
    ),
    // Each text box, by its name (the name answers are saved under, so it never changes).
    fields: strictObject(
      {
        intention: fieldWithHint('intention'),
        talkAbout: field('talkAbout'),
        notTalkAbout: field('notTalkAbout'),
        pauseSignal: fieldWithHint('pauseSignal'),
        touchOwnWords: field('touchOwnWords'),
        rideName: field('rideName'),
        ridePhone: field('ridePhone'),
        emergencyName: field('emergencyName'),
        emergencyPhone: field('emergencyPhone'),
        questions: field('questions'),
      },
      'fields is required: the label of every text box',
    ),
    // How the session could go: one choice each, with a line saying what it means. First person.
    ways: choices(
      'ways',
      strictObject(
        {
          // The answer as stored: reassurance, conversation, focus, silence or not-sure.
          value: choiceValue('ways', PLAN_WAY_VALUES),
          // The choice as the reader sees it.
          label: text('ways label', 3, 80),
          // One or two sentences on what it means.
          hint: text('ways hint', 3, 300),
        },
        'each way must be { value, label, hint }',
      ),
    ),
    // The touch agreement: one choice each. The choice "own-words" has a box for the reader's words.
    touch: choices(
      'touch',
      strictObject(
        {
          // The answer as stored: none, if-asked, shoulder or own-words.
          value: choiceValue('touch', PLAN_TOUCH_VALUES),
          // The choice as the reader sees it.
          label: text('touch label', 3, 80),
        },
        'each touch choice must be { value, label }',
      ),
    ),
  },
  'the plan file must hold title, description, printIntro, intro, more, sections, fields, ways and touch',
);

export type PlanWords = z.infer<typeof planSchema>;

/**
 * Everyday words for search (content/synonyms/<language>.yaml): groups of words readers type and the
 * site's word they mean (src/features/search/synonyms.ts). A word in two groups, a group listing its
 * own word, or punctuation search drops stops the build, naming the entry. Whether each `means` is on
 * a searchable page is checked once the index is built (src/integrations/pagefind.ts). `fillers`:
 * the language's grammar words, which search leaves out of a query (src/features/search/search-results.ts).
 */
export const synonymsSchema = strictObject(
  {
    fillers: z.array(text('filler word', 1, 30), { error: 'fillers must be a list of words' }).optional(),
    synonyms: z
      .array(
        strictObject(
          {
            // What readers type: words or phrases, any case.
            words: z
              .array(text('synonym word', 1, 60), { error: 'synonym words must be a list of words' })
              .min(1, { error: 'synonym words needs at least one word' }),
            // The word or phrase the guides use.
            means: text('synonym means', 1, 60),
          },
          'each synonym entry must be { words, means }',
        ),
        { error: 'synonyms must be a list of { words, means }' },
      )
      .superRefine((groups, ctx) => {
        for (const message of synonymProblems(groups)) ctx.addIssue({ code: 'custom', message });
      }),
  },
  'the synonyms file must start with synonyms: followed by a list of { words, means }',
);

export type SynonymWords = z.infer<typeof synonymsSchema>;

/**
 * The crisis words (content/crisis-words/): phrases that show the crisis lines first in search and
 * lead it to the Getting help page (src/features/search/crisis-query.ts). A phrase with no letter or
 * digit, or one listed twice (as the matcher reads it: "Self-harm" and "self harm" are one), stops the
 * build, naming its line.
 */
export const crisisWordsSchema = strictObject(
  {
    // One phrase a line, as a person in trouble might type it.
    phrases: z
      .array(text('crisis phrase', 1, 60), { error: 'phrases must be a list of phrases, one a line' })
      .min(1, { error: 'phrases needs at least one phrase' })
      .superRefine((phrases, ctx) => {
        const seen = new Map<string, number>();
        phrases.forEach((phrase, index) => {
          const key = crisisText(phrase);
          if (key === '') {
            ctx.addIssue({
              code: 'custom',
              path: [index],
              message: `crisis phrase "${phrase}" has no letter or number to match`,
            });
            return;
          }
          const first = seen.get(key);
          if (first !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [index],
              message: `crisis phrase "${phrase}" is the same as phrase ${first + 1} ("${phrases[first]}"): list it once`,
            });
          } else seen.set(key, index);
        });
      }),
  },
  'the crisis words file must hold phrases: a list of phrases',
);
