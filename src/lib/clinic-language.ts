/**
 * The clinic settings in another language: clinic.yaml with the words of clinic.<language>.yaml in
 * place (src/schemas/clinic-words.ts says which fields are words). A page never shows English where
 * the reader chose another language without saying so, so a text clinic.yaml has and the language
 * file lacks stops the build, as does one clinic.yaml leaves out (the two would tell readers
 * different things).
 */
import type { ClinicSettings } from '../schemas/clinic';
import { CLINIC_WORDS, type ClinicWords, type WordsNode } from '../schemas/clinic-words';

/** The file of a language's settings words, as editors know it: es → content/settings/clinic.es.yaml. */
export function clinicWordsFile(lang: string): string {
  return `content/settings/clinic.${lang}.yaml`;
}

/** A file name of content/settings/ that holds a language's words (clinic.es.yaml → es). */
const CLINIC_WORDS_FILE = /^clinic\.([a-z]{2})\.yaml$/;

/**
 * The language of a settings file's name, or undefined for clinic.yaml itself. Any other YAML file
 * there (clinic.es-US.yaml, clinica.es.yaml) stops the build, so it cannot sit unused while an editor
 * thinks it is live.
 */
export function clinicWordsLanguage(name: string): string | undefined {
  if (name === 'clinic.yaml') return undefined;
  const lang = CLINIC_WORDS_FILE.exec(name)?.[1];
  if (!lang) {
    throw new Error(
      `content/settings/${name}: received a file named "${name}", expected clinic.yaml or clinic.<language>.yaml with a two-letter language code, such as clinic.es.yaml`,
    );
  }
  return lang;
}

type Value = unknown;

/** Treats a blank text as left out, as the settings schemas do. */
const given = (value: Value) => value !== undefined && value !== null && value !== '';

const isRecord = (value: Value): value is Record<string, Value> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One node of the settings with its words in place. `english` is clinic.yaml's value and
 * `translated` the language file's; each mismatch is added to `problems` as "path: what is wrong".
 */
function merge(node: WordsNode, english: Value, translated: Value, path: string, problems: string[]): Value {
  switch (node.kind) {
    case 'text':
      if (given(english) && !given(translated)) {
        problems.push(`${path} is missing; clinic.yaml has it, so write it in this language too`);
      } else if (!given(english) && given(translated)) {
        problems.push(`${path} is not in clinic.yaml; fill it in there too, or leave it out here`);
      }
      return translated ?? english;
    case 'list': {
      const from = Array.isArray(english) ? english : [];
      const to = Array.isArray(translated) ? translated : [];
      if (from.length !== to.length) {
        const [index, state] =
          from.length > to.length ? [to.length, 'is missing'] : [from.length, 'is not in clinic.yaml'];
        problems.push(
          `${path}.${index} ${state}; clinic.yaml lists ${from.length} here and this file ${to.length}: translate each, in the same order`,
        );
      }
      return english === undefined && translated === undefined
        ? undefined
        : to.map((item: Value, index) => merge(node.item, from[index], item, `${path}.${index}`, problems));
    }
    case 'group': {
      if (english === undefined && translated === undefined) return undefined;
      const from = isRecord(english) ? english : {};
      const to = isRecord(translated) ? translated : {};
      // Start from the settings every language shares (phones, numbers), then add the words.
      const result = Object.fromEntries(Object.entries(from).filter(([field]) => !Object.hasOwn(node.fields, field)));
      for (const [field, child] of Object.entries(node.fields)) {
        const value = merge(child, from[field], to[field], path ? `${path}.${field}` : field, problems);
        if (value !== undefined) result[field] = value;
      }
      return result;
    }
  }
}

/**
 * The clinic settings with one language's words in place: every text from `words`, the crisis lines
 * wholly from `words` (a language may list its own lines, or leave one out), and every other setting
 * from `clinic`. `file` names the language file in the error, which lists every field that does not
 * match clinic.yaml, such as
 * "content/settings/clinic.es.yaml: preparation.rideHome.details is missing; …".
 */
export function clinicInLanguage(clinic: ClinicSettings, words: ClinicWords, file: string): ClinicSettings {
  const problems: string[] = [];
  const { crisisLines, ...texts } = words;
  const merged = merge(CLINIC_WORDS, clinic, texts, '', problems) as ClinicSettings;
  if (problems.length > 0) throw new Error(problems.map((problem) => `${file}: ${problem}`).join('\n'));
  // The merge kept clinic.yaml's shape and put text where text was, so it is still ClinicSettings.
  return { ...merged, crisisLines };
}
