/**
 * The session plan's text limits in a real browser: a count near each box's limit, said to screen
 * readers once typing pauses; a paste that does not all fit keeps what fits and says so; neither prints.
 */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { PLAN_LIMITS, PLAN_TEXT_MAX } from '../../src/features/tools/plan';
import { axeFindingsIn } from '../support/axe';
import { test } from '../support/browser';
import { EDITIONS, pathsOf } from '../support/editions';
import { escapeRegExp } from '../support/regexp';
import { toolSays } from '../support/ui';
import { planWords } from '../support/words';

/** The page's polite live region for short messages (src/scripts/announce.ts); it is visually hidden. */
const spoken = (page: Page) => page.locator('body > p.sr-only[role="status"]');

// Every edition's plan, with its own words (content/plan/<lang>.yaml, content/ui/<lang>.yaml).
for (const { lang } of EDITIONS) {
  const PLAN_SAYS = toolSays('plan', lang);

  /** The plan's words, from content/plan/, to find its controls by. */
  const PLAN_WORDS = planWords(lang);

  const PLAN = pathsOf(lang).plan;

  const talkAbout = (page: Page) => page.getByRole('textbox', { name: PLAN_WORDS.field('talkAbout') });
  const phone = (page: Page) => page.getByRole('textbox', { name: PLAN_WORDS.field('ridePhone') });
  /** Lets the page write to the clipboard, so a test can paste as a reader does. */
  async function allowClipboard({ context, baseURL }: { context: BrowserContext; baseURL: string | undefined }) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
  }

  /** Puts `text` on the clipboard and pastes it with the keyboard: a real paste, through the browser's own editing. */
  async function paste(page: Page, text: string) {
    await page.evaluate((text) => navigator.clipboard.writeText(text), text);
    await page.keyboard.press('ControlOrMeta+V');
  }

  /** Records every text the live region is given, to count what a screen reader would hear. */
  async function recordSpoken(page: Page) {
    await page.evaluate(() => {
      const heard: string[] = [];
      Object.assign(window, { hsHeard: heard });
      new MutationObserver(() => {
        const text = document.querySelector('body > p.sr-only[role="status"]')?.textContent ?? '';
        if (text) heard.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    return () => page.evaluate(() => (window as unknown as { hsHeard: string[] }).hsHeard);
  }

  test.describe(`${lang}: the count near a box’s limit`, () => {
    test('appears at three quarters of the limit and counts down, in the box’s description', async ({ page }) => {
      await page.goto(PLAN);
      const count = page.locator('#talkAbout-count');
      await talkAbout(page).fill('x'.repeat(749));
      await expect(count).toBeHidden();
      await expect(talkAbout(page)).toHaveAccessibleDescription('');
      await talkAbout(page).press('x');
      await expect(count).toBeVisible();
      await expect(count).toHaveText(PLAN_SAYS.charactersLeft(250));
      await expect(talkAbout(page)).toHaveAccessibleDescription(PLAN_SAYS.charactersLeft(250));
      await talkAbout(page).fill('x'.repeat(PLAN_TEXT_MAX - 1));
      await expect(count).toHaveText(PLAN_SAYS.charactersLeft(1));
      // The box's own limit stops the next key.
      await talkAbout(page).press('End');
      await talkAbout(page).pressSequentially('yz');
      await expect(talkAbout(page)).toHaveValue(`${'x'.repeat(PLAN_TEXT_MAX - 1)}y`);
      await expect(count).toHaveText(PLAN_SAYS.charactersLeft(0));
    });

    test('works for the short boxes too, with their own limit', async ({ page }) => {
      await page.goto(PLAN);
      await phone(page).fill('5'.repeat(PLAN_LIMITS.ridePhone - 10));
      await expect(page.locator('#ridePhone-count')).toHaveText(PLAN_SAYS.charactersLeft(10));
      await expect(phone(page)).toHaveAttribute('maxlength', String(PLAN_LIMITS.ridePhone));
    });

    test('works for the touch agreement’s own words, with their own limit', async ({ page }) => {
      await page.goto(PLAN);
      const words = page.getByRole('textbox', { name: PLAN_WORDS.field('touchOwnWords') });
      await expect(words).toHaveAttribute('maxlength', String(PLAN_LIMITS.touchOwnWords));
      await words.fill('x'.repeat(PLAN_LIMITS.touchOwnWords - 20));
      await expect(page.locator('#touchOwnWords-count')).toHaveText(PLAN_SAYS.charactersLeft(20));
      await expect(words).toHaveAccessibleDescription(PLAN_SAYS.charactersLeft(20));
    });

    test('is said to screen readers once typing pauses, not on every key', async ({ page }) => {
      await page.goto(PLAN);
      const heard = await recordSpoken(page);
      // Below the threshold nothing is counted, so no pause before typing can make it speak.
      await talkAbout(page).fill('x'.repeat(740));
      // Sixteen keys, the last ten past the threshold, each count shown as it is typed.
      await talkAbout(page).pressSequentially('abcdefghijklmnop', { delay: 50 });
      await expect(page.locator('#talkAbout-count')).toHaveText(PLAN_SAYS.charactersLeft(244));
      await expect(spoken(page)).toHaveText(PLAN_SAYS.charactersLeft(244));
      // Said once, after the pause: not "250", "249" and so on as each key went in.
      expect(await heard()).toEqual([PLAN_SAYS.charactersLeft(244)]);
    });

    test('comes back with the stored answer after a reload', async ({ page }) => {
      await page.goto(PLAN);
      await talkAbout(page).fill('x'.repeat(900));
      await talkAbout(page).press('Tab');
      await page.reload();
      await expect(page.locator('#talkAbout-count')).toHaveText(PLAN_SAYS.charactersLeft(100));
    });
  });

  test.describe(`${lang}: a paste that does not all fit`, () => {
    test.beforeEach(allowClipboard);

    test('keeps what fits and says so beside the box, and to screen readers', async ({ page }) => {
      await page.goto(PLAN);
      await talkAbout(page).fill('x'.repeat(688));
      await talkAbout(page).press('End');
      await paste(page, 'y'.repeat(400));
      await expect(talkAbout(page)).toHaveValue(`${'x'.repeat(688)}${'y'.repeat(312)}`);
      const notice = PLAN_SAYS.pasteCut(312, 1000);
      await expect(page.locator('#talkAbout-note')).toHaveText(notice);
      await expect(page.locator('#talkAbout-note')).toBeVisible();
      await expect(talkAbout(page)).toHaveAccessibleDescription(new RegExp(escapeRegExp(notice)));
      await expect(spoken(page)).toHaveText(notice);
      // Typing again in the box puts the notice away.
      await talkAbout(page).press('Backspace');
      await expect(page.locator('#talkAbout-note')).toBeHidden();
    });

    test('counts the selected text it replaces as room', async ({ page }) => {
      await page.goto(PLAN);
      await phone(page).fill('5'.repeat(PLAN_LIMITS.ridePhone));
      await phone(page).selectText();
      await paste(page, '(555) 010-0199');
      await expect(phone(page)).toHaveValue('(555) 010-0199');
      await expect(page.locator('#ridePhone-note')).toBeHidden();
      await phone(page).press('End');
      await paste(page, '9'.repeat(40));
      await expect(page.locator('#ridePhone-note')).toHaveText(PLAN_SAYS.pasteCut(26, 40));
    });

    test('a paste that fits says nothing', async ({ page }) => {
      await page.goto(PLAN);
      await talkAbout(page).focus();
      await paste(page, 'My grandmother.');
      await expect(talkAbout(page)).toHaveValue('My grandmother.');
      await page.waitForTimeout(200);
      await expect(page.locator('#talkAbout-note')).toBeHidden();
    });

    test('the count and the notice do not print', async ({ page }) => {
      await page.goto(PLAN);
      await talkAbout(page).fill('x'.repeat(990));
      await talkAbout(page).press('End');
      await paste(page, 'y'.repeat(20));
      await expect(page.locator('#talkAbout-note')).toBeVisible();
      await expect(page.locator('#talkAbout-count')).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('#talkAbout-note')).toBeHidden();
      await expect(page.locator('#talkAbout-count')).toBeHidden();
      await expect(talkAbout(page)).toBeVisible();
    });
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${lang}: ${colorScheme}, 320 px`, () => {
      test.use({ colorScheme, viewport: { width: 320, height: 700 } });
      test.beforeEach(allowClipboard);

      // The site-wide axe gate sees the form as it loads, with every count and notice hidden.
      test('with a count and a notice showing, axe finds nothing and nothing scrolls sideways', async ({ page }) => {
        await page.goto(PLAN);
        await talkAbout(page).fill('x'.repeat(990));
        await talkAbout(page).press('End');
        await paste(page, 'y'.repeat(20));
        await expect(page.locator('#talkAbout-note')).toBeVisible();
        await expect(page.locator('#talkAbout-count')).toBeVisible();
        expect(await axeFindingsIn(page, 'form[data-plan]')).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      });
    });
  }

  test.describe(`${lang}: without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('each box still stops at its limit, with no count or notice on the page', async ({ page }) => {
      await page.goto(PLAN);
      await expect(talkAbout(page)).toHaveAttribute('maxlength', String(PLAN_LIMITS.talkAbout));
      await talkAbout(page).fill('x'.repeat(900));
      await expect(page.locator('#talkAbout-count')).toBeHidden();
      await expect(page.locator('.field-note:visible, .field-count:visible')).toHaveCount(0);
    });
  });
}
