import { describe, expect, it } from 'vitest';
import { measureReadability, median, splitSentences, splitWords, syllables } from '../support/readability';

describe('splitSentences', () => {
  it('splits on full stops, question marks and exclamation marks', () => {
    expect(splitSentences('You can stop. Is that fine? Yes!')).toEqual(['You can stop.', 'Is that fine?', 'Yes!']);
  });
  it('keeps a short form such as "e.g." inside its sentence', () => {
    expect(splitSentences('Bring things, e.g. a blanket. Rest.')).toEqual(['Bring things, e.g. a blanket.', 'Rest.']);
  });
  it('splits after a closing quote', () => {
    expect(splitSentences('They "hold the space." Then they wait.')).toHaveLength(2);
  });
  it('counts a heading or bullet without a full stop as one sentence', () => {
    expect(splitSentences('Plan your ride home')).toEqual(['Plan your ride home']);
  });
  it('drops pieces with no words', () => {
    expect(splitSentences('… —')).toEqual([]);
  });
});

describe('splitWords', () => {
  it('keeps hyphenated words and contractions whole', () => {
    expect(splitWords("Ketamine-assisted therapy isn't rushed.")).toEqual([
      'Ketamine-assisted',
      'therapy',
      "isn't",
      'rushed',
    ]);
  });
  it('counts numbers as words', () => {
    expect(splitWords('Call 988 now')).toEqual(['Call', '988', 'now']);
  });
});

describe('syllables', () => {
  it('gives every word at least one syllable, numbers included', () => {
    expect(syllables('988')).toBe(1);
    expect(syllables('rest')).toBe(1);
  });
  it('adds up the parts of a hyphenated word', () => {
    expect(syllables('ketamine-assisted')).toBe(syllables('ketamine') + syllables('assisted'));
  });
});

describe('measureReadability', () => {
  it('scores short plain sentences low and long latinate ones high', () => {
    const plain = measureReadability(['You can stop at any time. Just say so. We will stay with you.']);
    const dense = measureReadability([
      'Pharmacological considerations necessitate comprehensive individualised evaluation of contraindications preceding administration.',
    ]);
    expect(plain.grade).toBeLessThan(3);
    expect(dense.grade).toBeGreaterThan(15);
  });
  it('reports words and sentences', () => {
    expect(measureReadability(['One two three.', 'Four five'])).toMatchObject({ words: 5, sentences: 2 });
  });
  it('refuses text with no words', () => {
    expect(() => measureReadability([''])).toThrow(/received no words, expected some text/);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/received an empty list/);
  });
});
