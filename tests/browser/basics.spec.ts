import { expect, test } from '@playwright/test';
import { crisisWays, wayLabel } from '../../src/lib/crisis-ways';
import { EDITIONS, clinicOf, pathsOf, uiOf } from '../support/editions';
import { exampleGuide } from '../support/example-pages';

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
