import { expect, test } from '@playwright/test';
import { UI } from '../support/ui';
import { readableNumber } from '../../src/lib/phone';
import { readClinic } from '../support/clinic';
import { exampleGuide } from '../support/example-pages';

// A guide and a crisis line of the content under test, so these hold for any practice.
const emergency = readClinic().crisisLines.find((line) => line.call !== undefined);

test.describe('every reader can get around', () => {
  test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
    await page.goto(exampleGuide().address);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: UI.page.skipLink });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('"Get help now" takes the reader straight to the crisis lines', async ({ page }) => {
    await page.goto(exampleGuide().address);
    await page.getByRole('link', { name: UI.header.getHelp }).click();
    await expect(page).toHaveURL(/#get-help$/);
    const help = page.locator('#get-help');
    await expect(help).toBeInViewport();
    await expect(
      help.getByRole('link', { name: `Call ${readableNumber(emergency?.call ?? '')}` }).first(),
    ).toBeVisible();
  });

  test('a section anchor opens that section', async ({ page }) => {
    const { address, section } = exampleGuide();
    await page.goto(`${address}#${section.id}`);
    await expect(page.getByRole('heading', { name: section.heading, exact: true })).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide shows its heading, its text and the crisis link', async ({ page }) => {
    const guide = exampleGuide();
    await page.goto(guide.address);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(guide.title);
    await expect(page.locator('.prose-page > p').first()).toHaveText(guide.firstParagraph);
    await expect(page.locator('.prose-page > p').first()).toBeVisible();
    await expect(page.getByRole('link', { name: UI.header.getHelp })).toBeVisible();
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the home page does not scroll sideways at 320 px', async ({ page }) => {
    await page.goto('/');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
});
