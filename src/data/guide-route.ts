/**
 * The guide pages' route, gathered in one place as Starlight's routing data is: the paths to build
 * (with the review warnings) and everything one page needs. src/pages/guides/[id].astro imports only
 * this, its layout and its components.
 */
import { getClinic, getGuides, getSettingWords, renderGuide, type GuideEntry } from './collections';
import { guidePage } from '../lib/guide-page';
import { medicineReviewWarnings, overdueWarnings } from '../lib/review';

export interface GuideRouteProps {
  guide: GuideEntry;
  guides: GuideEntry[];
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
  return guides.map((guide) => ({ params: { id: guide.id }, props: { guide, guides } }));
}

/** Everything one guide page shows: its compiled text and the parts around it. */
export async function guidePageData({ guide, guides }: GuideRouteProps) {
  const [clinic, words, { Content, headings, facts }] = await Promise.all([
    getClinic(),
    getSettingWords(),
    renderGuide(guide),
  ]);
  return { Content, ...guidePage({ guide, guides, clinic, words, headings, facts }) };
}
