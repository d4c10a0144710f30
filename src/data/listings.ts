/**
 * What the pages that list every guide show, read once for the page and for the pages it moves its list
 * to when the list is too long (src/lib/listing.ts): the A to Z, and the clinicians' links by stage.
 */
import { buildTopicIndex, letterId, splitTopicIndex } from '../features/search/topic-index';
import { LIST_LIMIT, linkWeight, listWeight, packPages } from '../lib/listing';
import { buildToc } from '../lib/toc';
import { groupByPhase } from '../lib/nav';
import { PHASES } from '../schemas/names';
import {
  entrySlug,
  getClinic,
  getGuides,
  getPaths,
  getUi,
  oncePerLanguage,
  renderGuide,
  type GuideEntry,
} from './collections';

/*
 * Each list below is read once per build (oncePerBuild): a list page and the pages its list moves to
 * all show the same one, and the pages only read it.
 */

/**
 * Every published guide, in reading order, with its h2 and h3 headings: the four ways a session can go
 * included, which are headings rendered by <SessionWay>, not by Markdown. Compiled once for both lists.
 */
const getGuideHeadings = oncePerLanguage(async (lang) =>
  Promise.all((await getGuides(lang)).map(async (guide) => ({ guide, headings: (await renderGuide(guide)).headings }))),
);

/**
 * The A to Z: every guide, every one of its sections and the getting-help page; where it goes (the
 * search page, or pages of its own); and its letter bar's links, to a letter's place on either.
 */
export const getTopicIndex = oncePerLanguage(async (lang) => {
  const clinic = await getClinic(lang);
  const ui = await getUi(lang);
  const paths = await getPaths(lang);
  const sources = (await getGuideHeadings(lang)).map(({ guide, headings }) => ({
    path: paths.guide(entrySlug(guide)),
    title: guide.data.title,
    headings,
  }));
  const groups = buildTopicIndex(
    [...sources, { path: paths.getHelp, title: ui.getHelp.title, headings: [] }],
    clinic.locale,
  );
  const { inline, pages } = splitTopicIndex(groups);
  const bar = groups.map(({ letter }) => {
    const anchor = `#${letterId(letter)}`;
    if (inline) return { letter, href: anchor };
    const page = pages.find(
      (candidate) => candidate.part === 1 && candidate.groups.some((group) => group.letter === letter),
    );
    if (!page) throw new Error(`The A to Z has no page for the letter ${letter}.`);
    // A page with several letters has a heading for each: the link goes to it.
    return { letter, href: `${paths.topicLetter(page.slug)}${page.groups.length > 1 ? anchor : ''}` };
  });
  return { groups, inline, pages, bar };
});

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
export const getClinicianGuides = oncePerLanguage(async (lang) => {
  const guides: ClinicianGuide[] = (await getGuideHeadings(lang)).map(({ guide, headings }) => ({
    guide,
    sections: buildToc(headings).flatMap((entry) => [entry, ...entry.children]),
  }));
  // getGuides() gives reading order, so each stage's guides stay in it.
  const stages = PHASES.map((phase) => {
    const inStage = guides.filter(({ guide }) => guide.data.phase === phase);
    return { phase, guides: inStage, parts: packPages(inStage, clinicianWeight) };
  }).filter((stage) => stage.guides.length > 0);
  return { inline: listWeight(guides, clinicianWeight) <= LIST_LIMIT, stages };
});

const guideCardWeight = (guide: GuideEntry) => linkWeight(guide.data.title, guide.data.description);

/**
 * The guides index by stage. While every guide fits, the index lists them all; when not, each stage
 * shows its first guides (its share of the list limit) and links to its own pages (`parts`).
 */
export const getGuideStages = oncePerLanguage(async (lang) => {
  const groups = groupByPhase(await getGuides(lang));
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
});
