/**
 * Translated guides and handouts against the root-language pages they translate, once a build
 * (src/lib/translation.ts): a record that cannot be true stops the build, naming the file and the
 * field; a translation the English page has moved past warns, naming both files. A page asks for the
 * props of its TranslationNotice.
 */
import {
  entryLanguage,
  getClinic,
  getEditions,
  getGuides,
  getHandouts,
  getUi,
  guideHref,
  handoutHref,
  oncePerBuild,
  type GuideEntry,
  type HandoutEntry,
} from './collections';
import { checkTranslations, type TranslationNoticeProps } from '../lib/translation';

type Entry = GuideEntry | HandoutEntry;

/** The file an entry comes from, as messages name it (content/guides/es/su-decision.mdx). */
const fileOf = (entry: Entry) => entry.filePath ?? entry.id;

/** One collection's check: the root edition's pages by id, and every other edition's pages against them. */
async function checkCollection(list: (lang?: string) => Promise<Entry[]>) {
  const [root, ...others] = await getEditions();
  if (!root) throw new Error('The site has no edition: content/ui/ needs the words file of the clinic’s language.');
  const originals = new Map((await list(root.lang)).map((entry) => [entry.id, entry]));
  const translated = (await Promise.all(others.map(({ lang }) => list(lang)))).flat();
  // A page of the root language translates nothing: its record would be checked against no page.
  const misplaced = [...originals.values()]
    .filter((entry) => entry.data.translation)
    .map(
      (entry) =>
        `${fileOf(entry)}: translation is set, but the page is in the site's own language (${root.lang}); ` +
        'a translated page goes in the folder of its language, such as es/, beside the pages it translates.',
    );
  const check = checkTranslations(
    translated.map((entry) => ({ file: fileOf(entry), data: entry.data })),
    new Map([...originals].map(([id, entry]) => [id, { file: fileOf(entry), data: entry.data }])),
  );
  const errors = [...misplaced, ...check.errors];
  if (errors.length > 0) throw new Error(errors.join('\n'));
  // An older translation still helps its readers, so the build goes on and says what to refresh.
  for (const warning of check.warnings) console.warn(`[holding-space] ${warning}`);
  return { rootLang: root.lang, originals, statuses: check.statuses };
}

const checks = {
  guides: oncePerBuild(() => checkCollection(getGuides)),
  handouts: oncePerBuild(() => checkCollection(getHandouts)),
};

/**
 * Checks every translated guide and handout, printing the warnings and stopping the build on an
 * impossible record. Call it where the pages' paths are made, so it runs before any page.
 */
export async function checkAllTranslations(): Promise<void> {
  await Promise.all([checks.guides(), checks.handouts()]);
}

/** The props of a translated page's TranslationNotice; undefined for a page that is not a translation. */
export async function translationNotice(entry: Entry): Promise<TranslationNoticeProps | undefined> {
  const record = entry.data.translation;
  if (!record) return undefined;
  const { rootLang, originals, statuses } = await checks[entry.collection]();
  const status = statuses.get(fileOf(entry));
  const original = originals.get(record.of);
  // The check stops the build on any record without both, so this would be a page it was never given.
  if (!status || !original) throw new Error(`${fileOf(entry)}: its translation record was not checked.`);
  const lang = entryLanguage(entry, rootLang);
  const [ui, clinic, englishHref] = await Promise.all([
    getUi(lang),
    getClinic(lang),
    original.collection === 'guides' ? guideHref(original) : handoutHref(original),
  ]);
  return {
    words: ui.translation,
    locale: clinic.locale,
    reviewedBy: record.reviewedBy,
    machineAssisted: record.machineAssisted,
    sample: clinic.sample,
    status,
    englishHref,
    englishLang: rootLang,
  };
}
