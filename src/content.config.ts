/**
 * The one contract between content and code.
 *
 * Everything an editor or a clinic changes lives in the top-level `content/` folder. Each collection
 * below says what a file there must contain. A file that breaks a rule stops `astro build` (and
 * `astro dev`, and `astro sync`) with a message naming the file and the field.
 *
 * The schemas themselves live in `src/schemas/` (one file per kind of content) so unit tests can use them without Astro.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlList } from './loaders/yaml-list';
import { uiStrings } from './loaders/ui-strings';
import { clinicWords } from './loaders/clinic-words';
import { pageFiles as pageFilesLoader } from './loaders/page-files';
import { assertPageFiles, pageId, type PageExtension } from './integrations/shared/content-files';
import { parseYaml } from './integrations/shared/yaml-file';
import { LOCALE, LOCALE_MESSAGE, assertLanguageFiles, languageOf } from './lib/language';
import { looksLikeSpellingFile, spellingFileLanguage, spellingFileProblems } from './lib/spelling-files';
import { checklistSchema } from './schemas/checklist';
import { clinicSettingsSchema } from './schemas/clinic';
import { clinicWordsSchema } from './schemas/clinic-words';
import { glossaryTermSchema } from './schemas/glossary';
import { guideSchema, handoutSchema } from './schemas/pages';
import { spellingSchema } from './schemas/spelling';
import {
  cliniciansSchema,
  crisisWordsSchema,
  homeSchema,
  planSchema,
  routesSchema,
  synonymsSchema,
  valueWordsSchema,
} from './schemas/words';

/**
 * The page files of a page folder, relative to the project root as the loaders' `base` is. Their
 * names are the pages' addresses, so a name that is not an address (Safety.mdx), two that would
 * share one (safety.md and safety.mdx), or a kind of file the folder does not take, stop the build
 * here, naming the files (src/integrations/shared/content-files.ts).
 */
function pageFiles(folder: string, extensions: readonly PageExtension[]): string[] {
  const files = readdirSync(`./${folder}`);
  assertPageFiles(folder, files, extensions);
  for (const lang of languageFolders(folder)) {
    assertPageFiles(`${folder}/${lang}`, readdirSync(`./${folder}/${lang}`), extensions);
  }
  return files.filter((name) => extensions.some((extension) => name.endsWith(extension)));
}

/**
 * A guide is MDX, or Markdown when it uses no content components: Astro renders a Markdown guide
 * while it reads the content and keeps the result in its cache, where an MDX guide is compiled into
 * code for every build. A handout is MDX.
 */
const GUIDE_FILES: readonly PageExtension[] = ['.md', '.mdx'];
const HANDOUT_FILES: readonly PageExtension[] = ['.mdx'];

/**
 * The language folders of a page folder (content/guides/es/): the pages of the site's other
 * languages. Only a language with interface words (content/ui/<lang>.yaml) has pages, so any other
 * folder there stops the build, naming it.
 */
