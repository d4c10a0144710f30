/**
 * When Enter in the search field may open a result straight away: the reader has already seen the
 * results for exactly these words, and there is one clear answer. Pure, so it is unit-tested; the
 * search UI (search-ui.ts) reads the shown results and acts on the answer.
 */
import { normaliseQuery } from './search-results';

export interface ShownResult {
  /** The page's title as the result shows it. */
  title: string;
  /** Where its link goes. */
  url: string;
}

export interface ShownSearch {
  /** The words the shown results are for (normalised), and the stage they were kept to. */
  query: string;
  phase: string;
  results: readonly ShownResult[];
}

/** How a title and a query are compared: case, punctuation and spacing do not count. */
const comparable = (text: string) => normaliseQuery(text).toLocaleLowerCase();

/**
 * The address Enter should open, or undefined to search again. Only when the results on screen are
 * for the words and stage in the form now (a second Enter, never the first, which only searches),
 * and either there is one page result or the first result's title is what was typed.
 */
export function directMatch(shown: ShownSearch | undefined, query: string, phase: string): string | undefined {
  if (!shown || shown.query === '' || shown.query !== normaliseQuery(query) || shown.phase !== phase) return undefined;
  const [first, ...rest] = shown.results;
  if (!first) return undefined;
  if (rest.length === 0 || comparable(first.title) === comparable(query)) return first.url;
  return undefined;
}
