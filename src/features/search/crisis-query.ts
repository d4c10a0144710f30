/**
 * Does a search carry crisis words? The phrases are the editors' (content/crisis-words/<lang>.yaml);
 * they reach the browser in /ui/<lang>.json (src/lib/script-words.ts). Pure, so the schema that checks
 * the list, the build and the search box agree on what matches.
 *
 * A phrase matches on whole words, whatever the case, accents, apostrophes and hyphens: "Don’t want
 * to live" matches "dont want to live", "self-harm" matches "self harm". A phrase never matches inside
 * a longer word ("od" is not in "food"), so plain words such as "pain" or "stop" are safe unless an
 * editor lists them alone.
 */

/** Text as the matcher compares it: lower case, no accents or apostrophes, words split by one space. */
export function crisisText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The phrases the query holds, as whole words, longest first ("suicide line" before "suicide"). */
export function crisisPhrasesIn(query: string, phrases: readonly string[]): string[] {
  const text = ` ${crisisText(query)} `;
  return phrases
    .filter((phrase) => {
      const wanted = crisisText(phrase);
      return wanted !== '' && text.includes(` ${wanted} `);
    })
    .sort((a, b) => crisisText(b).length - crisisText(a).length);
}

/** True when the query holds any of the phrases, as whole words. */
export function hasCrisisWords(query: string, phrases: readonly string[]): boolean {
  return crisisPhrasesIn(query, phrases).length > 0;
}

/**
 * A crisis query's results with the best page for its crisis phrase among the first `top`: a sentence
 * ("thinking about suicide") can rank pages that merely mention the word above the page made for it
 * (the Getting help page, which carries every phrase as a search word). That page goes first when the
 * query's own results have it lower or not at all; nothing is dropped. `search` is the search the
 * query ran with (same stage filter).
 */
export async function withCrisisPage<R extends { id: string }>(
  results: readonly R[],
  phrase: string,
  search: (query: string) => Promise<{ results: readonly R[] }>,
  top = 3,
): Promise<R[]> {
  const best = (await search(phrase)).results[0];
  if (!best || results.slice(0, top).some((result) => result.id === best.id)) return [...results];
  return [best, ...results.filter((result) => result.id !== best.id)];
}
