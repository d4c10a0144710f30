/**
 * The crisis lines as a reader in trouble meets them, from the settings under test: buttons big
 * enough to tap that show their numbers, columns that stack before they crush the words at 200% text,
 * and on paper the numbers themselves, never web addresses.
 */
import { expect } from '@playwright/test';
import { test } from '../support/browser';
import { GET_HELP_ID } from '../../src/lib/constants';
import { crisisWays, wayLabel, wayPhrases } from '../../src/lib/crisis-ways';
import { CRISIS_TIERS } from '../../src/schemas/names';
import { editionEntries } from '../support/edition-entries';
import { EDITIONS, clinicOf, uiOf } from '../support/editions';
import { exampleGuide as exampleGuideIn } from '../support/example-pages';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** WCAG 2.5.5's target size, which the buttons meet on a phone. */
const TARGET = 44;

// Each edition's pages with its own crisis lines and words.
for (const { lang } of EDITIONS) {
  const UI = uiOf(lang);
  const clinic = clinicOf(lang);
  const exampleGuide = () => exampleGuideIn(lang);
  const lines = CRISIS_TIERS.flatMap((tier) => clinic.crisisLines.filter((line) => line.tier === tier));
  const labels = lines.flatMap((line) => crisisWays(line).map((way) => wayLabel(way, UI.help)));
  const numbers = [...new Set(lines.flatMap((line) => crisisWays(line).map((way) => way.number)))];
  const handout = editionEntries('handouts', lang)[0];

  test.describe(`${lang}: on a phone`, () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('every call and text control is at least 44 × 44 px and shows its number', async ({ page }) => {
      await page.goto(exampleGuide().address);
      const buttons = page.locator(`#${GET_HELP_ID} .crisis-button`);
      await expect(buttons).toHaveCount(labels.length);
      for (const [index, label] of labels.entries()) {
        const button = buttons.nth(index);
        await button.scrollIntoViewIfNeeded();
        expect(squash(await button.innerText())).toBe(label);
        const box = await button.boundingBox();
        expect(box?.width ?? 0, label).toBeGreaterThanOrEqual(TARGET);
        expect(box?.height ?? 0, label).toBeGreaterThanOrEqual(TARGET);
      }
      for (const number of numbers) await expect(buttons.filter({ hasText: number }).first()).toBeVisible();
    });
  });

  test.describe(`${lang}: at 200% text in a 640 px window`, () => {
    test.use({ viewport: { width: 640, height: 900 } });

    test('the crisis block scrolls nowhere sideways and crushes no words', async ({ page }) => {
      await page.goto(exampleGuide().address);
      // Text-only zoom: the reader's default font size doubled, as a browser's text size setting does.
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const block = page.locator(`#${GET_HELP_ID}`);
      await block.scrollIntoViewIfNeeded();
      const found = await block.evaluate((root) => {
        const narrow: string[] = [];
        for (const element of root.querySelectorAll('h2, h3, p, a')) {
          const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
          const { width, height } = element.getBoundingClientRect();
          const style = getComputedStyle(element);
          // About 8 characters: an average character is about half the font size wide.
          if (text.length >= 8 && width < 8 * 0.5 * parseFloat(style.fontSize))
            narrow.push(`${text}: ${Math.round(width)} px wide`);
          // A column crushed to a word or so a line (the three columns this block once had).
          const words = text.split(' ').length;
          const rows = Math.round(height / parseFloat(style.lineHeight));
          if (element.matches('h2, h3, p:not(.crisis-ways)') && words >= 4 && words / rows < 2)
            narrow.push(`${text}: ${rows} lines`);
        }
        return { narrow, scroll: document.documentElement.scrollWidth, overflow: root.scrollWidth - root.clientWidth };
      });
      expect(found.narrow).toEqual([]);
      expect(found.overflow).toBeLessThanOrEqual(0);
      expect(found.scroll).toBeLessThanOrEqual(640);
    });
  });

  test.describe(`${lang}: on paper`, () => {
    test('a guide’s footer is one line with the clinic’s phone and each crisis number', async ({ page }) => {
      await page.goto(exampleGuide().address);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator(`#${GET_HELP_ID}`)).toBeHidden();
      const footer = squash(await page.locator('body > footer').innerText());
      expect(footer).toContain(clinic.phone.display);
      for (const line of lines) {
        expect(footer).toContain(line.name);
        for (const phrase of wayPhrases(line, UI.help)) expect(footer).toContain(phrase);
      }
      expect(footer).not.toContain('http');
      // Nothing else of the footer on paper: its headings and contact block are for the screen.
      for (const heading of await page.locator('body > footer h2').all()) await expect(heading).toBeHidden();
    });

    test('a handout’s crisis box prints the numbers, each on one line, and no web address', async ({ page }) => {
      test.skip(!handout, 'the content has no handout');
      await page.goto(handout?.address ?? '/');
      await page.emulateMedia({ media: 'print' });
      const box = page.locator('.handout-crisis');
      const text = squash(await box.innerText());
      expect(text).not.toMatch(/https?:|www\./);
      // Nor as an address printed after a link (print.css does that for web links): only numbers here.
      const printed = await box
        .locator('a')
        .evaluateAll((links) =>
          links
            .filter((link) => link.checkVisibility())
            .map((link) => `${link.getAttribute('href') ?? ''} ${getComputedStyle(link, '::after').content}`),
        );
      for (const link of printed) expect(link).toMatch(/^(tel|sms):\S* (none|normal)$/);
      for (const label of labels) expect(text).toContain(label);
      // A number broken across two lines is easy to misdial: each button's words sit on one line.
      const broken = await box
        .locator('.crisis-button')
        .evaluateAll((buttons) =>
          buttons.filter((button) => button.getClientRects().length > 1).map((button) => button.textContent),
        );
      expect(broken).toEqual([]);
    });
  });
}
