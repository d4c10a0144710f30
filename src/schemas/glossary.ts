/** The glossary (content/glossary.yaml): the words the glossary page defines, which `<Term>` links to. */
import { z } from 'astro/zod';
import { strictObject, text } from './fields';
import { GLOSSARY_GROUPS } from './names';

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
