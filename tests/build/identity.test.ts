/**
 * The clinic's identity from its settings, in the built site, for any clinic: the accent colours in
 * the stylesheet every page blocks on, the mark in the header (logo and name, or the name alone) and
 * the icon every page links, drawn from the logo or, without one, from the short name's first letter.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { basePath, sitePathOf } from '../../src/lib/addresses';
import { lettermark, MARK_ID, readLogo } from '../../src/lib/logo';
import { schemeAccent } from '../../src/lib/theme';
import { readClinic } from '../support/clinic';
import { distText, htmlFiles, page } from '../support/dist';
import { CONTENT, DIST } from '../support/paths';
import { clinicOf } from '../support/editions';
import { sitePages } from '../support/site-pages';

const clinic = readClinic();
const base = basePath(clinic.siteUrl);
const logo = clinic.logo ? readLogo(readFileSync(path.join(CONTENT, 'settings', clinic.logo), 'utf8')).logo : undefined;
const light = schemeAccent(clinic.colors ?? {}, 'light');
const dark = schemeAccent(clinic.colors ?? {}, 'dark');

/** The file in dist/ that a link on a page points at. */
const fileOf = (href: string) => (sitePathOf(base, href.split('#')[0] ?? '') ?? href).replace(/^\//, '');

/** A custom property's first value in a stylesheet, as #rrggbb (minifiers write #fff for #ffffff). */
function tokenValue(css: string, property: string): string | undefined {
  const value = new RegExp(`${property}: ?(#[0-9a-f]{3,6})\\b`, 'i').exec(css)?.[1]?.toLowerCase();
  return value?.length === 4 ? value.replace(/[0-9a-f]/g, (digit) => digit + digit) : value;
}

describe('clinic identity', () => {
  const files = htmlFiles();

  it('puts the accent colours in the stylesheet each page blocks on, light and dark', () => {
    for (const file of files) {
      const $ = page(file);
      const sheets = $('link[rel="stylesheet"]:not([media="print"])')
        .map((_, link) => distText(fileOf($(link).attr('href') ?? '')))
        .get();
      const css = [
        ...sheets,
        ...$('style')
          .map((_, style) => $(style).text())
          .get(),
      ].join('\n');
      const [lightCss = '', darkCss = ''] = css.split(/@media ?\(prefers-color-scheme: ?dark\)/);
      for (const [scheme, part, colours] of [
        ['light', lightCss, light],
        ['dark', darkCss, dark],
      ] as const) {
        const tokens = { accent: colours.accent, 'accent-strong': colours.accentStrong, 'on-accent': colours.onAccent };
        for (const [name, value] of Object.entries(tokens)) {
          expect(tokenValue(part, `--color-${name}`), `${file}: ${scheme} --color-${name}`).toBe(value);
        }
      }
    }
  });

  it('links an icon that exists and is drawn from the logo, or from the short name without one', () => {
    const hrefs = new Set(files.map((file) => page(file)('link[rel="icon"]').attr('href')));
    expect(hrefs.size).toBe(1);
    const [href = ''] = hrefs;
    const icon = distText(fileOf(href));
    // The logo's currentColor, or the lettermark's square, in the light accent.
    expect(icon).toContain(`${logo ? 'color' : 'fill'}="${light.accent}"`);
    if (logo) expect(icon).toContain(logo.body);
    else expect(icon).toContain(`>${lettermark(clinic.shortName)}</text>`);
  });

  it(logo ? 'links a home-screen icon that exists' : 'links no home-screen icon, having no logo', () => {
    const touch = page('index.html')('link[rel="apple-touch-icon"]').attr('href');
    if (logo) expect(existsSync(path.join(DIST, fileOf(touch ?? '')))).toBe(true);
    else expect(touch).toBeUndefined();
  });

  it(
    logo
      ? 'shows the logo before the name in the header, hidden from screen readers'
      : 'shows the name alone in the header',
    () => {
      for (const { file, lang } of sitePages()) {
        const $ = page(file);
        const home = $('header a').first();
        // The home link's name is the clinic's, in the page's language: the short name on phones, the
        // full name on wider screens.
        const { name, shortName } = clinicOf(lang);
        expect(home.text().replace(/\s+/g, ' ').trim(), file).toBe(`${shortName} ${name}`);
        const use = home.find('svg[aria-hidden="true"] use');
        if (!logo) {
          expect(home.find('svg').length, file).toBe(0);
          continue;
        }
        const href = use.attr('href') ?? '';
        expect(href.endsWith(`#${MARK_ID}`), file).toBe(true);
        const mark = distText(fileOf(href));
        expect(mark).toContain(`<symbol id="${MARK_ID}"`);
        expect(mark).toContain(logo.body);
      }
    },
  );

  it(logo ? 'writes the mark file' : 'writes no mark file, having no logo', () => {
    expect(existsSync(path.join(DIST, 'mark.svg'))).toBe(logo !== undefined);
  });
});
