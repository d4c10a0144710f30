/**
 * Reading content collections. The only module in `src/lib` that touches `astro:content`; pages and
 * layouts go through it so drafts, ordering and the settings entry are handled in one place.
 */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { readBodyFacts } from './body-facts';
import { sortGuides } from './nav';
import { headingsWithSessionWays } from './session-ways';
import type { ChecklistItem, ClinicSettings, GlossaryTerm } from './schemas';

export type GuideEntry = CollectionEntry<'guides'>;
export type HandoutEntry = CollectionEntry<'handouts'>;

/** The clinic settings (`content/settings/clinic.yaml`). */
export async function getClinic(): Promise<ClinicSettings> {
  const entry = await getEntry('settings', 'clinic');
  if (!entry)
    throw new Error('content/settings/clinic.yaml is missing: the site cannot be built without clinic settings.');
  return entry.data;
}

/** Published guides in reading order. Drafts show in `astro dev` only. */
export async function getGuides(): Promise<GuideEntry[]> {
  const guides = await getCollection('guides', ({ data }) => import.meta.env.DEV || !data.draft);
  return sortGuides(guides);
}

/**
 * A guide compiled: its text, its h2 and h3 headings with the session ways in their places (as the
 * page's contents list shows them), and what the build read from its body (src/lib/body-facts.ts).
 */
export async function renderGuide(guide: GuideEntry) {
  const { Content, headings, remarkPluginFrontmatter } = await render(guide);
  const facts = readBodyFacts(remarkPluginFrontmatter, guide.filePath ?? guide.id);
  return { Content, facts, headings: headingsWithSessionWays(facts.outline, headings) };
}

/** Every glossary term (`content/glossary.yaml`), in the order the file lists them. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((entry) => entry.data);
}

/**
 * The checklist items (`content/checklist/items.yaml`), in file order. The schema already refuses a
 * link to a guide that does not exist; this also refuses one to a draft, which is not published.
 */
export async function getChecklistItems(): Promise<ChecklistItem[]> {
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
  return entry.data.items;
}

/** Published handouts in their set order, then by title. Drafts show in `astro dev` only. */
export async function getHandouts(): Promise<HandoutEntry[]> {
  const handouts = await getCollection('handouts', ({ data }) => import.meta.env.DEV || !data.draft);
  return handouts.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}
