/**
 * The site's languages as the build makes them (src/lib/editions.ts), read from the content under
 * test: the clinic's own at the root, every other language with interface words under /<lang>/. Tests
 * check each page in its own language: its words, its clinic settings (crisis lines included) and its
 * addresses, so they hold for an English-only practice and for one with a Spanish edition alike.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { editionsOf, sitePathsOf, type AddressWords, type Edition, type SitePaths } from '../../src/lib/editions';
import { clinicInLanguage, clinicWordsFile } from '../../src/lib/clinic-language';
import { clinicWordsSchema } from '../../src/schemas/clinic-words';
import { parseUi, uiWords, type Ui } from '../../src/lib/ui';
import type { ClinicSettings } from '../../src/schemas/clinic';
import { readClinic } from './clinic';
import { CONTENT } from './paths';

const rootClinic = readClinic();

/** Every edition of the site under test, the root's first. */
export const EDITIONS: readonly Edition[] = editionsOf(
  rootClinic.locale,
  readdirSync(path.join(CONTENT, 'ui')).flatMap((name) => /^([a-z]{2})\.yaml$/.exec(name)?.[1] ?? []),
);

/** The edition of a language; throws for a language the site is not in. */
export function editionOf(lang: string): Edition {
  const edition = EDITIONS.find((candidate) => candidate.lang === lang);
  if (!edition) throw new Error(`The site has no edition in "${lang}" (no content/ui/${lang}.yaml).`);
  return edition;
}

const uiData = (lang: string) => load(readFileSync(path.join(CONTENT, 'ui', `${lang}.yaml`), 'utf8'));
const cache = new Map<string, unknown>();
const once = <T>(key: string, make: () => T): T => {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
};

/** The interface words of one language. */
export function uiOf(lang: string): Ui {
  return once(`ui:${lang}`, () => uiWords(parseUi(uiData(lang), lang), lang));
}

/** The clinic settings as the pages of one language show them: the language's words and crisis lines in place. */
export function clinicOf(lang: string): ClinicSettings {
  return once(`clinic:${lang}`, () => {
    const edition = editionOf(lang);
    if (edition.root) return rootClinic;
    const file = path.join(CONTENT, 'settings', `clinic.${lang}.yaml`);
    if (!existsSync(file)) throw new Error(`${clinicWordsFile(lang)} is missing.`);
    const words = clinicWordsSchema.parse(load(readFileSync(file, 'utf8')));
    return { ...clinicInLanguage(rootClinic, words, clinicWordsFile(lang)), locale: edition.locale };
  });
}

/** The page addresses of one language (site paths, without the base). */
export function pathsOf(lang: string): SitePaths {
  return once(`paths:${lang}`, () => {
    const { addresses } = uiData(lang) as { addresses: AddressWords };
    return sitePathsOf(editionOf(lang), addresses);
  });
}

/** The language of a built page, from its `<html lang="es-US">`: the part before the region. */
export function languageOfPage(html: string): string {
  const lang = /<html[^>]*\slang="([a-z]{2})(?:-[A-Z]{2})?"/.exec(html)?.[1];
  if (!lang) throw new Error('The page has no <html lang="…">.');
  return lang;
}