function languageFolders(folder: string): string[] {
  const folders = readdirSync(`./${folder}`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const wrong = folders.filter((name) => !existsSync(`./content/ui/${name}.yaml`));
  if (wrong.length > 0) {
    throw new Error(
      wrong
        .map(
          (name) =>
            `${folder}/${name}/: a folder here holds the pages of another language, named by its code (es), and needs that language's interface words in content/ui/${name}.yaml`,
        )
        .join('\n'),
    );
  }
  return folders;
}

/**
 * The ids of the guides on disk, so a checklist item that links to a guide that does not exist stops
 * the build. Read from the folder because one collection's schema cannot see another's entries.
 */
const guideIds = pageFiles('content/guides', GUIDE_FILES).map(pageId);
const handoutIds = pageFiles('content/handouts', HANDOUT_FILES).map(pageId);

/** Images a words file may name (the home page's photo), kept beside it. */
const IMAGE_FILE = /\.(jpe?g|png|webp|avif)$/i;

/**
 * The loader of a collection of words: one `<language>.yaml` per language in `content/<folder>/`, each
 * entry's id its language (en). The clinic settings' locale picks the file (src/data/collections.ts), so
 * a second language adds a file to each folder, not code. A file not named for a language stops the build.
 */
function languageFiles(folder: string, { images = false } = {}) {
  const base = `content/${folder}`;
  // The home page's folder may also hold the practice's photo, which its words file names.
  assertLanguageFiles(
    base,
    readdirSync(`./${base}`).filter((name) => !(images && IMAGE_FILE.test(name))),
  );
  return glob({ pattern: '*.yaml', base: `./${base}` });
}

/**
 * An entry's id is exactly its file name without `.mdx` or `.md`, after its language folder for another
 * language's page (es/seguridad). Astro's default made the id from a frontmatter `slug:` when there was
 * one, or from the name in lowercase, so two files could share an id.
 */
const idFromFileName = ({ entry }: { entry: string }) => pageId(entry);

const guides = defineCollection({
  // One MDX or Markdown file per guide page. The file name (without `.mdx` or `.md`) is the page
  // address, so renaming a file changes a published address: add a redirect when you do.
  loader: pageFilesLoader({
    pattern: ['*.{md,mdx}', '*/*.{md,mdx}'],
    base: './content/guides',
    generateId: idFromFileName,
  }),
  schema: guideSchema,
});

const handouts = defineCollection({
  // One MDX file per printed handout, served at /handouts/<file name>/ with a PDF per paper size.
  // The address is printed on paper as a QR code, so never rename a file: add a redirect if you must.
  loader: glob({ pattern: ['*.mdx', '*/*.mdx'], base: './content/handouts', generateId: idFromFileName }),
  schema: handoutSchema,
});

const settings = defineCollection({
  // Exactly one file, `clinic.yaml`: everything that differs from one practice to the next.
  loader: glob({ pattern: 'clinic.yaml', base: './content/settings' }),
  schema: clinicSettingsSchema,
});

const clinicWordsCollection = defineCollection({
  // The settings' words in each other language, `clinic.<language>.yaml` beside clinic.yaml (clinic.es.yaml),
  // each entry's id its language. A collection of its own, not a second schema in `settings`: each
  // file keeps one schema and its own type, and clinic.yaml's entry stays as the pages read it. Only
  // words and crisis lines: a number or phone there stops the build, naming the file and the field.
  loader: clinicWords(),
  schema: clinicWordsSchema,
});

const glossary = defineCollection({
  // One list, `glossary.yaml`: every word the glossary page defines. `<Term>` in a guide checks its
  // word against this list, so a link to a word that is not defined stops the build. A YAML mistake
  // or an id used twice stops the build too (Astro's file() loader only logs them).
  // Another language's glossary is content/glossary.<lang>.yaml, with the same ids (ids es/consent …).
  loader: yamlList('content/glossary.yaml', { languages: true }),
  schema: glossaryTermSchema,
});

const checklist = defineCollection({
  // One file, `items.yaml`: the preparation checklist, every item with its phase and a stable id; and
  // for each other language `items.<lang>.yaml`, with the same ids, so saved ticks show in either.
  loader: glob({
    pattern: 'items{,.[a-z][a-z]}.yaml',
    base: './content/checklist',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: checklistSchema(guideIds),
});

/**
 * The clinic's own language (its locale, en-US → en), which `content/spelling.yaml` is written for.
 * Read here because one collection cannot see another's entries; the settings collection still checks
 * every other field of the file.
 */
function clinicLanguage(): string {
  const file = 'content/settings/clinic.yaml';
  const settings = parseYaml(readFileSync(`./${file}`, 'utf8'), file);
  const locale = (settings as { locale?: unknown } | null)?.locale;
  if (typeof locale !== 'string' || !LOCALE.test(locale)) throw new Error(`${file}: ${LOCALE_MESSAGE}`);
  return languageOf(locale);
}

/** The spelling files in content/, their names checked: spelling.yaml and one spelling.<language>.yaml per other language. */
function assertSpellingFiles(defaultLanguage: string): void {
  const problems = spellingFileProblems(readdirSync('./content').filter(looksLikeSpellingFile), defaultLanguage);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

const defaultLanguage = clinicLanguage();
assertSpellingFiles(defaultLanguage);

const spelling = defineCollection({
  // One file per language: `spelling.yaml` for the clinic's own language, `spelling.es.yaml` for
  // Spanish, and so on; each entry's id is its language (en, es). Each holds the words the spelling
  // check accepts and the phrases it refuses in that language. Only the tests read them
  // (tests/build/spelling.test.ts); it is a collection so a wrong field stops the build, naming the
  // file and the field, like every other content file.
  loader: glob({
    pattern: 'spelling*.yaml',
    base: './content',
    generateId: ({ entry }) => spellingFileLanguage(entry, defaultLanguage),
  }),
  schema: spellingSchema,
});

const ui = defineCollection({
  // One file per language, named by it (`en.yaml`): every word of the interface (buttons, navigation,
  // search and the tools' messages). The clinic settings' locale picks the file (en-US → en.yaml).
  // The loader checks each file against the keys the site uses, with that language's plural forms, so
  // a missing key, an unknown key or a wrong {placeholder} stops the build, naming file and key.
  loader: uiStrings(),
});

// The words of pages and tools, one file per language (languageFiles above).
// The home page: title, introduction, the cards of guides and the tools box.
const home = defineCollection({ loader: languageFiles('home', { images: true }), schema: homeSchema });
// The session plan: every heading, label, hint and choice.
const plan = defineCollection({ loader: languageFiles('plan'), schema: planSchema });
// The clinicians' ready-to-send messages; a link to a guide or handout that does not exist stops the build.
const clinicians = defineCollection({
  loader: languageFiles('clinicians'),
  schema: cliniciansSchema({ guides: guideIds, handouts: handoutIds }),
});
// How clinic settings read as words: hours, the driving and ride-home rules, the on-call phone.
const values = defineCollection({ loader: languageFiles('values'), schema: valueWordsSchema });
// How each route (preparation route in the settings) is described, with how long effects last and sources.
const routes = defineCollection({ loader: languageFiles('routes'), schema: routesSchema });

// Everyday words for search: what readers type, and the site's word it means (src/features/search/synonyms.ts).
const synonyms = defineCollection({ loader: languageFiles('synonyms'), schema: synonymsSchema });
// Phrases that show the crisis lines first in search and lead it to the Getting help page.
const crisisWords = defineCollection({ loader: languageFiles('crisis-words'), schema: crisisWordsSchema });

export const collections = {
  guides,
  handouts,
  settings,
  'clinic-words': clinicWordsCollection,
  glossary,
  checklist,
  spelling,
  ui,
  home,
  plan,
  clinicians,
  values,
  routes,
  synonyms,
  'crisis-words': crisisWords,
};
