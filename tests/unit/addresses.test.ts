/**
 * One rule for the path the site is published under (siteUrl's path, Astro's base) and for putting a
 * site path under it: links, previews, QR codes and messages all go through these functions.
 */
import { describe, expect, it } from 'vitest';
import {
  BASE,
  GUIDES_PATH,
  absoluteUrl,
  basePath,
  guidePath,
  handoutPdfPath,
  handoutQrPath,
  normalBase,
  sitePathOf,
  withBase,
} from '../../src/lib/addresses';
import { headersFile, parsePolicy } from '../../src/integrations/shared/security-headers';
import { redirectPage, redirectRules, redirectsFile } from '../../src/integrations/shared/redirects';
import { TEST_REDIRECT_WORDS } from '../support/ui';

describe('basePath', () => {
  it('is / for a site at the root of its host', () => {
    expect(basePath('https://care.example.org')).toBe('/');
    expect(basePath('https://care.example.org/')).toBe('/');
  });

  it("is siteUrl's path, ending with /", () => {
    expect(basePath('https://example.org/kat/')).toBe('/kat/');
    expect(basePath('https://example.org/clinic/kat')).toBe('/clinic/kat/');
  });
});

describe('normalBase', () => {
  it('gives every form Astro may pass one form', () => {
    for (const base of ['/kat', '/kat/', 'kat']) expect(normalBase(base)).toBe('/kat/');
    expect(normalBase('/')).toBe('/');
  });
});

describe('withBase and sitePathOf', () => {
  it('put a site path under the base, and take it back out', () => {
    expect(withBase('/kat/', '/guides/safety/')).toBe('/kat/guides/safety/');
    expect(withBase('/kat', '/')).toBe('/kat/');
    expect(withBase('/', '/plan/')).toBe('/plan/');
    expect(sitePathOf('/kat/', '/kat/guides/safety/')).toBe('/guides/safety/');
    expect(sitePathOf('/kat/', '/kat')).toBe('/');
    expect(sitePathOf('/', '/plan/')).toBe('/plan/');
  });

  it('leave anything that is not a site path alone', () => {
    for (const address of ['#top', 'https://988lifeline.org/', 'tel:988', '//example.org/x', 'guides/']) {
      expect(withBase('/kat/', address)).toBe(address);
    }
  });

  it('say when an address is outside the base', () => {
    expect(sitePathOf('/kat/', '/guides/safety/')).toBeUndefined();
    expect(sitePathOf('/kat/', '/katalog/')).toBeUndefined();
  });
});

describe('absoluteUrl', () => {
  it("is the site path's full address, under siteUrl's path", () => {
    expect(absoluteUrl('https://care.example.org', '/plan/')).toBe('https://care.example.org/plan/');
    expect(absoluteUrl('https://example.org/kat/', '/plan/')).toBe('https://example.org/kat/plan/');
    expect(absoluteUrl('https://example.org/kat', '/')).toBe('https://example.org/kat/');
  });
});

describe('page addresses', () => {
  it('are site paths under the base of the build (the root in unit tests)', () => {
    expect(BASE).toBe('/');
    expect(GUIDES_PATH).toBe('/guides/');
    expect(guidePath('safety')).toBe('/guides/safety/');
    expect(handoutPdfPath('getting-help', 'a4')).toBe('/handouts/pdf/getting-help-a4.pdf');
    expect(handoutQrPath('getting-help')).toBe('/handouts/qr/getting-help.svg');
  });
});

describe('rules for hosts under a path', () => {
  it('_headers covers every address under the base', () => {
    expect(headersFile(parsePolicy("default-src 'self'"), '/kat/')).toMatch(/^\/kat\/\*$/m);
  });

  it('_redirects and the page at an old address send readers under the base', () => {
    const redirect = { from: '/guides/getting-ready/', to: '/guides/session-day/' };
    expect(redirectRules(redirectsFile([redirect], '/kat/'))).toEqual([
      { from: '/kat/guides/getting-ready/', to: '/kat/guides/session-day/', status: 301 },
      { from: '/kat/guides/getting-ready', to: '/kat/guides/session-day/', status: 301 },
    ]);
    const html = redirectPage({
      redirect,
      siteUrl: 'https://example.org/kat/',
      locale: 'en-US',
      words: TEST_REDIRECT_WORDS,
    });
    expect(html).toContain('<link rel="canonical" href="https://example.org/kat/guides/session-day/">');
    expect(html).toContain('content="0; url=/kat/guides/session-day/"');
    expect(html).toContain('<link rel="icon" href="/kat/favicon.svg"');
  });
});
