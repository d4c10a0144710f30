/**
 * Reading content collections. The only module in `src/lib` that touches `astro:content`; pages and
 * layouts go through it so drafts, ordering and the settings entry are handled in one place.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { readBodyFacts } from '../lib/body-facts';
import { fillClinicValues, type SettingWords } from '../lib/clinic-values';
import { languageOf } from '../lib/language';
import { clinicInLanguage, clinicWordsFile } from '../lib/clinic-language';
import { sortGuides } from '../lib/nav';
import { headingsWithSessionWays } from '../lib/session-ways';
import type { Checklist } from '../schemas/checklist';
import type { ClinicSettings } from '../schemas/clinic';
import type { ClinicWords } from '../schemas/clinic-words';
import type { GlossaryTerm } from '../schemas/glossary';
import { uiFile, uiMissing, uiWords, type Ui, type UiData } from '../lib/ui';
import {
  assertAddressWords,
  editionsOf,
  restParam,
  sitePathsOf,
  type AddressWords,
  type Edition,
  type SitePaths,
} from '../lib/editions';
import { href } from '../lib/addresses';

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

/** oncePerBuild for each language: one answer per language a build asks about. */
export function oncePerLanguage<T>(read: (lang: string) => Promise<T>): (lang?: string) => Promise<T> {
  const kept = new Map<string, Promise<T>>();
  return async (lang) => {
    const language = lang ?? (await getRootLanguage());
    if (import.meta.env.DEV) return read(language);
    let answer = kept.get(language);
    if (!answer) {
      answer = read(language);
      kept.set(language, answer);
    }
    return answer;
  };
}

/** The clinic settings as written (`content/settings/clinic.yaml`), in the clinic's own language. */
const getRootClinic: () => Promise<ClinicSettings> = oncePerBuild(async () => {
  const entry = await getEntry('settings', 'clinic');
  if (!entry)
    throw new Error('content/settings/clinic.yaml is missing: the site cannot be built without clinic settings.');
  return entry.data;
});

/** The clinic's own language, from its settings' locale (en-US → en): the edition at the site's root. */
async function getRootLanguage(): Promise<string> {
  return languageOf((await getRootClinic()).locale);
}

/**
 * The site's languages: the clinic's own at the root, and every other language with interface words
 * (content/ui/<lang>.yaml) under /<lang>/ (src/lib/editions.ts).
 */
export const getEditions: () => Promise<Edition[]> = oncePerBuild(async () => {
  const { locale } = await getRootClinic();
  return editionsOf(
    locale,
    (await getCollection('ui')).map((entry) => entry.id),
  );
});

/** One language's edition; the root's when no language is given (a page outside any edition). */
async function getEdition(lang?: string): Promise<Edition> {
  const editions = await getEditions();
  const edition = lang === undefined ? editions[0] : editions.find((candidate) => candidate.lang === lang);
  if (!edition) throw new Error(`The site has no edition in "${lang}": add content/ui/${lang}.yaml to publish one.`);
  return edition;
}

/** The language of the page being built, from Astro.currentLocale (the i18n locales are language codes). */
export async function pageLanguage(currentLocale: string | undefined): Promise<string> {
  return (await getEdition(currentLocale)).lang;
}

/**
 * The clinic settings in one language: the root's as written; another's with the words of
 * content/settings/clinic.<lang>.yaml in place (the crisis lines included).
 */
export const getClinic: (lang?: string) => Promise<ClinicSettings> = oncePerLanguage(async (lang) => {
  const clinic = await getRootClinic();
  const edition = await getEdition(lang);
  if (edition.root) return clinic;
  const file = clinicWordsFile(edition.lang);
  const words = await getClinicWordsFor(edition.lang);
  if (!words) {
    throw new Error(
      `${file} is missing: the site has pages in "${edition.lang}" (content/ui/${edition.lang}.yaml), so the clinic's words and crisis lines must be written in that language too.`,
    );
  }
  return { ...clinicInLanguage(clinic, words, file), locale: edition.locale };
});

/** The edition a guide or handout belongs to: the first folder of its id (es/…), or the root's. */
export function entryLanguage(entry: { id: string }, rootLanguage: string): string {
  const slash = entry.id.indexOf('/');
  return slash === -1 ? rootLanguage : entry.id.slice(0, slash);
}

/** A guide's or handout's address segment: its file name, without the language folder. */
export function entrySlug(entry: { id: string }): string {
  return entry.id.slice(entry.id.lastIndexOf('/') + 1);
}

/** The root-language page a guide or handout stands for: itself, or the one it translates. */
export function entryOriginal(entry: GuideEntry | HandoutEntry): string {
  return entry.data.translation?.of ?? entry.id;
}

const allGuides = oncePerBuild(async () => getCollection('guides', ({ data }) => import.meta.env.DEV || !data.draft));

