import { describe, expect, it } from 'vitest';
import { assertAddressWords, editionsOf, restParam, sitePathsOf, type AddressWords } from '../../src/lib/editions';

const english: AddressWords = {
  guides: 'guides',
  stages: 'stages',
  handouts: 'handouts',
  checklist: 'checklist',
  plan: 'plan',
  getHelp: 'get-help',
  search: 'search',
  topics: 'a-z',
  clinicians: 'for-clinicians',
};
const spanish: AddressWords = {
  ...english,
  guides: 'guias',
  handouts: 'folletos',
  checklist: 'lista-de-preparacion',
  getHelp: 'ayuda',
};

describe('editionsOf', () => {
  it("puts the clinic's own language at the root and every other under its code, with the clinic's region", () => {
    expect(editionsOf('en-US', ['es', 'en'])).toEqual([
      { lang: 'en', locale: 'en-US', root: true, home: '/' },
      { lang: 'es', locale: 'es-US', root: false, home: '/es/' },
    ]);
  });
  it('is one edition when only the own language has words', () => {
    expect(editionsOf('en-GB', ['en'])).toEqual([{ lang: 'en', locale: 'en-GB', root: true, home: '/' }]);
  });
  it('puts a Spanish clinic at the root and English under /en/', () => {
    expect(editionsOf('es-US', ['en', 'es']).map((edition) => [edition.lang, edition.home])).toEqual([
      ['es', '/'],
      ['en', '/en/'],
    ]);
  });
});

describe('sitePathsOf', () => {
  it("gives the root edition today's addresses", () => {
    const paths = sitePathsOf({ home: '/' }, english);
    expect([paths.home, paths.guide('safety'), paths.stage('before'), paths.topicLetter('p')]).toEqual([
      '/',
      '/guides/safety/',
      '/guides/stages/before/',
      '/search/a-z/p/',
    ]);
    expect([paths.handoutPdf('getting-help', 'letter'), paths.handoutQr('getting-help')]).toEqual([
      '/handouts/pdf/getting-help-letter.pdf',
      '/handouts/qr/getting-help.svg',
    ]);
  });
  it("gives another edition its own words under its code, and wraps each address (the site's base)", () => {
    const paths = sitePathsOf({ home: '/es/' }, spanish, (path) => `/kat${path}`);
    expect([paths.home, paths.checklist, paths.guide('seguridad'), paths.getHelp]).toEqual([
      '/kat/es/',
      '/kat/es/lista-de-preparacion/',
      '/kat/es/guias/seguridad/',
      '/kat/es/ayuda/',
    ]);
  });
});

describe('assertAddressWords', () => {
  it('accepts lowercase words joined by hyphens', () => {
    expect(() => assertAddressWords(spanish, 'content/ui/es.yaml')).not.toThrow();
  });
  it('refuses accents, capitals and spaces, naming the file and the key', () => {
    expect(() =>
      assertAddressWords({ ...spanish, guides: 'guías', plan: 'Plan de sesión' }, 'content/ui/es.yaml'),
    ).toThrow(/content\/ui\/es\.yaml: addresses\.guides is "guías"[\s\S]*addresses\.plan is "Plan de sesión"/);
  });
});

describe('restParam', () => {
  it('is the address without its outer slashes, and undefined for the root', () => {
    expect(restParam('/es/guias/')).toBe('es/guias');
    expect(restParam('/checklist/')).toBe('checklist');
    expect(restParam('/')).toBeUndefined();
  });
});
