/**
 * The guide pages' route, gathered in one place as Starlight's routing data is: the paths to build
 * (with the review warnings) and everything one page needs. src/pages/[...guides]/[id].astro imports only
 * this, its layout and its components.
 */
import {
  entrySlug,
  getClinic,
  getGuides,
  getSettingWords,
  perEdition,
  oncePerLanguage,
  renderGuide,
  type GuideEntry,
} from './collections';
import { checkAllTranslations } from './translations';
import { guidePage } from '../lib/guide-page';
import { readingNeighbours } from '../lib/nav';
import { medicineReviewWarnings, overdueWarnings } from '../lib/review';

export interface GuideRouteProps {
  guide: GuideEntry;
}

/**
 * One path per published guide of every language: /guides/<file name>/, /es/guias/<file name>/. Warns,
 * never fails, about late reviews and unreviewed medicine pages.
 */
export async function guidePaths(): Promise<
  { params: { guides: string | undefined; id: string }; props: GuideRouteProps }[]
> {
  // Every translation's record is checked before any page: an impossible one stops the build.
  await checkAllTranslations();
  return perEdition(
    'guides',
    (paths) => paths.guides,
    async (lang) => {
      const guides = await getGuides(lang);
      // The page is still better online than missing, so late reviews warn. So does a medicine page no
      // prescriber has reviewed, once the site is a real practice's.
      const reviewable = guides.map((guide) => ({ file: guide.filePath ?? guide.id, ...guide.data }));
      const { sample } = await getClinic(lang);
      for (const warning of [
        ...overdueWarnings(reviewable, new Date()),
        ...medicineReviewWarnings(reviewable, sample),
      ]) {
        console.warn(`[holding-space] ${warning}`);
      }
      return guides.map((guide) => ({ params: { id: entrySlug(guide) }, props: { guide } }));
    },
  );
}

// The previous and next guide of every guide, from one sort per language a build (not one per page).
const getNeighbours = oncePerLanguage(async (lang) => readingNeighbours(await getGuides(lang)));

/** Everything one guide page shows: its compiled text and the parts around it. */
export async function guidePageData({ guide }: GuideRouteProps, lang: string) {
  const [clinic, words, neighbours, { Content, headings, facts }] = await Promise.all([
    getClinic(lang),
    getSettingWords(lang),
    getNeighbours(lang),
    renderGuide(guide),
  ]);
  return { Content, ...guidePage({ guide, neighbours, clinic, words, headings, facts }) };
}
