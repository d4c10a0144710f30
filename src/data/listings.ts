/**
 * What the pages that list every guide show, read once for the page and for the pages it moves its list
 * to when the list is too long (src/lib/listing.ts): the A to Z, and the clinicians' links by stage.
 */
import { GET_HELP_PATH, guidePath } from '../lib/addresses';
import { buildTopicIndex, splitTopicIndex } from '../features/search/topic-index';
import { LIST_LIMIT, linkWeight, listWeight, packPages } from '../lib/listing';
import { buildToc } from '../lib/toc';
import { groupByPhase } from '../lib/nav';
import { getClinic, getGuides, getUi, renderGuide, type GuideEntry } from './collections';

/** The A to Z: every guide, every one of its sections and the getting-help page, and where it goes. */
export async function getTopicIndex() {
  const clinic = await getClinic();
  const ui = await getUi();
  const sources = await Promise.all(
    (await getGuides()).map(async (guide) => ({
      path: guidePath(guide.id),
      title: guide.data.title,
      // The four ways a session can go are headings rendered by <SessionWay>, not by Markdown.
      headings: (await renderGuide(guide)).headings,
    })),
  );
  const groups = buildTopicIndex(
    [...sources, { path: GET_HELP_PATH, title: ui.getHelp.title, headings: [] }],
    clinic.locale,
  );
  return { groups, ...splitTopicIndex(groups) };
}

export interface ClinicianGuide {
  guide: GuideEntry;
  /** The same sections as the guide's own contents list, the four ways of a session included. */
  sections: { slug: string; text: string }[];
}

const clinicianWeight = ({ guide, sections }: ClinicianGuide) =>
  linkWeight(guide.data.title) + listWeight(sections, (section) => linkWeight(section.text));

/**
 * Every guide with its section links, by stage, for the clinicians' page. `inline` says whether they
 * all fit on it; when not, each stage has pages of its own (`parts`), packed to the list limit.
 */
export async function getClinicianGuides() {
  const guides: ClinicianGuide[] = await Promise.all(
    (await getGuides()).map(async (guide) => ({
      guide,
      sections: buildToc((await renderGuide(guide)).headings).flatMap((entry) => [entry, ...entry.children]),
    })),
  );
  const stages = groupByPhase(guides.map((entry) => ({ ...entry, id: entry.guide.id, data: entry.guide.data }))).map(
    ({ phase, items }) => ({ phase, guides: items, parts: packPages(items, clinicianWeight) }),
  );
  return { inline: listWeight(guides, clinicianWeight) <= LIST_LIMIT, stages };
}

const guideCardWeight = (guide: GuideEntry) => linkWeight(guide.data.title, guide.data.description);

/**
 * The guides index by stage. While every guide fits, the index lists them all; when not, each stage
 * shows its first guides (its share of the list limit) and links to its own pages (`parts`).
 */
export async function getGuideStages() {
  const groups = groupByPhase(await getGuides());
  const inline =
    listWeight(
      groups.flatMap((group) => group.items),
      guideCardWeight,
    ) <= LIST_LIMIT;
  const share = LIST_LIMIT / Math.max(groups.length, 1);
  return {
    inline,
    stages: groups.map(({ phase, items }) => ({
      phase,
      guides: items,
      first: inline ? items : (packPages(items, guideCardWeight, share)[0] ?? []),
      parts: packPages(items, guideCardWeight),
    })),
  };
}
