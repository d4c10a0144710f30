/**
 * Each page's versions in the site's other languages, for the language switch and the hreflang links
 * (BaseLayout). A page has a version in another language when that edition has the same page: the
 * same fixed page (the checklist …), the same stage's own page, or a guide or handout that translates
 * it (its `translation.of`).
 */
import {
  entryOriginal,
  entrySlug,
  getEditions,
  getGuides,
  getHandouts,
  getPaths,
  oncePerBuild,
  type GuideEntry,
  type HandoutEntry,
} from './collections';
import { getClinicianGuides, getGuideStages } from './listings';
import type { Edition, SitePaths } from '../lib/editions';

/** The pages every edition has once, by their name in SitePaths. */
const FIXED_PAGES = ['home', 'guides', 'handouts', 'checklist', 'plan', 'getHelp', 'search', 'clinicians'] as const;

/** One language's version of a page: its address, or that language's home page when it has none. */
export interface Alternate {
  edition: Edition;
  href: string;
  /** False when the page has no version in this language, and `href` is that language's home page. */
  translated: boolean;
}

const getPageVersions = oncePerBuild(async () => {
  // Which page an address is (a key shared by its versions), and each key's address per language.
  const keyOf = new Map<string, string>();
  const versions = new Map<string, Map<string, string>>();
  const add = (key: string, lang: string, href: string) => {
    keyOf.set(href, key);
    versions.set(key, (versions.get(key) ?? new Map<string, string>()).set(lang, href));
  };
  const entries = (kind: string, list: readonly (GuideEntry | HandoutEntry)[], place: (slug: string) => string) =>
    list.map((entry) => [`${kind}:${entryOriginal(entry)}`, place(entrySlug(entry))] as const);
  for (const { lang } of await getEditions()) {
    const paths: SitePaths = await getPaths(lang);
    for (const page of FIXED_PAGES) add(page, lang, paths[page]);
    for (const [key, href] of [
      ...entries('guide', await getGuides(lang), paths.guide),
      ...entries('handout', await getHandouts(lang), paths.handout),
    ])
      add(key, lang, href);
    // A stage's own page (its first part), where the guides are too many for one list: the same
    // stage's page in another language is its version there.
    const guideStages = await getGuideStages(lang);
    if (!guideStages.inline)
      for (const { phase } of guideStages.stages) add(`stage:${phase}`, lang, paths.stage(phase));
    const clinicianStages = await getClinicianGuides(lang);
    if (!clinicianStages.inline)
      for (const { phase } of clinicianStages.stages) add(`clinicians:${phase}`, lang, paths.clinicianStage(phase));
  }
  return { keyOf, versions };
});

/** The versions of the page at `href` in every language, the page's own included, in edition order. */
export async function getAlternates(href: string): Promise<Alternate[]> {
  const { keyOf, versions } = await getPageVersions();
  const key = keyOf.get(href);
  const found = key === undefined ? undefined : versions.get(key);
  return Promise.all(
    (await getEditions()).map(async (edition) => {
      const version = found?.get(edition.lang);
      return version === undefined
        ? { edition, href: (await getPaths(edition.lang)).home, translated: false }
        : { edition, href: version, translated: true };
    }),
  );
}
