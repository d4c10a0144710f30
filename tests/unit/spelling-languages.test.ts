import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, describe, expect, it } from 'vitest';
import { languageOf } from '../../src/lib/language';
import {
  looksLikeSpellingFile,
  spellingFileLanguage,
  spellingFileName,
  spellingFileProblems,
} from '../../src/lib/spelling-files';
import { readClinic } from '../support/clinic';
import { CONTENT } from '../support/paths';
import { avoidedPhrases, spellingLanguage } from '../support/spell-check';
import {
  localeDictionaryFile,
  pageLocale,
  practiceSpelling,
  readableParts,
  spellingPracticeFile,
  unknownWords,
} from '../support/spelling';

describe('spellingLanguage', () => {
  it('reads en-US with the American dictionary and other English regions with the British one', () => {
    expect(spellingLanguage('en-US')).toEqual({
      language: 'en',
      dictionary: 'en-US',
      caseSensitive: false,
      otherCountry: true,
    });
    expect(spellingLanguage('en-GB').dictionary).toBe('en-GB');
    expect(spellingLanguage('en-AU').dictionary).toBe('en-GB');
  });

  it('reads Spanish of any region with the Spanish dictionary, accents counted, and no British ⇄ American check', () => {
    for (const tag of ['es', 'es-US', 'es-MX', 'es-ES']) {
      expect(spellingLanguage(tag)).toEqual({
        language: 'es',
        dictionary: 'es-ES',
        caseSensitive: true,
        otherCountry: false,
      });
    }
  });

  it('refuses a language it has no dictionary for, naming it', () => {
    expect(() => spellingLanguage('fr-FR')).toThrow(/no dictionary for the language "fr-FR"/);
    expect(() => spellingLanguage('es_US')).toThrow(/"es_US"/);
  });

  it('refuses English without a region, which decides its spelling', () => {
    expect(() => spellingLanguage('en')).toThrow(/<html lang="en"> should say en-US or en-GB/);
  });
});

describe('localeDictionaryFile', () => {
  it("finds cspell's Spanish dictionary for a Spanish page", () => {
    const file = localeDictionaryFile('es-US');
    expect(path.basename(file)).toBe('Spanish.trie.gz');
    expect(existsSync(file)).toBe(true);
  });

  it('keeps the American and British dictionaries for English', () => {
    expect(path.basename(localeDictionaryFile('en-US'))).toBe('en_US.trie.gz');
    expect(path.basename(localeDictionaryFile('en-GB'))).toBe('en_GB.trie.gz');
  });

  it('throws for a language without one', () => {
    expect(() => localeDictionaryFile('de-DE')).toThrow(/"de-DE"/);
  });
});

describe('pageLocale', () => {
  it("reads the page's <html lang>", () => {
    expect(pageLocale(load('<html lang="es-US"><body>Hola</body></html>'))).toBe('es-US');
  });

  it('throws for a page without one', () => {
    expect(() => pageLocale(load('<html><body>Hola</body></html>'))).toThrow(/no <html lang>/);
    expect(() => pageLocale(load('<html lang=" "><body>Hola</body></html>'))).toThrow(/no <html lang>/);
  });
});

describe('readableParts', () => {
  it("reads the page in its language and each passage marked with another's lang in that one", () => {
    const $ = load(
      '<html lang="es-US"><head><title>Guías</title></head><body><nav><a href="/" lang="en">English</a></nav>' +
        '<p>La sesión <span lang="es">dura</span> dos horas.</p><p lang="en-GB">A <q lang="fr-FR">déjà vu</q> colour</p>' +
        '<script>noSpell()</script><p>Vea https://example.org/guia y ayuda.example.org o llame.</p></body></html>',
    );
    expect(readableParts($)).toEqual([
      { locale: 'es-US', text: 'Guías La sesión dura dos horas. Vea y o llame. ' },
      { locale: 'fr-FR', text: 'déjà vu ' },
      { locale: 'en-GB', text: 'A colour ' },
      // A bare language takes the page's region.
      { locale: 'en-US', text: 'English ' },
    ]);
  });

  it("reads a word inside a passage in the language it is marked with, not the passage's", () => {
    const $ = load(
      '<html lang="en-US"><body><p>Say <q lang="es">el <i lang="en">session</i> es hoy</q>.</p></body></html>',
    );
    expect(readableParts($)).toEqual([
      { locale: 'en-US', text: ' Say . session ' },
      { locale: 'es-US', text: 'el es hoy ' },
    ]);
  });

  it('throws for a page that does not say its language', () => {
    expect(() => readableParts(load('<html><body><p>Hola</p></body></html>'))).toThrow(/no <html lang>/);
  });
});

