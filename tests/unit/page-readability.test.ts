import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { MIN_INFLESZ, isGuidePage, pageLanguage, readGuide, readingProblem } from '../support/page-readability';

/** A page shaped like a built guide: the guide layout's og:type, a title, and a `.prose-page` body. */
function guidePage(lang: string, title: string, body: string, ogType = 'article'): string {
  return `<!doctype html><html lang="${lang}"><head><meta property="og:type" content="${ogType}"></head>
    <body><main><h1>${title}</h1><div class="prose-page">${body}</div></main></body></html>`;
}

describe('isGuidePage', () => {
  it('takes a page marked as an article for a guide, and any other page for not one', () => {
    expect(isGuidePage(load(guidePage('es-US', 'Su sesión', '<p>Hola.</p>')))).toBe(true);
    expect(isGuidePage(load(guidePage('es-US', 'Ayuda', '<p>Hola.</p>', 'website')))).toBe(false);
    expect(isGuidePage(load('<html lang="en-US"><body><h1>Home</h1></body></html>'))).toBe(false);
  });
});

describe('pageLanguage', () => {
  it('reads the language of <html lang> without its region', () => {
    expect(pageLanguage(load('<html lang="es-US"></html>'))).toBe('es');
    expect(pageLanguage(load('<html lang="EN"></html>'))).toBe('en');
    expect(pageLanguage(load('<html></html>'))).toBe('');
  });
});

describe('readGuide and readingProblem on a Spanish guide', () => {
  it('passes a plain Spanish page, measured on the INFLESZ scale', () => {
    // Su(1) se-sión(2) · Us-ted(2) pue-de(2) pa-rar(2) · So-lo(2) dí-ga-lo(3): 14 syllables, 7 words,
    // 3 sentences → 79.9. The code block and the section link are not read.
    const $ = load(
      guidePage(
        'es-US',
        'Su sesión',
        '<h2>Usted puede parar. <a class="heading-anchor" href="#x">#</a></h2><p>Solo dígalo.</p><pre><code>npm run build</code></pre>',
      ),
    );
    const reading = readGuide('su-sesion', $);
    expect(reading).toMatchObject({ scale: 'inflesz', language: 'es', inflesz: 79.9, band: 'bastante fácil' });
    expect(readingProblem(reading)).toBeUndefined();
  });

  it('fails a Spanish page below "bastante fácil", naming its score and band', () => {
    const $ = load(
      guidePage(
        'es-US',
        'Consideraciones farmacológicas',
        '<p>La administración intravenosa de esketamina requiere monitorización cardiovascular continuada.</p>',
      ),
    );
    const reading = readGuide('consideraciones', $);
    expect(reading.scale).toBe('inflesz');
    expect(readingProblem(reading)).toMatch(
      new RegExp(`^INFLESZ -?[\\d.]+ \\(muy difícil\\) is below ${MIN_INFLESZ} \\(bastante fácil\\)$`),
    );
  });

  it('measures Spanish text with the Spanish scale, not the English grade', () => {
    const text = '<p>Usted puede parar cuando quiera.</p>';
    expect(readGuide('a', load(guidePage('es-US', 'Parar', text))).scale).toBe('inflesz');
    expect(readGuide('a', load(guidePage('en-US', 'Stop', text))).scale).toBe('grade');
  });
});

describe('readGuide and readingProblem on other languages', () => {
  it('passes a plain English page on the Flesch-Kincaid grade', () => {
    const reading = readGuide('stop', load(guidePage('en-US', 'You can stop', '<p>Just say so. We will stay.</p>')));
    expect(reading).toMatchObject({ scale: 'grade', language: 'en' });
    expect(readingProblem(reading)).toBeUndefined();
  });

  it('fails a dense English page, naming its grade', () => {
    const reading = readGuide(
      'dense',
      load(
        guidePage(
          'en-US',
          'Considerations',
          '<p>Pharmacological considerations necessitate comprehensive individualised evaluation of contraindications preceding administration.</p>',
        ),
      ),
    );
    expect(readingProblem(reading)).toMatch(/^grade [\d.]+ is above 7$/);
  });

  it('fails a guide in a language with no measure, naming the language', () => {
    const reading = readGuide('seance', load(guidePage('fr-FR', 'Votre séance', '<p>Vous pouvez arrêter.</p>')));
    expect(reading).toEqual({ scale: 'none', page: 'seance', language: 'fr' });
    expect(readingProblem(reading)).toMatch(/no reading-level measure for language "fr"/);
  });

  it('fails a guide with no language', () => {
    const $ = load('<html><head><meta property="og:type" content="article"></head><body><h1>Hi</h1></body></html>');
    expect(readingProblem(readGuide('hi', $))).toMatch(/has no <html lang>/);
  });
});
