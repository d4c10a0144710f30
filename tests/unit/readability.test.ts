import { describe, expect, it } from 'vitest';
import {
  infleszBand,
  measureInflesz,
  measureReadability,
  median,
  readSpanish,
  spanishSyllables,
  splitSentences,
  splitWords,
  syllables,
} from '../support/readability';

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

describe('spanishSyllables', () => {
  // Counted by hand, by the Real Academia's rules (Ortografía, 2010): two strong vowels, or a weak one
  // with an accent, are a hiatus; "guion" is one syllable; an "h" between vowels does not part them.
  it.each([
    ['ketamina', 4], // ke-ta-mi-na
    ['esketamina', 5], // es-ke-ta-mi-na
    ['psicoterapia', 5], // psi-co-te-ra-pia
    ['aéreo', 4], // a-é-re-o
    ['prohibición', 3], // prohi-bi-ción
    ['ahí', 2], // a-hí
    ['guion', 1], // guion
    ['construcción', 3], // cons-truc-ción
    ['instrucciones', 4], // ins-truc-cio-nes
    ['búho', 2], // bú-ho
    ['reír', 2], // re-ír
    ['Ketamina', 4], // capitals count the same
    ['pingüino', 3], // pin-güi-no
  ])('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
  it('counts a number as one syllable, as in English', () => {
    expect(spanishSyllables('988')).toBe(1);
  });
  it('adds up the parts of a hyphenated word', () => {
    expect(spanishSyllables('físico-químico')).toBe(6); // fí-si-co quí-mi-co
  });
});

describe('readSpanish', () => {
  it('reads "EE. UU." and "p. ej." out, so their full stops end no sentence', () => {
    expect(readSpanish('En EE. UU. hay ayuda, p. ej. en el 988.')).toBe(
      'En Estados Unidos hay ayuda, por ejemplo en el 988.',
    );
    expect(splitSentences(readSpanish('Traiga algo, p. ej. una manta. Descanse.'))).toEqual([
      'Traiga algo, por ejemplo una manta.',
      'Descanse.',
    ]);
  });
  it('keeps a number with a decimal comma or a thousands point as one word', () => {
    expect(splitWords(readSpanish('Dura 1,5 horas y cuesta 1.000 dólares.'))).toEqual([
      'Dura',
      '15',
      'horas',
      'y',
      'cuesta',
      '1000',
      'dólares',
    ]);
  });
  it('leaves a full stop between a number and a word alone', () => {
    expect(splitSentences(readSpanish('Llame al 988. Le ayudan.'))).toHaveLength(2);
  });
});

describe('infleszBand', () => {
  it.each([
    [100, 'muy fácil'],
    [80, 'muy fácil'],
    [79.9, 'bastante fácil'],
    [65, 'bastante fácil'],
    [64.9, 'normal'],
    [55, 'normal'],
    [54.9, 'algo difícil'],
    [40, 'algo difícil'],
    [39.9, 'muy difícil'],
    [-44.4, 'muy difícil'],
  ])('%d is "%s"', (score, band) => {
    expect(infleszBand(score)).toBe(band);
  });
});

describe('measureInflesz', () => {
  it('applies 206.835 − 62.3 × syllables / words − words / sentences', () => {
    // La(1) ke-ta-mi-na(4) es(1) un(1) me-di-ca-men-to(5) · U-sted(2) pue-de(2) pa-rar(2):
    // 18 syllables, 8 words, 2 sentences → 206.835 − 140.175 − 4 = 62.66.
    expect(measureInflesz(['La ketamina es un medicamento. Usted puede parar.'])).toEqual({
      inflesz: 62.7,
      band: 'normal',
      words: 8,
      sentences: 2,
      syllables: 18,
    });
  });
  it('counts what is said for short forms and numbers', () => {
    // En(1) Es-ta-dos(3) U-ni-dos(3) lla-me(2) al(1) 988(1): 11 syllables, 6 words, 1 sentence.
    expect(measureInflesz(['En EE. UU. llame al 988.'])).toMatchObject({ inflesz: 86.6, band: 'muy fácil', words: 6 });
  });
  it('ends a sentence at the end of each block', () => {
    // Su(1) se-sión(2) · Us-ted(2) pue-de(2) pa-rar(2) · So-lo(2) dí-ga-lo(3): 14 syllables, 7 words,
    // 3 sentences → 206.835 − 124.6 − 2.33 = 79.9.
    expect(measureInflesz(['Su sesión', 'Usted puede parar. Solo dígalo.'])).toMatchObject({
      inflesz: 79.9,
      band: 'bastante fácil',
      sentences: 3,
    });
  });
  it('scores long, learned sentences as very hard', () => {
    // 35 syllables in 9 words: 206.835 − 242.28 − 9 = −44.4.
    const dense = measureInflesz([
      'La administración intravenosa de esketamina requiere monitorización cardiovascular continuada.',
    ]);
    expect(dense).toMatchObject({ inflesz: -44.4, band: 'muy difícil', syllables: 35, words: 9 });
  });
  it('refuses text with no words', () => {
    expect(() => measureInflesz(['…'])).toThrow(/received no words, expected some text/);
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
