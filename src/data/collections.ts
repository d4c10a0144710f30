/**
 * Reading content collections. The only module in `src/lib` that touches `astro:content`; pages and
 * layouts go through it so drafts, ordering and the settings entry are handled in one place.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { readBodyFacts } from '../lib/body-facts';
import { fillClinicValues, type SettingWords } from '../lib/clinic-values';
import { languageOf } from '../lib/language';
import { sortGuides } from '../lib/nav';
import { headingsWithSessionWays } from '../lib/session-ways';
import type { Checklist } from '../schemas/checklist';
import type { ClinicSettings } from '../schemas/clinic';
import type { ClinicWords } from '../schemas/clinic-words';
import type { GlossaryTerm } from '../schemas/glossary';
import { uiMissing, uiWords, type Ui, type UiData } from '../lib/ui';

export type GuideEntry = CollectionEntry<'guides'>;
export type HandoutEntry = CollectionEntry<'handouts'>;

/**
 * Content cannot change during a build, and every page asks for the settings and the guides (the
 * layout, the navigation), so a build reads and sorts them once: at 1,000 guides, sorting them for
 * each page took longer than rendering it. `astro dev` reads them afresh, so edits show at once.
 */
export function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? read() : (kept ??= read()));
}

/** The clinic settings (`content/settings/clinic.yaml`). */
export const getClinic: () => Promise<ClinicSettings> = oncePerBuild(async () => {
  const entry = await getEntry('settings', 'clinic');
  if (!entry)
    throw new Error('content/settings/clinic.yaml is missing: the site cannot be built without clinic settings.');
  return entry.data;
});

const sortedGuides = oncePerBuild(async () =>
  sortGuides(await getCollection('guides', ({ data }) => import.meta.env.DEV || !data.draft)),
);

/** Published guides in reading order (a new array each time; the entries are shared). Drafts show in `astro dev` only. */
export async function getGuides(): Promise<GuideEntry[]> {
  return [...(await sortedGuides())];
}

/** The stages that have published guides, for the navigation on every page: worked out once a build. */
export const getGuidePhases: () => Promise<readonly GuideEntry['data']['phase'][]> = oncePerBuild(async () => [
  ...new Set((await sortedGuides()).map((guide) => guide.data.phase)),
]);

/**
 * A guide compiled: its text, its h2 and h3 headings with the session ways in their places, worded
 * by the interface words (as the page's contents list shows them), and what the build read from its
 * body (src/lib/body-facts.ts).
 */
export async function renderGuide(guide: GuideEntry) {
  const { Content, headings, remarkPluginFrontmatter } = await render(guide);
  const facts = readBodyFacts(remarkPluginFrontmatter, guide.filePath ?? guide.id);
  const { sessionWays } = await getUi();
  return { Content, facts, headings: headingsWithSessionWays(facts.outline, headings, sessionWays) };
}

/** Every glossary term (`content/glossary.yaml`), in the order the file lists them. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((entry) => entry.data);
}

/**
 * The checklist (`content/checklist/items.yaml`): its phase headings and its items, in file order. The
 * schema already refuses a link to a guide that does not exist; this also refuses one to a draft,
 * which is not published.
 */
export async function getChecklist(): Promise<Checklist> {
  const entry = await getEntry('checklist', 'items');
  if (!entry) throw new Error('content/checklist/items.yaml is missing: the checklist page needs it.');
  const published = new Set((await getGuides()).map((guide) => guide.id));
  for (const item of entry.data.items) {
    if (item.guide !== undefined && !published.has(item.guide)) {
      throw new Error(
        `content/checklist/items.yaml: item "${item.id}" links to guide "${item.guide}", which is a draft; publish it or remove the link.`,
      );
    }
  }
  return entry.data;
}

/** The collections of words, one file per language (src/content.config.ts, `wordsCollection`). */
type WordsCollection = 'home' | 'plan' | 'clinicians' | 'values' | 'routes' | 'crisis-words';

/**
 * One collection's words in the clinic's language (its `locale`, en-US → `en.yaml`). A missing file
 * stops the build, naming it: a page never falls back to another language without saying so.
 */
export async function getWords<Name extends WordsCollection>(collection: Name): Promise<CollectionEntry<Name>['data']> {
  const { locale } = await getClinic();
  const language = languageOf(locale);
  const entry = await getEntry(collection, language);
  if (!entry) {
    throw new Error(
      `content/${collection}/${language}.yaml is missing: the clinic's locale is ${locale}, so the site needs its words in that file.`,
    );
  }
  return entry.data;
}

/** The words clinic settings read in: content/values/ and content/routes/, in the clinic's language. Read once a build: most pages show a setting. */
export const getSettingWords: () => Promise<SettingWords> = oncePerBuild(async () => ({
  values: await getWords('values'),
  routes: await getWords('routes'),
}));

/** Published handouts in their set order, then by title. Drafts show in `astro dev` only. */
export async function getHandouts(): Promise<HandoutEntry[]> {
  const handouts = await getCollection('handouts', ({ data }) => import.meta.env.DEV || !data.draft);
  return handouts.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** Fills `{setting}` blanks in a page's words with the clinic's settings, in the clinic's language. */
export async function getSettingsFiller(): Promise<(text: string) => string> {
  const clinic = await getClinic();
  const words = await getSettingWords();
  return (text) => fillClinicValues(text, clinic, words);
}

// The promise is kept, not the words: the thousand guides compiled at once for the A to Z all ask
// before the first answer, and each would otherwise make the words object again.
const uiByLanguage = new Map<string, Promise<Ui>>();

/** The interface words in one language (content/ui/<lang>.yaml). */
export function getUiFor(lang: string, locale = lang): Promise<Ui> {
  let ui = uiByLanguage.get(lang);
  if (!ui) {
    ui = readUiFor(lang, locale);
    uiByLanguage.set(lang, ui);
    // A missing file is asked for again next time (in `astro dev`, once the editor adds it).
    ui.catch(() => uiByLanguage.delete(lang));
  }
  return ui;
}

async function readUiFor(lang: string, locale: string): Promise<Ui> {
  const entry = await getEntry('ui', lang);
  if (!entry) throw new Error(uiMissing(lang, locale));
  // The loader checked the file against the schema (src/loaders/ui-strings.ts).
  return uiWords(entry.data as UiData, lang);
}

/**
 * The crisis phrases in one language (content/crisis-words/<lang>.yaml), for the search words file of
 * that language (/ui/<lang>.json): each language of the interface needs its own list.
 */
export async function getCrisisPhrasesFor(lang: string): Promise<readonly string[]> {
  const entry = await getEntry('crisis-words', lang);
  if (!entry) {
    throw new Error(
      `content/crisis-words/${lang}.yaml is missing: content/ui/${lang}.yaml is there, and search needs the crisis words of each language it speaks.`,
    );
  }
  return entry.data.phrases;
}

/** The language of the site's pages, from the settings' locale (en-US → en). */
export async function getLanguage(): Promise<string> {
  return languageOf((await getClinic()).locale);
}

/** The interface words in the site's language, chosen by the settings' locale. */
export async function getUi(): Promise<Ui> {
  const { locale } = await getClinic();
  return getUiFor(languageOf(locale), locale);
}

/**
 * One language's words for the clinic settings (content/settings/clinic.<lang>.yaml), as the file
 * holds them, or undefined when there is none. clinicInLanguage() (src/lib/clinic-language.ts) puts
 * them in place over clinic.yaml and names any field the two do not share.
 */
export async function getClinicWordsFor(lang: string): Promise<ClinicWords | undefined> {
  return (await getEntry('clinic-words', lang))?.data;
}