const sortedGuides = oncePerLanguage(async (lang) => {
  const root = await getRootLanguage();
  return sortGuides((await allGuides()).filter((guide) => entryLanguage(guide, root) === lang));
});

/** Published guides of one language in reading order (a new array each time; the entries are shared). Drafts show in `astro dev` only. */
export async function getGuides(lang?: string): Promise<GuideEntry[]> {
  return [...(await sortedGuides(lang))];
}

/** The stages that have published guides, for the navigation on every page: worked out once a build. */
export const getGuidePhases: (lang?: string) => Promise<readonly GuideEntry['data']['phase'][]> = oncePerLanguage(
  async (lang) => [...new Set((await sortedGuides(lang)).map((guide) => guide.data.phase))],
);

/**
 * A guide compiled: its text, its h2 and h3 headings with the session ways in their places, worded
 * by the interface words (as the page's contents list shows them), and what the build read from its
 * body (src/lib/body-facts.ts).
 */
export async function renderGuide(guide: GuideEntry) {
  const { Content, headings, remarkPluginFrontmatter } = await render(guide);
  const facts = readBodyFacts(remarkPluginFrontmatter, guide.filePath ?? guide.id);
  const { sessionWays } = await getUi(entryLanguage(guide, await getRootLanguage()));
  return { Content, facts, headings: headingsWithSessionWays(facts.outline, headings, sessionWays) };
}

/** Every glossary term of one language (`content/glossary.yaml`, `content/glossary.<lang>.yaml`), in file order. */
export const getGlossary: (lang?: string) => Promise<GlossaryTerm[]> = oncePerLanguage(async (lang) => {
  const root = await getRootLanguage();
  const prefix = lang === root ? undefined : `${lang}/`;
  const terms = (await getCollection('glossary')).filter((entry) =>
    prefix ? entry.id.startsWith(prefix) : !entry.id.includes('/'),
  );
  if (terms.length === 0) {
    throw new Error(`content/glossary.${lang}.yaml is missing: the ${lang} pages need the glossary in their language.`);
  }
  return terms.map((entry) => entry.data);
});

/**
 * The checklist of one language (`content/checklist/items.yaml`, `items.<lang>.yaml`): its phase
 * headings and its items, in file order. The schema already refuses a link to a guide that does not
 * exist; this also refuses one to a draft, which is not published.
 */
export async function getChecklist(lang?: string): Promise<Checklist> {
  const root = await getRootLanguage();
  const language = lang ?? root;
  const file = language === root ? 'items' : `items.${language}`;
  const entry = await getEntry('checklist', file);
  if (!entry) throw new Error(`content/checklist/${file}.yaml is missing: the checklist page needs it.`);
  const published = new Set((await getGuides(root)).map((guide) => guide.id));
  for (const item of entry.data.items) {
    if (item.guide !== undefined && !published.has(item.guide)) {
      throw new Error(
        `content/checklist/${file}.yaml: item "${item.id}" links to guide "${item.guide}", which is a draft; publish it or remove the link.`,
      );
    }
  }
  return entry.data;
}

/** The collections of words, one file per language (src/content.config.ts, `wordsCollection`). */
type WordsCollection = 'home' | 'plan' | 'clinicians' | 'values' | 'routes' | 'crisis-words';

/**
 * One collection's words in one language (the clinic's own by default: its `locale`, en-US → `en.yaml`).
 * A missing file stops the build, naming it: a page never falls back to another language without saying so.
 */
export async function getWords<Name extends WordsCollection>(
  collection: Name,
  lang?: string,
): Promise<CollectionEntry<Name>['data']> {
  const language = lang ?? (await getRootLanguage());
  const entry = await getEntry(collection, language);
  if (!entry) {
    throw new Error(
      `content/${collection}/${language}.yaml is missing: the site has pages in "${language}" (content/ui/${language}.yaml), so it needs its words in that file.`,
    );
  }
  return entry.data;
}

/** The words clinic settings read in: content/values/ and content/routes/, in one language. Read once a build: most pages show a setting. */
export const getSettingWords: (lang?: string) => Promise<SettingWords> = oncePerLanguage(async (lang) => ({
  values: await getWords('values', lang),
  routes: await getWords('routes', lang),
}));

const sortedHandouts = oncePerLanguage(async (lang) => {
  const root = await getRootLanguage();
  const handouts = await getCollection(
    'handouts',
    (entry) => (import.meta.env.DEV || !entry.data.draft) && entryLanguage(entry, root) === lang,
  );
  return handouts.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
});

/** Published handouts of one language in their set order, then by title. Drafts show in `astro dev` only. */
export async function getHandouts(lang?: string): Promise<HandoutEntry[]> {
  return [...(await sortedHandouts(lang))];
}

