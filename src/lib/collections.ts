/**
 * Reading content collections. The only module in `src/lib` that touches `astro:content`; pages and
 * layouts go through it so drafts, ordering and the settings entry are handled in one place.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { sortGuides } from './nav';
import type { ClinicSettings, GlossaryTerm } from './schemas';

export type GuideEntry = CollectionEntry<'guides'>;

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

/** Every glossary term (`content/glossary.yaml`), in the order the file lists them. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await getCollection('glossary')).map((entry) => entry.data);
}
