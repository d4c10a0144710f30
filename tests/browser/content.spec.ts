import { expect, test } from '@playwright/test';
import { EDITIONS, editionOf, pathsOf, uiOf } from '../support/editions';
import { guideWith } from '../support/example-pages';
import { escapeRegExp } from '../support/regexp';
import { IS_SAMPLE, SAMPLE_ONLY_REASON } from '../support/sample';

const ROOT = EDITIONS[0]?.lang ?? '';

test.describe('guides link to exactly where the answer is', () => {
  test('an answer on the questions page opens the right section of the full guide', async ({ page }) => {
    test.skip(!IS_SAMPLE, SAMPLE_ONLY_REASON);
    const paths = pathsOf(ROOT);
    await page.goto(paths.guide('questions'));
    await page.getByRole('link', { name: 'Read about silence, with someone there' }).click();
    await expect(page).toHaveURL(
      new RegExp(`${escapeRegExp(paths.guide('ways-your-session-can-go'))}#silence-with-someone-there$`),
    );
    await expect(page.getByRole('heading', { level: 2, name: uiOf(ROOT).sessionWays.silence })).toBeInViewport();
  });

  for (const { lang } of EDITIONS) {
    test(`${lang}: a link to a section of another guide opens that section`, async ({ page }) => {
      const guides = pathsOf(lang).guides;
      const selector = `.prose-page a[href^="${guides}"][href*="#"]:not(.term)`;
      const guide = guideWith(selector, lang);
      test.skip(guide === undefined, `no ${lang} guide links to a section of another guide`);
      await page.goto(guide ?? '/');
      const link = page.locator(selector).first();
      const href = (await link.getAttribute('href')) ?? '';
      const id = decodeURIComponent(href.split('#')[1] ?? '');
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${escapeRegExp(href)}$`));
      await expect(page.locator(`[id="${id}"]`), `${guide}: ${href} leads to no heading`).toBeInViewport();
    });

    test(`${lang}: a glossary word opens its definition in the same language, by keyboard`, async ({ page }) => {
      const guide = guideWith('a.term', lang);
      test.skip(guide === undefined, `no ${lang} guide links a word to the glossary`);
      await page.goto(guide ?? '/');
      const term = page.locator('main a.term').first();
      const href = (await term.getAttribute('href')) ?? '';
      const [glossary = '', id = ''] = href.split('#');
      expect(glossary.startsWith(pathsOf(lang).guides), `${href} is a guide of the ${lang} edition`).toBe(true);
      await term.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${escapeRegExp(glossary)}#${escapeRegExp(id)}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', editionOf(lang).locale);
      await expect(page.locator(`dt[id="${id}"]`)).toBeInViewport();
      await expect(page.locator(`dt[id="${id}"] + dd`)).not.toBeEmpty();
    });
  }
});

for (const { lang } of EDITIONS) {
  test.describe(`${lang}: a timeline`, () => {
    test.use({ viewport: { width: 320, height: 640 } });

    test('fits a 320 px screen without scrolling sideways', async ({ page }) => {
      const guide = guideWith('ol.timeline', lang);
      test.skip(guide === undefined, `no ${lang} guide has a <Timeline>`);
      await page.goto(guide ?? '/');
      await expect(page.locator('ol.timeline').first()).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(320);
    });
  });
}
