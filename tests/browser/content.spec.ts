import { expect, test } from '@playwright/test';

test.describe('guides link to exactly where the answer is', () => {
  test('an answer on the questions page opens the right section of the full guide', async ({ page }) => {
    await page.goto('/guides/questions/');
    await page.getByRole('link', { name: 'Read about silence, with someone there' }).click();
    await expect(page).toHaveURL(/\/guides\/ways-your-session-can-go\/#silence-with-someone-there$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Silence, with someone there' })).toBeInViewport();
  });

  test('a glossary word opens its definition, by keyboard', async ({ page }) => {
    await page.goto('/guides/safety/');
    const term = page.getByRole('link', { name: 'dissociation', exact: true });
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/guides\/glossary\/#dissociation$/);
    await expect(page.locator('dt#dissociation')).toBeInViewport();
    await expect(page.locator('dt#dissociation + dd')).toContainText('Feeling detached');
  });
});

test.describe('the session day', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the timeline fits a 320 px screen without scrolling sideways', async ({ page }) => {
    await page.goto('/guides/session-day/');
    await expect(page.getByRole('list', { name: 'Your session day' })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
});
