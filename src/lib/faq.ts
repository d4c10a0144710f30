/**
 * Questions and answers from the "Questions people ask" guide, for its FAQPage structured data
 * (JSON-LD). Each `##` heading is a question; the text up to the next `##` is its answer. Read from
 * the guide's syntax tree (src/lib/body-facts.ts), so the data always matches the page, with no script
 * at run time.
 */
import { joinParts, type BodySection, type TextPart } from './body-facts';

export interface FaqEntry {
  question: string;
  answer: string;
}

/**
 * The page's `##` sections as questions and answers, each clinic setting filled in by `fill` (the
 * words the page shows for it). Any ### inside an answer belongs to that answer.
 */
export function faqEntries(
  sections: readonly BodySection[],
  fill: (part: Exclude<TextPart, string>) => string,
): FaqEntry[] {
  return sections.map((section) => ({ question: section.heading, answer: joinParts(section.text, fill) }));
}

/** schema.org FAQPage for a list of questions. */
export function faqJsonLd(entries: readonly FaqEntry[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((entry) => ({
      '@type': 'Question',
      name: entry.question,
      acceptedAnswer: { '@type': 'Answer', text: entry.answer },
    })),
  };
}

/** JSON for inside a <script> element: "<" is escaped so the text can never close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
