import { expect, test } from '@playwright/test';
import { UI } from '../support/ui';

test.describe('every reader can get around', () => {
  test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
    await page.goto('/guides/your-choice/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: UI.page.skipLink });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('"Get help now" takes the reader straight to the crisis lines', async ({ page }) => {
    await page.goto('/guides/what-is-kat/');
    await page.getByRole('link', { name: UI.header.getHelp }).click();
    await expect(page).toHaveURL(/#get-help$/);
    const help = page.locator('#get-help');
    await expect(help).toBeInViewport();
    await expect(help.getByRole('link', { name: /^Call 988/ })).toBeVisible();
  });

  test('a section anchor opens that section', async ({ page }) => {
    await page.goto('/guides/your-choice/#you-can-end-a-session-at-any-time');
    await expect(page.getByRole('heading', { name: 'You can end a session at any time' })).toBeInViewport();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a guide shows its heading, its text and the crisis link', async ({ page }) => {
    await page.goto('/guides/your-choice/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your choice: voluntary care and consent');
    await expect(page.getByText('You are free to end a KAT session at any time.')).toBeVisible();
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