describe('spelling file names', () => {
  it('names the clinic language spelling.yaml and another spelling.<language>.yaml', () => {
    expect(spellingFileName('en', 'en')).toBe('spelling.yaml');
    expect(spellingFileName('es', 'en')).toBe('spelling.es.yaml');
    expect(spellingFileName('es', 'es')).toBe('spelling.yaml');
  });

  it("gives each file's language, spelling.yaml the clinic's", () => {
    expect(spellingFileLanguage('spelling.yaml', 'en')).toBe('en');
    expect(spellingFileLanguage('spelling.es.yaml', 'en')).toBe('es');
    expect(() => spellingFileLanguage('spelling.ES.yaml', 'en')).toThrow(/not a spelling file's name/);
  });

  it('accepts spelling.yaml and a file per other language', () => {
    expect(spellingFileProblems(['spelling.yaml', 'spelling.es.yaml', 'spelling.fr.yaml'], 'en')).toEqual([]);
  });

  it('refuses a name that is not a language, and a second file for the clinic language', () => {
    const names = ['spelling.yaml', 'spelling.spanish.yaml', 'spelling-es.yaml', 'spelling.es.yml', 'spelling.en.yaml'];
    expect(names.filter(looksLikeSpellingFile)).toEqual(names);
    expect(looksLikeSpellingFile('search-queries.es.yaml')).toBe(false);
    const problems = spellingFileProblems(names, 'en');
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^content\/spelling\.spanish\.yaml: a spelling file is named spelling\.yaml/);
    expect(problems[3]).toBe(
      "content/spelling.en.yaml: the words of the clinic's own language (en) belong in content/spelling.yaml; move them there and remove this file",
    );
  });
});

describe('practiceSpelling', () => {
  // A content folder made here: the site's clinic settings (any valid ones), and spelling files written
  // by the test, so it holds whatever the practice's own words are.
  const folder = mkdtempSync(path.join(tmpdir(), 'spelling-'));
  mkdirSync(path.join(folder, 'settings'));
  copyFileSync(path.join(CONTENT, 'settings', 'clinic.yaml'), path.join(folder, 'settings', 'clinic.yaml'));
  const clinicLanguage = languageOf(readClinic(folder).locale);
  const other = clinicLanguage === 'es' ? 'fr' : 'es';
  writeFileSync(path.join(folder, 'spelling.yaml'), 'words: [Zorblat]\n');
  writeFileSync(
    path.join(folder, `spelling.${other}.yaml`),
    'words: [quixotal]\navoid:\n  - phrase: teléfono móvil\n    use: celular\n',
  );
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("reads the clinic language's words from spelling.yaml", () => {
    expect(spellingPracticeFile(undefined, folder)).toBe('spelling.yaml');
    expect(practiceSpelling(undefined, folder).words).toEqual(['Zorblat']);
    expect(practiceSpelling(clinicLanguage, folder).words).toEqual(['Zorblat']);
  });

  it("reads another language's words and avoided phrases from its own file", () => {
    expect(spellingPracticeFile(other, folder)).toBe(`spelling.${other}.yaml`);
    const spelling = practiceSpelling(other, folder);
    expect(spelling.words).toEqual(['quixotal']);
    // The avoided phrase is found with its accent, in any letter case, and only as whole words.
    expect(avoidedPhrases('Apague su Teléfono móvil.', spelling.avoid)).toEqual([
      { phrase: 'teléfono móvil', use: 'celular' },
    ]);
    expect(avoidedPhrases('Apague su teléfono celular.', spelling.avoid)).toEqual([]);
  });

  it('gives no words for a language without a file of its own', () => {
    expect(practiceSpelling('de', folder)).toEqual({ words: [], avoid: [] });
  });

  it('names the file and the field when a word is wrong', () => {
    writeFileSync(path.join(folder, 'spelling.de.yaml'), 'words: [zwei Wörter]\n');
    expect(() => practiceSpelling('de', folder)).toThrow(
      /^content\/spelling\.de\.yaml: words\.0: each word must be one word/,
    );
  });
});

describe('unknownWords', () => {
  it('reads Spanish with its accents: a missing accent is a misspelling', async () => {
    expect(await unknownWords('Durante la sesion, la sesión es tranquila. Tómela con agua.', 'es-US', [])).toEqual([
      'sesion',
    ]);
  });

  it("accepts the practice's words, a lowercase word also at the start of a sentence", async () => {
    expect(await unknownWords('Zorblatina ayuda. La zorblatina ayuda.', 'es-US', [])).toEqual([
      'Zorblatina',
      'zorblatina',
    ]);
    expect(await unknownWords('Zorblatina ayuda. La zorblatina ayuda.', 'es-US', ['zorblatina'])).toEqual([]);
  });

  it('still reads English pages with the English dictionary', async () => {
    expect(await unknownWords('Please recieve the sesión guide.', 'en-US', [])).toEqual(['recieve', 'sesión']);
  });
});
