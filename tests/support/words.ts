/**
 * The words collections as the site reads them: content/<collection>/<language>.yaml, in the clinic's
 * language, through their schemas. Tests compute what pages should say from these, so they hold for
 * any valid content.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { fillClinicValues, type SettingWords } from '../../src/lib/clinic-values';
import { inlineLinks } from '../../src/lib/inline-links';
import { languageOf } from '../../src/lib/language';
import type { Checklist } from '../../src/schemas/checklist';
import {
  cliniciansSchema,
  crisisWordsSchema,
  homeSchema,
  planSchema,
  routesSchema,
  synonymsSchema,
  valueWordsSchema,
  type CliniciansWords,
  type HomeWords,
  type PlanWords,
  type SynonymWords,
} from '../../src/schemas/words';
import { readClinic } from './clinic';
import { clinicOf } from './editions';
import { CONTENT } from './paths';
import { pageIdsIn } from './page-files';

/** The page files of a content folder, by id. */
export const pageIds = (folder: string) => pageIdsIn(path.join(CONTENT, folder));

/** The clinic's own language: the words read when no other is asked for. */
const ROOT_LANGUAGE = languageOf(readClinic().locale);

/** A words collection's file in one language (the clinic's by default), relative to content/: home/en.yaml. */
export const wordsPath = (collection: string, lang = ROOT_LANGUAGE) => `${collection}/${lang}.yaml`;

/** The parsed YAML of one words collection in one language (the clinic's by default). */
export function wordsFile(collection: string, lang?: string): unknown {
  return load(readFileSync(path.join(CONTENT, wordsPath(collection, lang)), 'utf8'));
}

export const readCrisisPhrases = (lang?: string): readonly string[] =>
  crisisWordsSchema.parse(wordsFile('crisis-words', lang)).phrases;
export const readHome = (lang?: string): HomeWords => homeSchema.parse(wordsFile('home', lang));
export const readPlan = (lang?: string): PlanWords => planSchema.parse(wordsFile('plan', lang));
export const readClinicians = (): CliniciansWords =>
  cliniciansSchema({ guides: pageIds('guides'), handouts: pageIds('handouts') }).parse(wordsFile('clinicians'));

/** The synonyms for search in one language (the clinic's by default; content/synonyms/), none when there is no file. */
export function readSynonyms(lang?: string): SynonymWords['synonyms'] {
  if (!existsSync(path.join(CONTENT, wordsPath('synonyms', lang)))) return [];
  return synonymsSchema.parse(wordsFile('synonyms', lang)).synonyms;
}

/** The grammar words search leaves out of a query in one language (content/synonyms/), none when there is no file. */
export function readFillers(lang?: string): readonly string[] {
  if (!existsSync(path.join(CONTENT, wordsPath('synonyms', lang)))) return [];
  return synonymsSchema.parse(wordsFile('synonyms', lang)).fillers ?? [];
}

/** The words clinic settings read in (content/values/ and content/routes/). */
export function readSettingWords(lang?: string): SettingWords {
  return {
    values: valueWordsSchema.parse(wordsFile('values', lang)),
    routes: routesSchema.parse(wordsFile('routes', lang)),
  };
}

/** A line of content words as a reader sees it: clinic settings filled in, links as their words. */
export function shownText(value: string, lang?: string): string {
  const clinic = lang === undefined ? readClinic() : clinicOf(lang);
  const filled = fillClinicValues(value, clinic, readSettingWords(lang));
  return inlineLinks(filled)
    .map((part) => (typeof part === 'string' ? part : part.text))
    .join('');
}

/**
 * The plan's words as browser tests find its controls: a box's label by its name, a choice's label by
 * its value, a section's heading. A value the content does not offer fails here, saying so.
 */
export function planWords(lang = ROOT_LANGUAGE) {
  const plan = readPlan(lang);
  const choice = (list: readonly { value: string; label: string }[], value: string) => {
    const found = list.find((item) => item.value === value);
    if (!found) throw new Error(`content/plan: the test needs the choice "${value}", which the plan does not offer`);
    return found.label;
  };
  return {
    field: (name: keyof PlanWords['fields']) => plan.fields[name].label,
    section: (name: keyof PlanWords['sections']) => plan.sections[name].heading,
    way: (value: string) => choice(plan.ways, value),
    touch: (value: string) => choice(plan.touch, value),
  };
}

/** The checklist file of a language: items.yaml for the clinic's own, items.<lang>.yaml for another. */
export const checklistFile = (lang = ROOT_LANGUAGE): string =>
  path.join(CONTENT, 'checklist', lang === ROOT_LANGUAGE ? 'items.yaml' : `items.${lang}.yaml`);

/** The checklist's heading for each phase (content/checklist/items.yaml, items.<lang>.yaml). */
export function checklistPhaseWords(lang = ROOT_LANGUAGE): Checklist['phases'] {
  return (load(readFileSync(checklistFile(lang), 'utf8')) as Pick<Checklist, 'phases'>).phases;
}
