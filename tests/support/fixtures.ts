/** The named bad-content fixtures, and what the content contract must say about each. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { CONTENT, FIXTURES } from './paths';
import { pageFilesIn, pageIdsIn } from './page-files';
import { pageId } from '../../src/integrations/shared/content-files';

export interface BadContentFixture {
  /** File in tests/fixtures/content/. */
  fixture: string;
  /**
   * Guides and handouts are added to content/guides/ or content/handouts/; clinic patches are applied
   * to content/settings/clinic.yaml; checklists replace content/checklist/items.yaml; home and
   * clinicians replace the clinic language's file of that words collection (content/home/en.yaml …).
   */
  kind: 'guide' | 'handout' | 'clinic-patch' | 'checklist' | 'home' | 'clinicians';
  /** The field the error must name (a dotted path for nested fields). */
  field: string;
  /** Words the message must contain, so an editor knows what to fix. */
  says: string;
  /**
   * What the build prints instead of Astro's "<field>: <message>", for a problem found before the
   * content collections are read (astro.config.mjs reads siteUrl first).
   */
  printed?: string;
}

export const BAD_CONTENT: BadContentFixture[] = [
  { fixture: 'guide-missing-title.mdx', kind: 'guide', field: 'title', says: 'title is required' },
  {
    fixture: 'guide-description-too-long.mdx',
    kind: 'guide',
    field: 'description',
    says: 'description must be 50–160 characters',
  },
  { fixture: 'guide-unknown-phase.mdx', kind: 'guide', field: 'phase', says: 'phase must be one of' },
  {
    fixture: 'guide-review-before-last.mdx',
    kind: 'guide',
    field: 'nextReviewDue',
    says: 'nextReviewDue must be after lastReviewed',
  },
  { fixture: 'guide-source-without-url.mdx', kind: 'guide', field: 'sources.0.url', says: 'source url is required' },
  {
    fixture: 'guide-source-with-credentials.mdx',
    kind: 'guide',
    field: 'sources.0.url',
    says: 'source url must not contain a user name or password',
  },
  {
    fixture: 'guide-with-slug.mdx',
    kind: 'guide',
    field: 'slug',
    says: 'slug is not allowed: the file name is the page address',
  },
  {
    fixture: 'clinic-unknown-crisis-tier.patch.yaml',
    kind: 'clinic-patch',
    field: 'crisisLines.1.tier',
    says: 'tier must be one of: emergency, talk-now, peer-support',
  },
  { fixture: 'clinic-missing-phone.patch.yaml', kind: 'clinic-patch', field: 'phone', says: 'phone is required' },
  {
    fixture: 'clinic-missing-out-of-hours.patch.yaml',
    kind: 'clinic-patch',
    field: 'outOfHours',
    says: 'outOfHours is required: { advice }',
  },
  {
    fixture: 'clinic-misspelt-call.patch.yaml',
    kind: 'clinic-patch',
    field: 'crisisLines.0.Call',
    says: 'unknown field "Call" in crisisLines.0; did you mean "call"?',
  },
  {
    fixture: 'clinic-emergency-without-call.patch.yaml',
    kind: 'clinic-patch',
    field: 'crisisLines.0.call',
    says: "an emergency line must have call: the number to call, such as '911'",
  },
  {
    fixture: 'clinic-http-site-url.patch.yaml',
    kind: 'clinic-patch',
    field: 'siteUrl',
    says: 'siteUrl must start with https://',
    printed: 'content/settings/clinic.yaml: siteUrl must start with https://',
  },
  {
    fixture: 'checklist-duplicate-id.yaml',
    kind: 'checklist',
    field: 'items.2.id',
    says: 'id "pack-your-bag" is already used by item 1',
  },
  {
    fixture: 'checklist-unknown-guide.yaml',
    kind: 'checklist',
    field: 'items.1.guide',
    says: 'guide "your-choise" is not a guide in content/guides',
  },
  {
    fixture: 'checklist-unknown-setting.yaml',
    kind: 'checklist',
    field: 'items.0.text',
    says: 'text uses {fasting.solid}, which is not a clinic setting',
  },
  {
    fixture: 'checklist-unknown-phase.yaml',
    kind: 'checklist',
    field: 'items.0.phase',
    says: 'phase must be one of: week-before, day-before, day-of, after',
  },
  { fixture: 'checklist-missing-text.yaml', kind: 'checklist', field: 'items.0.text', says: 'text is required' },
  {
    fixture: 'handout-unknown-paper.mdx',
    kind: 'handout',
    field: 'paper.1',
    says: 'each paper size must be one of: letter, a4',
  },
  { fixture: 'handout-version-as-number.mdx', kind: 'handout', field: 'version', says: 'version is required' },
  {
    fixture: 'guide-translation-misspelt-field.mdx',
    kind: 'guide',
    field: 'translation.machineAsisted',
    says: 'unknown field "machineAsisted" in translation; did you mean "machineAssisted"?',
  },
  {
    fixture: 'handout-translation-without-reviewer.mdx',
    kind: 'handout',
    field: 'translation.reviewedBy',
    says: 'reviewedBy is required: a role',
  },
  {
    fixture: 'clinicians-unknown-guide.yaml',
    kind: 'clinicians',
    field: 'messages.0.text',
    says: 'message text uses {guide:your-choise}, which is not a page or a clinic setting',
  },
  {
    fixture: 'home-misspelt-field.yaml',
    kind: 'home',
    field: 'leed',
    says: 'unknown field "leed"; did you mean "lead"?',
  },
];

/** The ids of the guides in content/guides, as src/content.config.ts gives them to the checklist schema. */
export function guideIdsOnDisk(): string[] {
  return pageIdsIn(path.join(CONTENT, 'guides'));
}

/**
 * The published (not draft) Markdown and MDX entries of a content folder, with their frontmatter as Astro reads it:
 * what the site builds, for tests that check each built page.
 */
export function publishedEntries<T>(folder: 'guides' | 'handouts'): { id: string; data: T }[] {
  return pageFilesIn(path.join(CONTENT, folder))
    .map((file) => ({
      id: pageId(file),
      data: frontmatter(readFileSync(path.join(CONTENT, folder, file), 'utf8')) as T & { draft?: boolean },
    }))
    .filter((entry) => !entry.data.draft);
}

function fixturePath(name: string): string {
  return path.join(FIXTURES, 'content', name);
}

export async function readFixture(name: string): Promise<string> {
  return readFile(fixturePath(name), 'utf8');
}

/** The frontmatter of an MDX file, parsed as Astro parses it (YAML, dates become Dates). */
export function frontmatter(mdx: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(mdx);
  if (!match?.[1]) throw new Error('fixture has no frontmatter');
  return load(match[1]);
}

export async function readPatch(name: string): Promise<Record<string, unknown>> {
  return load(await readFixture(name)) as Record<string, unknown>;
}

/**
 * Applies a clinic-settings patch: each top-level key replaces the real one, and a key set to null
 * is removed. Patches keep fixtures small and valid except for the field under test.
 */
export function applyClinicPatch(
  settings: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const merged = { ...settings, ...patch };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== null));
}
