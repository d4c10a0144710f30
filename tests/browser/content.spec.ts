import { expect, test } from '@playwright/test';
import { guideWith } from '../support/example-pages';
import { IS_SAMPLE, SAMPLE_ONLY_REASON } from '../support/sample';
import { UI } from '../support/ui';

test.describe('guides link to exactly where the answer is', () => {
  test('an answer on the questions page opens the right section of the full guide', async ({ page }) => {
    test.skip(!IS_SAMPLE, SAMPLE_ONLY_REASON);
    await page.goto('/guides/questions/');
    await page.getByRole('link', { name: 'Read about silence, with someone there' }).click();
    await expect(page).toHaveURL(/\/guides\/ways-your-session-can-go\/#silence-with-someone-there$/);
    await expect(page.getByRole('heading', { level: 2, name: UI.sessionWays.silence })).toBeInViewport();
  });

  test('a glossary word opens its definition, by keyboard', async ({ page }) => {
    const guide = guideWith('a.term');
    test.skip(guide === undefined, 'no guide links a word to the glossary');
    await page.goto(guide ?? '/');
    const term = page.locator('main a.term').first();
    const id = (await term.getAttribute('href'))?.split('#')[1] ?? '';
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/guides/glossary/#${id}$`));
    await expect(page.locator(`dt[id="${id}"]`)).toBeInViewport();
    await expect(page.locator(`dt[id="${id}"] + dd`)).not.toBeEmpty();
  });
});

test.describe('a timeline', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('fits a 320 px screen without scrolling sideways', async ({ page }) => {
    const guide = guideWith('ol.timeline');
    test.skip(guide === undefined, 'no guide has a <Timeline>');
    await page.goto(guide ?? '/');
    await expect(page.locator('ol.timeline').first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
});
