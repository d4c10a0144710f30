/**
 * The site's languages ("editions") and every page address in each. The clinic's own language (its
 * settings' locale, en-US → en) is at the site's root, with today's published addresses; each other
 * language that has interface words (content/ui/<lang>.yaml) is an edition under /<lang>/, with
 * addresses in its own words (/es/guias/…), from that file's `addresses`. Leaving a language's files
 * out publishes the site without it: no code changes.
 *
 * Pure: astro.config.mjs, the data layer and unit tests share it.
 */
import { LOCALE, languageOf } from './language';
import type { PaperSize, Phase } from '../schemas/names';

/** A language the site is published in. */
export interface Edition {
  /** Its language code, the name of its words files (es). */
  lang: string;
  /** Its locale, for `<html lang>`, hreflang and dates (es-US): the language with the clinic's region. */
  locale: string;
  /** The clinic's own language, at the site's root. */
  root: boolean;
  /** The site path of its home page: `/` for the root edition, `/es/` for the others. */
  home: string;
}

/**
 * The editions, the root's first, then the others by code. `languages` are the languages that have
 * interface words; the root's need not be among them (the build then names its missing words file).
 */
export function editionsOf(locale: string, languages: readonly string[]): Edition[] {
  const root = languageOf(locale);
  const region = LOCALE.exec(locale) ? locale.slice(3) : undefined;
  const others = [...new Set(languages)].filter((lang) => lang !== root).sort();
  return [
    { lang: root, locale, root: true, home: '/' },
    ...others.map((lang) => ({ lang, locale: region ? `${lang}-${region}` : lang, root: false, home: `/${lang}/` })),
  ];
}

/** The address words of one language (content/ui/<lang>.yaml, `addresses`). */
export interface AddressWords {
  guides: string;
  stages: string;
  handouts: string;
  checklist: string;
  plan: string;
  getHelp: string;
  search: string;
  topics: string;
  clinicians: string;
}

/** Lowercase letters and digits in words joined by single hyphens: an address as written. */
const ADDRESS_WORD = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Throws, naming the file and key, when an address word is not lowercase words joined by hyphens. */
export function assertAddressWords(words: AddressWords, file: string): void {
  const wrong = Object.entries(words).filter(([, word]) => !ADDRESS_WORD.test(word));
  if (wrong.length > 0) {
    throw new Error(
      wrong
        .map(
          ([key, word]) =>
            `${file}: addresses.${key} is "${word}"; an address word must be lowercase letters or digits joined by hyphens, without accents, such as "lista-de-preparacion"`,
        )
        .join('\n'),
    );
  }
}

/** Every page address of one edition, as site paths (from the site's root, before the base). */
export interface SitePaths {
  home: string;
  guides: string;
  guide: (slug: string) => string;
  /** The folder of the stages' own pages (/guides/stages/), when the guides are too many for one list. */
  stages: string;
  stage: (phase: Phase) => string;
  handouts: string;
  handout: (slug: string) => string;
  /** A handout's PDF for one paper size: <handouts>/pdf/<slug>-letter.pdf. */
  handoutPdf: (slug: string, paper: PaperSize) => string;
  /** A handout's QR code as an image file: <handouts>/qr/<slug>.svg. */
  handoutQr: (slug: string) => string;
  checklist: string;
  plan: string;
  getHelp: string;
  search: string;
  /** The folder of the A to Z's own pages (/search/a-z/), when the A to Z is too long for the search page. */
  topics: string;
  topicLetter: (letter: string) => string;
  clinicians: string;
  clinicianStage: (phase: Phase) => string;
}

/**
 * An edition's page addresses, from its home and its address words; `wrap` turns each site path into
 * what the caller needs (the href under the site's base, for pages).
 */
export function sitePathsOf(
  edition: Pick<Edition, 'home'>,
  words: AddressWords,
  wrap: (sitePath: string) => string = (sitePath) => sitePath,
): SitePaths {
  const at = (...parts: string[]) => wrap(`${edition.home}${parts.map((part) => `${part}/`).join('')}`);
  return {
    home: edition.home,
    guides: at(words.guides),
    guide: (slug) => at(words.guides, slug),
    stages: at(words.guides, words.stages),
    stage: (phase) => at(words.guides, words.stages, phase),
    handouts: at(words.handouts),
    handout: (slug) => at(words.handouts, slug),
    handoutPdf: (slug, paper) => `${at(words.handouts, 'pdf')}${slug}-${paper}.pdf`,
    handoutQr: (slug) => `${at(words.handouts, 'qr')}${slug}.svg`,
    checklist: at(words.checklist),
    plan: at(words.plan),
    getHelp: at(words.getHelp),
    search: at(words.search),
    topics: at(words.search, words.topics),
    topicLetter: (letter) => at(words.search, words.topics, letter),
    clinicians: at(words.clinicians),
    clinicianStage: (phase) => at(words.clinicians, phase),
  };
}

/**
 * A site path as an Astro rest parameter, which has no leading or trailing slash and is undefined
 * for the root: '/es/guias/' → 'es/guias', '/' → undefined.
 */
export function restParam(sitePath: string): string | undefined {
  const trimmed = sitePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? undefined : trimmed;
}
