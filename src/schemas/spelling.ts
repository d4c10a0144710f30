import { z } from 'astro/zod';
import { strictObject, text } from './fields';

/**
 * The practice's words for the spelling check, one file per language (content/spelling.yaml for the
 * clinic's language, content/spelling.es.yaml for Spanish …); the check reads every built page in its
 * own language (tests/build/spelling.test.ts).
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
