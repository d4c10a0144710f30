/**
 * Each page's pruned stylesheet (src/integrations/page-css.ts) loses nothing a reader sees: on every
 * page, at a phone's and a laptop's width, every element (and its ::before, ::after and ::marker) has
 * the same computed style with the pruned CSS as with the whole stylesheets the page linked before the
 * build pruned them (the build records them in Astro's cache folder). Also once the reader acts: the
 * search dialog open with results, and the phone's Menu open, whose elements scripts and the browser add.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PAGE_CSS_RECORD } from '../../src/integrations/page-css';
import { Problems, pagesToVisit } from '../support/browser';
import { exampleGuide } from '../support/example-pages';
import { PROJECT } from '../support/paths';
import { typeQuery } from '../support/search-panel';
import { EDITIONS, pathsOf, uiOf } from '../support/editions';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

/**
 * What a reader sees of an element besides its box: reading every computed property (over 500) of
 * every element takes seconds a page. Longhands, as getComputedStyle gives them.
 */
const PROPERTIES = [
  'display',
  'visibility',
  'opacity',
  'position',
  'z-index',
  'overflow-x',
  'overflow-y',
  'clip-path',
  'color',
  'background-color',
  'background-image',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-decoration-line',
  'text-decoration-style',
  'text-decoration-thickness',
  'text-underline-offset',
  'text-transform',
  'white-space',
  'overflow-wrap',
  'list-style-type',
  'list-style-position',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-left-style',
  'border-top-color',
  'border-left-color',
  'border-top-left-radius',
  'border-bottom-right-radius',
  'outline-style',
  'outline-width',
  'outline-color',
  'outline-offset',
  'box-shadow',
  'fill',
  'stroke',
  'stroke-width',
  'cursor',
  'content',
  'transform',
  'scroll-margin-top',
  'scroll-padding-top',
  'content-visibility',
  'color-scheme',
  'd',
];

/** Page file in dist/ → the stylesheets it linked before pruning. */
const originals = (): Record<string, string[]> =>
  JSON.parse(readFileSync(path.join(PROJECT, 'node_modules', '.astro', PAGE_CSS_RECORD), 'utf8')) as Record<
    string,
    string[]
  >;

/**
 * Notes every element's computed style, puts the whole stylesheets in place of the pruned one, and
 * returns the elements whose style changed (at most a few, with the first properties that differ).
 */
async function differences(page: Page, whole: string[]): Promise<string[]> {
  return page.evaluate(
    async ([hrefs, properties]) => {
      const styleOf = (element: Element, pseudo?: string) => {
        const style = getComputedStyle(element, pseudo);
        // A pseudo-element with no content is not drawn: its `content` alone says so.
        if (pseudo && pseudo !== '::marker' && style.content === 'none') return ['content:none'];
        return properties.map((name) => `${name}:${style.getPropertyValue(name)}`);
      };
      const parts = ['', '::before', '::after', '::marker'];
      const elements = [document.documentElement, document.body, ...document.body.querySelectorAll('*')];
      // Where each element is drawn, and how big, catches any change of layout the properties miss.
      const box = (element: Element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return [`box:${[x, y, width, height].map((value) => value.toFixed(1)).join(',')}`];
      };
      const snapshot = () =>
        elements.map((element) => [
          [...box(element), ...styleOf(element)],
          ...parts.slice(1).map((pseudo) => styleOf(element, pseudo)),
        ]);
      const pruned = snapshot();
      const link = document.querySelector('link[rel="stylesheet"][href*="/_astro/page."]');
      if (!link) return ['no pruned stylesheet on the page'];
      await Promise.all(
        hrefs.map(
          (href) =>
            new Promise((resolve, reject) => {
              const sheet = document.createElement('link');
              sheet.rel = 'stylesheet';
              sheet.href = href;
              sheet.onload = resolve;
              sheet.onerror = () => reject(new Error(`${href} did not load`));
              link.before(sheet);
            }),
        ),
      );
      link.remove();
      const whole = snapshot();
      const changed: string[] = [];
      elements.forEach((element, index) => {
        parts.forEach((pseudo, part) => {
          const before = pruned[index]?.[part] ?? [];
          const after = whole[index]?.[part] ?? [];
          const differing = after.filter((value, at) => before[at] !== value).slice(0, 3);
          if (differing.length > 0 || before.length !== after.length) {
            const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
            changed.push(`${name}${pseudo}: whole CSS gives ${differing.join('; ')}`);
          }
        });
      });
      return changed.slice(0, 5);
    },
    [whole, PROPERTIES] as const,
  );
}

for (const viewport of [PHONE, LAPTOP]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('every page looks the same with its pruned CSS as with the whole stylesheets', async ({ page }) => {
      test.setTimeout(180_000);
      const record = originals();
      const problems = new Problems();
      for (const { address, file } of pagesToVisit()) {
        const whole = record[file];
        if (!whole) {
          problems.add(address, 'has no record of the stylesheets it linked (was the site built?)');
          continue;
        }
        await page.goto(address);
        for (const difference of await differences(page, whole)) problems.add(address, difference);
      }
      expect(problems.list, problems.toString()).toEqual([]);
    });
  });
}

// In every edition: its own search dialog and Menu, found by its own words.
for (const { lang } of EDITIONS) {
  const UI = uiOf(lang);
  const home = pathsOf(lang).home;

  test.describe(`${lang}: once the reader acts`, () => {
    test.use({ viewport: PHONE });

    test('the search dialog with results looks the same with the pruned CSS', async ({ page }) => {
      const { address, section } = exampleGuide(lang);
      const whole = originals()[`${address.slice(1)}index.html`] ?? [];
      await page.goto(address);
      await page.locator('header').getByRole('button', { name: UI.header.search }).click();
      const dialog = page.getByRole('dialog', { name: UI.search.title });
      await typeQuery(dialog.locator('[data-search-panel]'), section.heading);
      await expect(dialog.locator('a[href]').first()).toBeVisible();
      expect(await differences(page, whole)).toEqual([]);
    });

    test('the open Menu looks the same with the pruned CSS', async ({ page }) => {
      const whole = originals()[`${home.slice(1)}index.html`] ?? [];
      await page.goto(home);
      await page.locator('.site-menu > summary').click();
      await expect(page.locator('.site-menu')).toHaveAttribute('open', '');
      expect(await differences(page, whole)).toEqual([]);
    });
  });
}
