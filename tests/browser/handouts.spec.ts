/** Handouts on paper: at most two sides of Letter and of A4, with no navigation or buttons. */
import { expect, test } from '@playwright/test';
import { editionEntries } from '../support/edition-entries';
import { EDITIONS, pathsOf, uiOf } from '../support/editions';
import { MAX_SIDES, PAPER_INFO } from '../../src/lib/handouts';
import { countPdfPages } from '../../src/integrations/shared/pdf-pages';
import type { PaperSize } from '../../src/schemas/names';

// Every edition's handouts, each with its own words.
for (const { lang } of EDITIONS) {
  const UI = uiOf(lang);
  const paths = pathsOf(lang);
  const handouts = editionEntries<{
    title: string;
    paper: PaperSize[];
  }>('handouts', lang);
  /** A handout of the content under test, for the checks that need one. */
  const anyHandout = handouts[0]?.address ?? paths.handout('no-handout-in-content');

  for (const handout of handouts) {
    test.describe(handout.address, () => {
      for (const paper of handout.data.paper) {
        test(`prints on at most ${MAX_SIDES} sides of ${PAPER_INFO[paper].label}`, async ({ page }) => {
          await page.goto(handout.address);
          await page.emulateMedia({ media: 'print' });
          const pdf = await page.pdf({ format: PAPER_INFO[paper].format });
          const sides = countPdfPages(pdf);
          expect(sides).toBeGreaterThanOrEqual(1);
          expect(sides).toBeLessThanOrEqual(MAX_SIDES);
        });
      }

      test('on paper: the sheet, with no navigation, site header or buttons', async ({ page }) => {
        await page.goto(handout.address);
        await page.emulateMedia({ media: 'print' });
        await expect(page.getByRole('heading', { level: 1, name: handout.data.title })).toBeVisible();
        await expect(page.locator('.handout-qr svg')).toBeVisible();
        await expect(page.locator('.handout-crisis')).toBeVisible();
        await expect(page.getByRole('navigation')).toHaveCount(0);
        await expect(page.locator('body > header')).toBeHidden();
        await expect(page.getByRole('button')).toHaveCount(0);
        await expect(page.getByRole('link', { name: UI.handout.download })).toHaveCount(0);
        await expect(page.locator('a[href$=".pdf"]:visible')).toHaveCount(0);
        const colour = await page.locator('.handout-body').evaluate((element) => getComputedStyle(element).color);
        expect(colour).toBe('rgb(0, 0, 0)');
      });
    });
  }

  test.describe(`${lang}: the Print button`, () => {
    test('opens the print dialog', async ({ page }) => {
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await page.goto(anyHandout);
      const button = page.getByRole('button', { name: UI.handout.print });
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });
      test('is not shown, and the handout still reads', async ({ page }) => {
        await page.goto(anyHandout);
        await expect(page.getByRole('button', { name: UI.handout.print })).toHaveCount(0);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
    });
  });

  test.describe(`${lang}: at 320 px wide`, () => {
    test.use({ viewport: { width: 320, height: 640 } });
    for (const address of [paths.handouts, anyHandout, paths.clinicians]) {
      test(`${address} does not scroll sideways`, async ({ page }) => {
        await page.goto(address);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      });
    }
  });
}
