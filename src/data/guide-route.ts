/**
 * The guide pages' route, gathered in one place as Starlight's routing data is: the paths to build
 * (with the review warnings) and everything one page needs. src/pages/guides/[id].astro imports only
 * this, its layout and its components.
 */
import { getClinic, getGuides, getSettingWords, oncePerBuild, renderGuide, type GuideEntry } from './collections';
import { guidePage } from '../lib/guide-page';
import { readingNeighbours } from '../lib/nav';
import { medicineReviewWarnings, overdueWarnings } from '../lib/review';

export interface GuideRouteProps {
  guide: GuideEntry;
}

/** One path per published guide. Warns, never fails, about late reviews and unreviewed medicine pages. */
export async function guidePaths(): Promise<{ params: { id: string }; props: GuideRouteProps }[]> {
  const guides = await getGuides();
  // The page is still better online than missing, so late reviews warn. So does a medicine page no
  // prescriber has reviewed, once the site is a real practice's.
  const reviewable = guides.map((guide) => ({ file: guide.filePath ?? guide.id, ...guide.data }));
  const { sample } = await getClinic();
  for (const warning of [...overdueWarnings(reviewable, new Date()), ...medicineReviewWarnings(reviewable, sample)]) {
    console.warn(`[holding-space] ${warning}`);
  }
  return guides.map((guide) => ({ params: { id: guide.id }, props: { guide } }));
}

// The previous and next guide of every guide, from one sort per build (not one per page).
const getNeighbours = oncePerBuild(async () => readingNeighbours(await getGuides()));

/** Everything one guide page shows: its compiled text and the parts around it. */
export async function guidePageData({ guide }: GuideRouteProps) {
  const [clinic, words, neighbours, { Content, headings, facts }] = await Promise.all([
    getClinic(),
    getSettingWords(),
    getNeighbours(),
    renderGuide(guide),
  ]);
  return { Content, ...guidePage({ guide, neighbours, clinic, words, headings, facts }) };
}
