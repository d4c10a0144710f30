/** The preparation checklist (content/checklist/items.yaml): its phase headings and items. */
import { z } from 'astro/zod';
import { SLUG, strictObject, text, textWithSettings } from './fields';
import { CHECKLIST_PHASES, CLINIC_LIST_NAMES, type ChecklistPhase } from './names';

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
