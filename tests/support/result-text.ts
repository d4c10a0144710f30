/**
 * How a search result reads, for the browser tests: every summary and excerpt is whole sentences (it
 * starts with a capital, a digit or a quote and ends with a stop), a section's excerpt never opens with
 * its heading's words, no sentence shows twice in one result, and no result shows more than
 * SUB_RESULTS_PER_PAGE sections. Holds for any content.
 */
import { SUB_RESULTS_PER_PAGE } from '../../src/features/search/search-config';

/** Starts like a sentence: a capital (or a letter of a script without capitals), a digit or an opening quote. */
export const SENTENCE_START = /^["'“‘(¿¡]*[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u;
/** Ends like a sentence: a stop, question or exclamation mark or an ellipsis, then any closing quote. */
export const SENTENCE_END = /[.!?…]["'”’)]*$/u;

/** One result as shown: its title, its summary and excerpts, and its sections. */
export interface ShownText {
  title: string;
  texts: string[];
  sections: { heading: string; excerpt: string }[];
}

/** A text's sentences, compared without case or spacing. */
const sentences = (text: string) =>
  text
    .split(/(?<=[.!?…]["'”’)]*)\s+(?=["'“‘(]*[\p{Lu}\p{N}])/u)
    .map((sentence) => sentence.toLowerCase().trim())
    .filter(Boolean);

/** What reads wrong in one question's results, one line each (none when all is well). */
export function resultTextProblems(query: string, results: readonly ShownText[]): string[] {
  const problems: string[] = [];
  for (const result of results) {
    const where = `"${query}" → ${result.title}`;
    for (const text of result.texts) {
      if (!SENTENCE_START.test(text)) problems.push(`${where}: starts mid-sentence: "${text}"`);
      if (!SENTENCE_END.test(text)) problems.push(`${where}: ends mid-sentence: "${text}"`);
    }
    if (result.sections.length > SUB_RESULTS_PER_PAGE) problems.push(`${where}: ${result.sections.length} sections`);
    for (const section of result.sections) {
      if (section.excerpt && section.excerpt.toLowerCase().startsWith(section.heading.toLowerCase()))
        problems.push(`${where}: the excerpt under "${section.heading}" opens with the heading`);
    }
    const all = result.texts.flatMap(sentences);
    const twice = all.filter((sentence, index) => all.indexOf(sentence) !== index);
    if (twice.length > 0) problems.push(`${where}: shows twice "${twice.join('", "')}"`);
  }
  return problems;
}
