/**
 * The spelling check's word files, one per language the site is written in: `content/spelling.yaml`
 * for the clinic's own language (its locale, en-US → en), and `content/spelling.<language>.yaml` for
 * each other language (spelling.es.yaml). Each holds the words that language's dictionary lacks and
 * the phrases to avoid in it (src/schemas/spelling.ts). The spelling collection names each entry by
 * its language, and the spelling test reads a page's file by the page's language.
 */

/** `spelling.yaml`, or `spelling.` + a two-letter language + `.yaml`. */
const SPELLING_FILE = /^spelling(?:\.([a-z]{2}))?\.yaml$/;

/** Whether a file in content/ is meant as a spelling file: the check then holds it to the naming rule. */
export function looksLikeSpellingFile(name: string): boolean {
  return /^spelling.*\.ya?ml$/i.test(name);
}

/** The file that holds a language's words: spelling.yaml for the clinic's language, else spelling.<language>.yaml. */
export function spellingFileName(language: string, defaultLanguage: string): string {
  return language === defaultLanguage ? 'spelling.yaml' : `spelling.${language}.yaml`;
}

/**
 * What is wrong with the names of the spelling files in content/, one message each: a name that
 * does not name a language, and a file named for the clinic's own language, whose words belong in
 * spelling.yaml (two files for one language would leave one of them unread).
 */
export function spellingFileProblems(names: readonly string[], defaultLanguage: string): string[] {
  return names.flatMap((name) => {
    const match = SPELLING_FILE.exec(name);
    if (!match) {
      return [
        `content/${name}: a spelling file is named spelling.yaml (the clinic's language, ${defaultLanguage}) or spelling.<language>.yaml with the two lowercase letters of another language, such as spelling.es.yaml`,
      ];
    }
    if (match[1] === defaultLanguage) {
      return [
        `content/${name}: the words of the clinic's own language (${defaultLanguage}) belong in content/spelling.yaml; move them there and remove this file`,
      ];
    }
    return [];
  });
}

/** The language of a spelling file that passes spellingFileProblems: spelling.yaml → the clinic's language. */
export function spellingFileLanguage(name: string, defaultLanguage: string): string {
  const match = SPELLING_FILE.exec(name);
  if (!match) throw new Error(`spellingFileLanguage: "${name}" is not a spelling file's name`);
  return match[1] ?? defaultLanguage;
}
