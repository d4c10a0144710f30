/**
 * Reading level of a page's text: in English the Flesch-Kincaid grade, in Spanish the
 * Szigriszt-Pazos perspicuity read on the INFLESZ scale. The syllable counts come from maintained
 * libraries (`syllable` for English, `silabea` for Spanish), and so does the English formula
 * (`flesch-kincaid`); this module decides what a sentence and a word are, which those libraries leave
 * to us, and both languages share that.
 *
 * Text arrives as blocks (a paragraph, a list item, a heading): a block always ends a sentence, so a
 * heading or a bullet without a full stop counts as one short sentence, as a reader takes it.
 */
import { fleschKincaid } from 'flesch-kincaid';
import silabea from 'silabea';
import { syllable } from 'syllable';

/** Short forms whose full stop does not end a sentence. */
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|Dr|Mr|Mrs|Ms|St|vs|a\.m|p\.m)\.(?=\s)/gi;
const PLACEHOLDER = '\u0000';

/** Sentences in one block of text. */
export function splitSentences(block: string): string[] {
  const protectedText = block.replace(ABBREVIATIONS, (match) => match.replace(/\./g, PLACEHOLDER));
  return protectedText
    .split(/(?<=[.!?…])["”’)\]]*\s+/u)
    .map((sentence) => sentence.replaceAll(PLACEHOLDER, '.').trim())
    .filter((sentence) => splitWords(sentence).length > 0);
}

/** Words in a sentence: runs of letters or digits, joined by apostrophes or hyphens. */
export function splitWords(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Syllables in a word; every word has at least one, including numbers such as 988. */
export function syllables(word: string): number {
  return word.split('-').reduce((sum, part) => sum + Math.max(1, syllable(part)), 0);
}

export interface Readability {
  /** Flesch-Kincaid grade level, rounded to one decimal. */
  grade: number;
  words: number;
  sentences: number;
  syllables: number;
}

/** The Flesch-Kincaid grade of a list of text blocks. */
export function measureReadability(blocks: readonly string[]): Readability {
  const sentences = blocks.flatMap(splitSentences);
  const words = sentences.flatMap(splitWords);
  const counts = {
    sentence: sentences.length,
    word: words.length,
    syllable: words.reduce((n, w) => n + syllables(w), 0),
  };
  if (counts.word === 0) throw new Error('measureReadability: received no words, expected some text to measure');
  return {
    grade: Math.round(fleschKincaid(counts) * 10) / 10,
    words: counts.word,
    sentences: counts.sentence,
    syllables: counts.syllable,
  };
}

/**
 * Spanish short forms, and the words a reader says for them. Reading them out before measuring keeps
 * their full stops from ending a sentence ("EE. UU." is not three sentences) and counts the syllables
 * that are said ("por ejemplo", not "p" and "ej").
 */
const SPANISH_SHORT_FORMS: readonly (readonly [RegExp, string])[] = [
  [/(?<![\p{L}\p{N}])EE\.\s?UU\./gu, 'Estados Unidos'],
  [/(?<![\p{L}\p{N}])p\.\s?ej\./giu, 'por ejemplo'],
  [/(?<![\p{L}\p{N}])a\.\s?m\./gu, 'a eme'],
  [/(?<![\p{L}\p{N}])p\.\s?m\./gu, 'pe eme'],
  [/(?<![\p{L}\p{N}])etc\./gu, 'etcétera'],
  [/(?<![\p{L}\p{N}])aprox\./gu, 'aproximadamente'],
  [/(?<![\p{L}\p{N}])núm\./gu, 'número'],
  [/(?<![\p{L}\p{N}])tel\./giu, 'teléfono'],
  [/(?<![\p{L}\p{N}])Dra\./gu, 'doctora'],
  [/(?<![\p{L}\p{N}])Dr\./gu, 'doctor'],
  [/(?<![\p{L}\p{N}])Sra\./gu, 'señora'],
  [/(?<![\p{L}\p{N}])Sr\./gu, 'señor'],
  [/(?<![\p{L}\p{N}])Uds\./gu, 'ustedes'],
  [/(?<![\p{L}\p{N}])Ud\./gu, 'usted'],
];

/**
 * A Spanish block as it is read: short forms said in full, and a number written with a decimal comma
 * or a thousands point ("1,5", "1.000") kept as one number, so it is one word as "988" is.
 */
export function readSpanish(block: string): string {
  const spoken = SPANISH_SHORT_FORMS.reduce((text, [form, words]) => text.replace(form, words), block);
  return spoken.replace(/(?<=\p{N})[.,](?=\p{N})/gu, '');
}

/**
 * Syllables in a Spanish word, from `silabea` (which follows the Real Academia's rules: "guion" has
 * one, "aéreo" four). Parts of a hyphenated word are added up. A number counts as one syllable, as in
 * English: a reader takes "988" in at a glance.
 */
export function spanishSyllables(word: string): number {
  return word.split('-').reduce((sum, part) => {
    if (/^\p{N}+$/u.test(part)) return sum + 1;
    return sum + Math.max(1, silabea.getSilabas(part.toLowerCase()).numeroSilaba);
  }, 0);
}

/** The INFLESZ bands (Barrio-Cantalejo, 2008) for a Szigriszt-Pazos score, with their lowest scores. */
const INFLESZ_BANDS = [
  { band: 'muy fácil', from: 80 },
  { band: 'bastante fácil', from: 65 },
  { band: 'normal', from: 55 },
  { band: 'algo difícil', from: 40 },
  { band: 'muy difícil', from: Number.NEGATIVE_INFINITY },
] as const;

export type InfleszBand = (typeof INFLESZ_BANDS)[number]['band'];

/** The INFLESZ band a score falls in: 65 to just under 80 is "bastante fácil". */
export function infleszBand(score: number): InfleszBand {
  const found = INFLESZ_BANDS.find((entry) => score >= entry.from);
  if (!found) throw new Error(`infleszBand: received ${score}, expected a number`);
  return found.band;
}

export interface SpanishReadability {
  /** Szigriszt-Pazos perspicuity (the INFLESZ score), rounded to one decimal: higher is easier. */
  inflesz: number;
  band: InfleszBand;
  words: number;
  sentences: number;
  syllables: number;
}

/**
 * The INFLESZ score of a list of Spanish text blocks: 206.835 − 62.3 × syllables / words − words /
 * sentences, with sentences and words split as for English.
 */
export function measureInflesz(blocks: readonly string[]): SpanishReadability {
  const sentences = blocks.map(readSpanish).flatMap(splitSentences);
  const words = sentences.flatMap(splitWords);
  const syllableCount = words.reduce((n, w) => n + spanishSyllables(w), 0);
  if (words.length === 0) throw new Error('measureInflesz: received no words, expected some text to measure');
  const score = 206.835 - (62.3 * syllableCount) / words.length - words.length / sentences.length;
  const inflesz = Math.round(score * 10) / 10;
  return {
    inflesz,
    band: infleszBand(inflesz),
    words: words.length,
    sentences: sentences.length,
    syllables: syllableCount,
  };
}

/** The middle value of a list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median: received an empty list, expected at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
