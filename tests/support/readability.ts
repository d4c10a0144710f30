/**
 * Reading level of a page's text, as the Flesch-Kincaid grade. The formula and the syllable counts
 * come from maintained libraries (`flesch-kincaid`, `syllable`); this module only decides what a
 * sentence and a word are, which those libraries leave to us.
 *
 * Text arrives as blocks (a paragraph, a list item, a heading): a block always ends a sentence, so a
 * heading or a bullet without a full stop counts as one short sentence, as a reader takes it.
 */
import { fleschKincaid } from 'flesch-kincaid';
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

/** The middle value of a list of numbers. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median: received an empty list, expected at least one value');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