/** Fills `{setting}` blanks in a page's words with the clinic's settings, in one language. */
export async function getSettingsFiller(lang?: string): Promise<(text: string) => string> {
  const clinic = await getClinic(lang);
  const words = await getSettingWords(lang);
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

/** The interface words in one language; the clinic's own (chosen by the settings' locale) by default. */
export async function getUi(lang?: string): Promise<Ui> {
  const edition = await getEdition(lang);
  return getUiFor(edition.lang, edition.locale);
}

async function readAddressWords(edition: Edition): Promise<AddressWords> {
  const entry = await getEntry('ui', edition.lang);
  if (!entry) throw new Error(uiMissing(edition.lang, edition.locale));
  const { addresses } = entry.data as UiData & { addresses: AddressWords };
  assertAddressWords(addresses, uiFile(edition.lang));
  return addresses;
}

/** One edition's page addresses as site paths (from the site's root, before the base): for routes. */
const getSitePaths: (lang?: string) => Promise<SitePaths> = oncePerLanguage(async (lang) => {
  const edition = await getEdition(lang);
  return sitePathsOf(edition, await readAddressWords(edition));
});

/** One edition's page addresses, as hrefs (under the base), in its own address words: for links. */
export const getPaths: (lang?: string) => Promise<SitePaths> = oncePerLanguage(async (lang) => {
  const edition = await getEdition(lang);
  return sitePathsOf(edition, await readAddressWords(edition), href);
});

/**
 * The static paths of a page every edition has once (the checklist, the plan …): its address in each
 * edition as the rest parameter `param` of the page's file name ([...checklist].astro), and the
 * edition's language.
 */
export async function editionPaths<Param extends string>(
  param: Param,
  place: (paths: SitePaths) => string,
): Promise<{ params: Record<Param, string | undefined>; props: { lang: string } }[]> {
  return perEdition(param, place, async (lang) => [{ params: {}, props: { lang } }]);
}

/**
 * The static paths of a page type in every edition, each edition's from `paths` (given its language
 * and its site paths), the edition's folder for the page type put in as the rest parameter `param`.
 */
export async function perEdition<Param extends string, Params extends object, Props extends object>(
  param: Param,
  folder: (paths: SitePaths) => string,
  paths: (lang: string) => Promise<{ params: Params; props: Props }[]>,
): Promise<{ params: Params & Record<Param, string | undefined>; props: Props }[]> {
  const all = await Promise.all(
    (await getEditions()).map(async ({ lang }) => {
      const at = restParam(folder(await getSitePaths(lang)));
      return (await paths(lang)).map((path) => ({
        params: { ...path.params, [param]: at } as Params & Record<Param, string | undefined>,
        props: path.props,
      }));
    }),
  );
  return all.flat();
}

/** A guide's or handout's href in its own edition. */
export async function guideHref(guide: GuideEntry): Promise<string> {
  const paths = await getPaths(entryLanguage(guide, await getRootLanguage()));
  return paths.guide(entrySlug(guide));
}

export async function handoutHref(handout: HandoutEntry): Promise<string> {
  const paths = await getPaths(entryLanguage(handout, await getRootLanguage()));
  return paths.handout(entrySlug(handout));
}

/**
 * The guide of one language that stands for a root-language guide (itself, or its translation), by
 * the root guide's id: for links code makes to fixed guides (the glossary, how this is made).
 */
/** One language's published guides by the root guide each stands for: every page's links look them up. */
const guidesByOriginal = oncePerLanguage(async (lang) => {
  const byOriginal = new Map<string, GuideEntry>();
  // The first in reading order, if two ever claim one original (the build's translation check refuses that).
  for (const guide of await sortedGuides(lang)) {
    if (!byOriginal.has(entryOriginal(guide))) byOriginal.set(entryOriginal(guide), guide);
  }
  return byOriginal;
});

async function getGuideFor(rootId: string, lang?: string): Promise<GuideEntry | undefined> {
  return (await guidesByOriginal(lang)).get(rootId);
}

/**
 * The guide a page of `lang` links to for the root guide `rootId`: its translation, or the root guide
 * itself while it has none; undefined when neither is published. Content names guides by their file
 * names in the clinic's own language (checklist items, a handout's `guide`).
 */
export async function guideLinkedFor(rootId: string, lang?: string): Promise<GuideEntry | undefined> {
  return (await getGuideFor(rootId, lang)) ?? (await getGuideFor(rootId));
}

/** The href of the guide of `lang` that stands for the root guide `rootId`; the root's when untranslated. */
export async function guideHrefFor(rootId: string, lang?: string): Promise<string> {
  const guide = await guideLinkedFor(rootId, lang);
  if (!guide) throw new Error(`No published guide has the id "${rootId}".`);
  return guideHref(guide);
}

/**
 * One language's words for the clinic settings (content/settings/clinic.<lang>.yaml), as the file
 * holds them, or undefined when there is none. clinicInLanguage() (src/lib/clinic-language.ts) puts
 * them in place over clinic.yaml and names any field the two do not share.
 */
async function getClinicWordsFor(lang: string): Promise<ClinicWords | undefined> {
  return (await getEntry('clinic-words', lang))?.data;
}
