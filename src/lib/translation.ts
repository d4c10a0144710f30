/**
 * Translated pages against the pages they translate. A translation records the English page's review
 * it follows (`translation.englishReviewed`); once the English page is reviewed again, the translation
 * is behind: the build warns, naming both files, and the page tells readers until it is refreshed. A
 * record that cannot be true (no such English page, a review that has not happened) is an error.
 */
import { nearestName } from '../schemas/unknown-fields';
import { isoDate } from './format';
import type { Ui } from './ui';

/** What a translated page records about its translation (src/schemas/pages.ts, translationSchema). */
interface TranslationRecord {
  /** The id (file name without .mdx) of the page it translates. */
  of: string;
  /** The translated page's lastReviewed when it was translated. */
  englishReviewed: Date;
}

/** A page of the translated language, with its translation record when it has one. */
export interface TranslatedPage {
  /** Where it comes from, for messages (content/guides/es/su-decision.mdx). */
  file: string;
  data: { translation?: TranslationRecord | undefined };
}

/** A page that may be translated: the English page. */
export interface SourcePage {
  /** Where it comes from, for messages (content/guides/your-choice.mdx). */
  file: string;
  data: { lastReviewed: Date };
}

/** Where one translated page stands against its English page. */
interface TranslationStatus {
  /** The English page's file. */
  englishFile: string;
  /** The English review the translation follows. */
  englishReviewed: Date;
  /** The English page's latest review. */
  englishLastReviewed: Date;
  /** The English page was reviewed after the translation was made. */
  stale: boolean;
}

export interface TranslationCheck {
  /** By the translated page's file; pages without a translation record, or with an error, are absent. */
  statuses: ReadonlyMap<string, TranslationStatus>;
  /** One line per stale translation: the build goes on, because an older translation still helps. */
  warnings: string[];
  /** One line per record that cannot be true: the build must stop. */
  errors: string[];
}

/**
 * Compares each translated page with the English page its `translation.of` names (`english`, by id).
 * One collection at a time (guides with guides, handouts with handouts), as ids are per collection.
 */
export function checkTranslations(
  translated: readonly TranslatedPage[],
  english: ReadonlyMap<string, SourcePage>,
): TranslationCheck {
  const statuses = new Map<string, TranslationStatus>();
  const warnings: string[] = [];
  const errors: string[] = [];
  // Two pages translating one English page would leave no single page to switch language to.
  const translatorOf = new Map<string, string>();
  for (const { file, data } of translated) {
    const record = data.translation;
    if (!record) continue;
    const source = english.get(record.of);
    if (!source) {
      errors.push(
        `${file}: translation.of is "${record.of}", but there is no English page with that name. ` +
          `Write the file name of the English page it translates, without .mdx${meant(record.of, english)}.`,
      );
      continue;
    }
    const earlier = translatorOf.get(record.of);
    if (earlier) {
      errors.push(
        `${file}: translation.of is "${record.of}", which ${earlier} already translates; each English page has one translation.`,
      );
      continue;
    }
    translatorOf.set(record.of, file);
    const followed = isoDate(record.englishReviewed);
    const latest = isoDate(source.data.lastReviewed);
    if (record.englishReviewed > source.data.lastReviewed) {
      errors.push(
        `${file}: translation.englishReviewed is ${followed}, after ${source.file} was last reviewed (${latest}); ` +
          `it must be the English page's lastReviewed when the translation was made, so ${latest} or earlier.`,
      );
      continue;
    }
    const stale = record.englishReviewed < source.data.lastReviewed;
    statuses.set(file, {
      englishFile: source.file,
      englishReviewed: record.englishReviewed,
      englishLastReviewed: source.data.lastReviewed,
      stale,
    });
    if (stale) {
      warnings.push(
        `Translation out of date: ${file} translates ${source.file} as reviewed on ${followed}; ` +
          `the English page was reviewed again on ${latest}: refresh the translation and its englishReviewed.`,
      );
    }
  }
  return { statuses, warnings, errors };
}

/** The English page a misspelt `of` most likely names: `; did you mean "safety"?`, or nothing. */
function meant(id: string, english: ReadonlyMap<string, SourcePage>): string {
  const nearest = nearestName(id, [...english.keys()]);
  return nearest ? `; did you mean "${nearest}"?` : '';
}

/** The words of the line that says how a page was translated (ui.translation). */
export type TranslationLineWords = Readonly<
  Record<
    'machineAssisted' | 'reviewed' | 'machineAssistedToReview' | 'toReview',
    (values: { reviewer: string }) => string
  >
>;

/**
 * How a page was translated, in one line: machine-assisted or not, and who checked it. While the site
 * shows the sample clinic no one has checked it, so the line names who should instead.
 */
export function translationLine(
  words: TranslationLineWords,
  { machineAssisted, reviewer, sample }: { machineAssisted: boolean; reviewer: string; sample: boolean },
): string {
  const template = sample
    ? machineAssisted
      ? words.machineAssistedToReview
      : words.toReview
    : machineAssisted
      ? words.machineAssisted
      : words.reviewed;
  return template({ reviewer });
}

/** What src/components/TranslationNotice.astro shows (src/data/translations.ts gathers it for a page). */
export interface TranslationNoticeProps {
  /** The interface words of the page's language: `ui.translation`. */
  words: Ui['translation'];
  /** The page's locale (es-US): how the date and the list of roles are written. */
  locale: string;
  /** `translation.reviewedBy`: the roles of those who checked the translation. */
  reviewedBy: readonly string[];
  /** `translation.machineAssisted`: a machine translation tool wrote the first draft. */
  machineAssisted: boolean;
  /** true while the site shows the fictional sample clinic (`sample:` in the clinic settings). */
  sample: boolean;
  /** The page's entry in checkTranslations' statuses. */
  status: Pick<TranslationStatus, 'stale' | 'englishLastReviewed'>;
  /** The English page's address. */
  englishHref: string;
  /** The English page's language (en), for the link's hreflang. */
  englishLang: string;
}
