import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { crisisWays, wayLabel } from '../../src/lib/crisis-ways';
import { editionEntries } from '../support/edition-entries';
import { EDITIONS, clinicOf, pathsOf, uiOf } from '../support/editions';
import { exampleGuide } from '../support/example-pages';
import { DIST } from '../support/paths';
import { sitePages } from '../support/site-pages';

// A guide and a crisis line of the content under test, in each language, so these hold for any practice.
for (const { lang } of EDITIONS) {
  const UI = uiOf(lang);
  const emergency = clinicOf(lang).crisisLines.find((line) => line.call !== undefined);
  const callButton = emergency ? crisisWays(emergency).find((way) => way.kind === 'call') : undefined;
  const exampleGuideOf = () => exampleGuide(lang);

  test.describe(`${lang}: every reader can get around`, () => {
    test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
      await page.goto(exampleGuideOf().address);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: UI.page.skipLink });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
    });

    test('"Get help now" takes the reader straight to the crisis lines', async ({ page }) => {
      await page.goto(exampleGuideOf().address);
      await page.getByRole('link', { name: UI.header.getHelp }).click();
      await expect(page).toHaveURL(/#get-help$/);
      const help = page.locator('#get-help');
      await expect(help).toBeInViewport();
      expect(callButton, 'the settings have a line to call').toBeDefined();
      await expect(
        help
          .getByRole('link', { name: wayLabel(callButton ?? { kind: 'call', href: '', number: '' }, UI.help) })
          .first(),
      ).toBeVisible();
    });

    test('a section anchor opens that section', async ({ page }) => {
      const { address, section } = exampleGuideOf();
      await page.goto(`${address}#${section.id}`);
      await expect(page.getByRole('heading', { name: section.heading, exact: true })).toBeInViewport();
    });
  });

  test.describe(`${lang}: without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('a guide shows its heading, its text and the crisis link', async ({ page }) => {
      const guide = exampleGuideOf();
      await page.goto(guide.address);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
      await expect(page.locator('.prose-page > p').first()).toHaveText(guide.firstParagraph);
      await expect(page.locator('.prose-page > p').first()).toBeVisible();
      await expect(page.getByRole('link', { name: UI.header.getHelp })).toBeVisible();
    });
  });

  test.describe(`${lang}: narrow screens`, () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('the home page does not scroll sideways at 320 px', async ({ page }) => {
      await page.goto(pathsOf(lang).home);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
    });
  });
}

test.describe('the language switch', () => {
  const [root, ...others] = EDITIONS;
  for (const other of others) {
    const rootGuides = root ? editionEntries('guides', root.lang) : [];
    const translations = editionEntries('guides', other.lang);
    const translated = translations.find((entry) => rootGuides.some((guide) => guide.slug === entry.original));
    /**
     * A page of the root edition with no version in this language: it has the switch, and its built
     * page names no alternate in this language.
     */
    const untranslated = () =>
      sitePages().find((candidate) => {
        if (candidate.lang !== root?.lang) return false;
        const html = readFileSync(path.join(DIST, candidate.file), 'utf8');
        return (
          html.includes('class="language-switch') && !html.includes(`<link rel="alternate" hreflang="${other.locale}"`)
        );
      });

    test(`on a ${root?.lang} guide goes to its ${other.lang} translation, and back`, async ({ page }) => {
      test.skip(!root || !translated, `no ${other.lang} guide translates a ${root?.lang} one`);
      const original = root ? pathsOf(root.lang).guide(translated?.original ?? '') : '';
      await page.goto(original);
      await page
        .getByRole('navigation', { name: root ? uiOf(root.lang).language.switchLabel : '' })
        .getByRole('link', { name: uiOf(other.lang).language.name, exact: true })
        .click();
      await expect(page).toHaveURL((url) => url.pathname === translated?.address);
      await expect(page.locator('html')).toHaveAttribute('lang', other.locale);
      await expect(page.locator('.language-note')).toHaveCount(0);
      await page
        .getByRole('navigation', { name: uiOf(other.lang).language.switchLabel })
        .getByRole('link', { name: root ? uiOf(root.lang).language.name : '', exact: true })
        .click();
      await expect(page).toHaveURL((url) => url.pathname === original);
      await expect(page.locator('html')).toHaveAttribute('lang', root?.locale ?? '');
    });

    test(`on a page with no ${other.lang} version goes to the ${other.lang} home, saying so in ${other.lang}`, async ({
      page,
    }) => {
      const address = untranslated()?.address;
      test.skip(address === undefined, `every ${root?.lang} page has a ${other.lang} version`);
      await page.goto(address ?? '/');
      const item = page
        .getByRole('navigation', { name: root ? uiOf(root.lang).language.switchLabel : '' })
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: uiOf(other.lang).language.name, exact: true }) });
      await expect(item).toHaveAttribute('lang', other.locale);
      await expect(item).toContainText(uiOf(other.lang).language.notTranslated);
      await item.getByRole('link').click();
      await expect(page).toHaveURL((url) => url.pathname === pathsOf(other.lang).home);
      await expect(page.locator('html')).toHaveAttribute('lang', other.locale);
    });
  }
});
