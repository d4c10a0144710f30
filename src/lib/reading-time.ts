/**
 * Minutes a reader needs. 200 words a minute is a gentle pace for health information read by
 * someone who may be anxious; we round up so the estimate never rushes them.
 */
const WORDS_PER_MINUTE = 200;

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(text: string): number {
  return Math.max(1, Math.ceil(countWords(text) / WORDS_PER_MINUTE));
}
