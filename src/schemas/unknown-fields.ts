/**
 * Words for a field the content contract does not know. A misspelt field ("Call" for "call") used to
 * be dropped without a word, and what it said vanished from every page; now the build stops and names
 * the field that was most likely meant.
 */

/** How far apart two names are: edits (insert, delete, change, swap two neighbours) from one to the other. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => i || j));
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Letters only, in lower case: "Call", "call" and "CALL" are one name; so are "clear_liquids" and "clearLiquids". */
const fold = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * The known name an unknown one most likely meant: the same name in other letter case or spelling of
 * word breaks, else the nearest within a typo or two (one for short names), else one it begins or
 * ends (a shortened "max" for "maxHours"). Undefined when nothing is close.
 */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  const folded = fold(name);
  const same = known.find((candidate) => fold(candidate) === folded);
  if (same) return same;
  const allowed = folded.length <= 4 ? 1 : 2;
  let best: { name: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(folded, fold(candidate));
    if (distance <= allowed && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  if (best) return best.name;
  if (folded.length >= 3) {
    return known.find((candidate) => fold(candidate).startsWith(folded) || fold(candidate).endsWith(folded));
  }
  return undefined;
}

/**
 * The message for one unknown field. `path` is where the object sits ("crisisLines.0"); empty at the
 * top of a file, where Astro's own message already names the file.
 */
export function unknownFieldMessage(field: string, known: readonly string[], path: readonly PropertyKey[]): string {
  const where = path.length > 0 ? ` in ${path.map(String).join('.')}` : '';
  const nearest = nearestName(field, known);
  const hint = nearest ? `did you mean "${nearest}"?` : `the fields here are: ${known.join(', ')}`;
  return `unknown field "${field}"${where}; ${hint}`;
}
