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

/** True when the query holds any of the phrases, as whole words. */
export function hasCrisisWords(query: string, phrases: readonly string[]): boolean {
  const text = ` ${crisisText(query)} `;
  return phrases.some((phrase) => {
    const wanted = crisisText(phrase);
    return wanted !== '' && text.includes(` ${wanted} `);
  });
}
