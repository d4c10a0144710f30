/**
 * The measurable parts of the design: a compact header that stays within reach on a phone, help that
 * lands at once, the navigation behind a Menu that works without JavaScript, comfortable line length,
 * the contents beside a guide on a wide screen, controls that look enabled in dark mode, and even cards
 * on the home page. The pages are picked from the built site, so these hold for any practice's content.
 */
import { expect, test, type Page } from '@playwright/test';
import { EDITIONS, pathsOf, uiOf } from '../support/editions';
import { exampleGuide, guideWith } from '../support/example-pages';
import { contrast } from '../../src/lib/theme';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
/** A phone header is one row of 45px controls and its padding: anything taller has wrapped. */
const PHONE_HEADER_MAX = 80;

// Every edition, each with its own words and addresses.
for (const { lang } of EDITIONS) {
  const UI = uiOf(lang);
  const { checklist: CHECKLIST_PATH, guides: GUIDES_PATH, plan: PLAN_PATH, home: HOME_PATH } = pathsOf(lang);

  /** The longest guide page, where losing the header or the help link would hurt most. */
  const longGuide = () => guideWith('.toc', lang) ?? exampleGuide(lang).address;

  const menuButton = (page: Page) => page.locator('header summary', { hasText: UI.header.menu });
  const navigation = (page: Page) => page.getByRole('navigation', { name: UI.header.navLabel });

  test.describe(`${lang}: on a phone`, () => {
    test.use({ viewport: PHONE });

    test('the header is one compact row: the mark, Search, Get help now and Menu', async ({ page }) => {
      await page.goto(longGuide());
      const header = await page.locator('body > header').boundingBox();
      expect(header?.height).toBeLessThanOrEqual(PHONE_HEADER_MAX);
      const controls = [
        page.locator('header').getByRole('button', { name: UI.header.search }),
        page.locator('header').getByRole('link', { name: UI.header.getHelp }),
        menuButton(page),
      ];
      const tops = await Promise.all(controls.map(async (control) => (await control.boundingBox())?.y));
      expect(new Set(tops).size, `controls on one row: ${tops.join(', ')}`).toBe(1);
      await expect(navigation(page)).toBeHidden();
    });

    test('halfway down a long page "Get help now" is still on screen, and lands on the crisis lines at once', async ({
      page,
    }) => {
      await page.goto(longGuide());
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      const help = page.locator('header').getByRole('link', { name: UI.header.getHelp });
      await expect(help).toBeInViewport();
      // Read where the crisis lines are in the same task as the click: no smooth scrolling may be needed.
      const landed = await page.evaluate(() => {
        document.querySelector<HTMLAnchorElement>('header .help-link')?.click();
        const target = document.getElementById(location.hash.slice(1));
        const header = document.querySelector('body > header')?.getBoundingClientRect();
        return {
          top: target?.getBoundingClientRect().top ?? -1,
          headerBottom: header?.bottom ?? 0,
          height: innerHeight,
        };
      });
      expect(landed.top, 'the crisis lines start on screen at once').toBeGreaterThanOrEqual(0);
      expect(landed.top).toBeLessThan(landed.height);
      expect(landed.top, 'and below the header, not under it').toBeGreaterThanOrEqual(landed.headerBottom - 1);
    });

    test('Menu opens the navigation by keyboard, and its links are large targets', async ({ page }) => {
      await page.goto(longGuide());
      await menuButton(page).focus();
      await page.keyboard.press('Enter');
      await expect(navigation(page)).toBeVisible();
      const link = navigation(page).getByRole('link', { name: UI.header.allGuides });
      await expect(link).toBeInViewport();
      expect((await link.boundingBox())?.height).toBeGreaterThanOrEqual(44);
      await page.keyboard.press('Enter');
      await expect(navigation(page)).toBeHidden();
    });

    test('Escape closes the Menu and gives focus back to it; a link to a section of the same page closes it too', async ({
      page,
    }) => {
      await page.goto(GUIDES_PATH);
      await menuButton(page).click();
      await expect(navigation(page)).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(navigation(page)).toBeHidden();
      await expect(menuButton(page)).toBeFocused();
      await menuButton(page).click();
      const stage = navigation(page).locator(`a[href^="${GUIDES_PATH}#"]`).first();
      const id = ((await stage.getAttribute('href')) ?? '').split('#')[1] ?? '';
      await stage.click();
      await expect(navigation(page)).toBeHidden();
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });

    test('the unchecked boxes and round buttons of the tools look enabled in dark mode (3:1 edges)', async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      for (const address of [CHECKLIST_PATH, PLAN_PATH]) {
        await page.goto(address);
        const edges = await page.evaluate(boxEdges);
        expect(edges.length, `${address} has boxes to check`).toBeGreaterThan(0);
        for (const { edge, ground, what } of edges)
          expect(contrast(edge, ground), `${address}: ${what}`).toBeGreaterThanOrEqual(3);
      }
    });
  });

  test.describe(`${lang}: without JavaScript, on a phone`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled: false });

    test('Menu still opens the navigation', async ({ page }) => {
      await page.goto(longGuide());
      await expect(navigation(page)).toBeHidden();
      await menuButton(page).click();
      await expect(navigation(page).getByRole('link', { name: UI.header.allGuides })).toBeVisible();
    });
  });

  test.describe(`${lang}: on a laptop`, () => {
    test.use({ viewport: LAPTOP });

    test('the navigation shows in the header, without a Menu button', async ({ page }) => {
      await page.goto(longGuide());
      await expect(navigation(page).getByRole('link', { name: UI.header.allGuides })).toBeVisible();
      await expect(menuButton(page)).toBeHidden();
    });

    test("a guide's text keeps to about 75 characters a line, with its contents beside it, in view all the way down", async ({
      page,
    }) => {
      await page.goto(longGuide());
      const measure = await page.evaluate(() => {
        const paragraph = document.querySelector<HTMLElement>('.prose-page > p');
        if (!paragraph) return undefined;
        const probe = document.createElement('span');
        probe.style.cssText = 'display:inline-block;width:1ch';
        paragraph.append(probe);
        const perLine = paragraph.getBoundingClientRect().width / probe.getBoundingClientRect().width;
        probe.remove();
        return { perLine, text: paragraph.getBoundingClientRect() };
      });
      expect(measure?.perLine).toBeLessThanOrEqual(75);
      const toc = page.locator('.toc');
      const box = await toc.boundingBox();
      expect(box?.x, 'the contents sit to the right of the text').toBeGreaterThan(
        (measure?.text.x ?? 0) + (measure?.text.width ?? 0),
      );
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.6));
      await expect(toc).toBeInViewport();
    });

    test("the home page's ways in are cards of one height, each with guides to read", async ({ page }) => {
      await page.goto(HOME_PATH);
      const cards = page.locator('main section[aria-labelledby^="path-"]');
      const count = await cards.count();
      expect(count).toBeGreaterThan(0);
      const boxes = await Promise.all(
        Array.from(
          { length: count },
          async (_, index) => (await cards.nth(index).boundingBox()) ?? { y: 0, height: 0 },
        ),
      );
      for (const [index, box] of boxes.entries()) {
        await expect(cards.nth(index).getByRole('link').first()).toBeVisible();
        const rowMates = boxes.filter((other) => Math.abs(other.y - box.y) < 1);
        for (const mate of rowMates) expect(Math.abs(mate.height - box.height)).toBeLessThan(1);
      }
    });
  });
}

/** In the page: each unchecked checkbox's and radio's edge colour, and the colour behind it. */
function boxEdges(): { edge: string; ground: string; what: string }[] {
  const behind = (element: Element): string => {
    for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) return colour;
    }
    return 'rgb(255, 255, 255)';
  };
  return [...document.querySelectorAll<HTMLInputElement>('main input[type=checkbox], main input[type=radio]')]
    .filter((input) => !input.checked && input.getBoundingClientRect().width > 0)
    .slice(0, 6)
    .map((input) => ({
      edge: getComputedStyle(input).borderTopColor,
      ground: behind(input),
      what: `${input.type} ${input.name || input.id}`,
    }));
}
