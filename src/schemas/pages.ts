/** Guides and handouts (content/guides/*.mdx, content/handouts/*.mdx): their frontmatter and review dates. */
import { z } from 'astro/zod';
import { SLUG, calendarDate, httpsUrl, strictObject, text } from './fields';
import { PAPER_SIZES, PHASES } from './names';

const MAX_REVIEW_YEARS = 3;

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
 * Who checked something: a role, not a name, or a list of roles when several people checked it; always
 * a list once parsed. `example` is a role the message suggests.
 */
const roles = (what: string, example: string) =>
  z
    .union(
      [
        text(what, 3, 120),
        z
          .array(text(`each ${what} role`, 3, 120), { error: `${what} must be a role, or a list of roles` })
          .min(1, { error: `${what} needs at least one role` }),
      ],
      { error: `${what} is required: a role, such as "${example}", or a list of roles` },
    )
    .transform((value) => (typeof value === 'string' ? [value] : value));

/**
 * A page written from another language's page (a Spanish page from an English one): which page and
 * which of its reviews it follows, who checked the translation, and how it was made. The pages are
 * compared when the site is built (src/lib/translation.ts): an English review after `englishReviewed`
 * makes the build warn and the page say so until the translation is refreshed.
 */
const translationSchema = strictObject(
  {
    // The page it translates: the English page's file name, without .mdx.
    of: z
      .string({ error: 'of is required: the file name of the English page this page translates, without .mdx' })
      .regex(SLUG, { error: 'of must be the file name of the English page, without .mdx, such as safety' }),
    // The English page's lastReviewed when it was translated: the version this page follows.
    englishReviewed: calendarDate('englishReviewed'),
    // Who checked the translation against the English page: a role, in this page's language.
    reviewedBy: roles('reviewedBy', 'Bilingual therapist on the clinical team'),
    // true when a machine translation tool wrote the first draft; the page says so.
    machineAssisted: z.boolean({
      error: 'machineAssisted is required: true if a machine translation tool helped, false if not',
    }),
  },
  'translation must be a group of fields: of, englishReviewed, reviewedBy and machineAssisted',
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
  reviewedBy: roles('reviewedBy', 'Psychiatrist'),
  // Optional: true when the page says what the medicine does, its risks or its interactions. Once the
  // site is live (sample: false), the build warns if no reviewer is a prescribing role (src/lib/review.ts).
  medicine: z.boolean({ error: 'medicine must be true or false' }).default(false),
  // Where the page's facts come from; at least one.
  sources: z
    .array(sourceSchema, { error: 'sources must be a list of { title, publisher, url }' })
    .min(1, { error: 'sources needs at least one source, so readers can check the facts' }),
  // Keep a page out of the built site while it is being written.
  draft: z.boolean({ error: 'draft must be true or false' }).default(false),
  // Only on a translated page: which English page it translates, and how (translationSchema).
  translation: translationSchema.optional(),
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
