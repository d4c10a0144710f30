/**
 * Which language's words the site is built in. Every collection of reader-facing words keeps one file
 * per language, `content/<collection>/<language>.yaml`, so a second language adds files, not code. The
 * clinic settings choose the language through their `locale` (en-US → en), as Astro's i18n routing
 * names its locales by language.
 */

/** A locale as the clinic settings give it: a language and a region, en-US. The one rule for it. */
export const LOCALE = /^([a-z]{2})-[A-Z]{2}$/;

/** What an editor is told when a locale breaks that rule. */
export const LOCALE_MESSAGE = 'locale must look like en-US or en-GB';

/** A language file's name: two lowercase letters, the language of a locale (en-US → en.yaml). */
export const LANGUAGE_FILE = /^([a-z]{2})\.(?:yaml|mdx)$/;

/** The language of a locale such as en-US (the part before the region); a bare language is kept. */
export function languageOf(locale: string): string {
  const language = LOCALE.exec(locale)?.[1] ?? (/^[a-z]{2}$/.test(locale) ? locale : undefined);
  if (!language) throw new Error(`languageOf: received locale "${locale}", expected a tag such as en-US`);
  return language;
}

/**
 * Refuses a file in a words folder that is not named for a language (`English.yaml`, `en-US.yaml`), so
 * it cannot sit there unused while an editor thinks it is live.
 */
export function assertLanguageFiles(folder: string, files: readonly string[]): void {
  const wrong = files.filter((name) => !LANGUAGE_FILE.test(name));
  if (wrong.length > 0) {
    throw new Error(
      `${folder}: ${wrong.map((name) => `"${name}"`).join(', ')} must be named for its language, such as en.yaml (the language of the clinic's locale, en-US → en)`,
    );
  }
}
