/**
 * Sharing addresses. On guides, each section heading has one quiet "#" link: see-through at rest,
 * shown on hover and keyboard focus; a press goes to the section and, with JavaScript, copies its full
 * address and says so. On the page for clinicians, real Copy buttons for each message, address and
 * list of section links, with the long parts folded.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CLINICIAN_GUIDE_ROW, clinicianGuidesPage, exampleGuide } from '../support/example-pages';
import { escapeRegExp } from '../support/regexp';
import { EDITIONS, pathsOf, uiOf } from '../support/editions';

const opacity = (locator: Locator) => locator.evaluate((element) => Number(getComputedStyle(element).opacity));
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/**
 * An address as a browser writes it in full: a heading id with accents percent-encoded
 * (#para-qu%C3%A9-…), as the address bar shows it and the Copy buttons copy it.
 */
const full = (address: string, base: string | undefined) => new URL(address, base).href;
/** The end of the address bar's address at a section: its id as the browser encodes it. */
const atSection = (id: string) => new RegExp(`${escapeRegExp(new URL(`#${id}`, 'http://localhost/').hash)}$`);

// Every edition, with its own words, guides and page for clinicians.
for (const { lang } of EDITIONS) {
  const UI = uiOf(lang);
  const WORDS = UI.sharing;
  const CLINICIANS = pathsOf(lang).clinicians;

  // A guide and section of the content under test, read from the built site once it is built.
  let GUIDE = '';
  let SECTION = '';
  let HEADING = '';
  // The link is named by the shared words, then the heading: "Link to this section: <heading>".
  let LINK = /^$/;
  // The page with the clinicians' guide links: /for-clinicians/, or a stage's page when they are too many.
  let CLINICIAN_GUIDES = '';

  test.beforeAll(() => {
    CLINICIAN_GUIDES = clinicianGuidesPage(lang);
    const guide = exampleGuide(lang);
    GUIDE = guide.address;
    SECTION = guide.section.id;
    HEADING = guide.section.heading;
    LINK = new RegExp(`^${escapeRegExp(UI.page.sectionLink)}\\s*${escapeRegExp(HEADING)}$`);
  });

  test.describe(`${lang}: section links on a guide`, () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('at rest, no heading shows a control: each one link is see-through and there is no Copy link', async ({
      page,
    }) => {
      await page.goto(GUIDE);
      // The pointer away from the text, nothing focused.
      await page.mouse.move(0, 0);
      const wrappers = page.locator('.prose-page .heading-wrapper');
      const count = await wrappers.count();
      expect(count).toBeGreaterThan(0);
      for (let index = 0; index < count; index++) {
        const wrapper = wrappers.nth(index);
        await expect(wrapper.locator('a'), 'one link per heading').toHaveCount(1);
        await expect(wrapper.locator('button')).toHaveCount(0);
        await expect(wrapper).not.toContainText(WORDS.copyLink);
        expect(await opacity(wrapper.locator('a')), await wrapper.innerText()).toBe(0);
      }
    });

    test('shows the link when the pointer is over the heading', async ({ page }) => {
      await page.goto(GUIDE);
      const link = page.getByRole('link', { name: LINK });
      await page.locator(`#${SECTION}`).hover();
      await expect.poll(() => opacity(link)).toBe(1);
    });

    test('Tab reaches each heading link exactly once, and shows it with a focus ring', async ({ page }) => {
      await page.goto(GUIDE);
      const anchors = await page
        .locator('.prose-page .heading-anchor')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(anchors.length).toBeGreaterThan(0);
      const reached = new Map<string, number>();
      const checked = new Set<string>();
      // Enough presses to pass every control on the page once; stop when focus comes round again.
      const stops = await page.locator('a[href], button:not([hidden]), input, summary, [tabindex="0"]').count();
      for (let press = 0; press < stops + 5; press++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element?.classList.contains('heading-anchor')) return null;
          const style = getComputedStyle(element);
          return {
            href: element.getAttribute('href') ?? '',
            opacity: Number(style.opacity),
            outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
          };
        });
        if (!focused) continue;
        reached.set(focused.href, (reached.get(focused.href) ?? 0) + 1);
        if (checked.has(focused.href)) continue;
        checked.add(focused.href);
        expect(focused.opacity, `${focused.href} shown when focused`).toBe(1);
        expect(focused.outline, `${focused.href} has a focus ring`).toBeGreaterThanOrEqual(2);
      }
      for (const href of anchors) expect(reached.get(href ?? ''), `${href} reached once`).toBe(1);
    });

    test('a press goes to the section, copies its address and tells screen readers', async ({ page, baseURL }) => {
      await page.goto(GUIDE);
      await page.getByRole('link', { name: LINK }).click();
      await expect(page).toHaveURL((url) => url.href === full(`${GUIDE}#${SECTION}`, url.href));
      await expect.poll(() => clipboard(page)).toBe(full(`${GUIDE}#${SECTION}`, baseURL));
      await expect(page.getByRole('status')).toHaveText(WORDS.linkCopied);
    });

    test('works from the keyboard', async ({ page, baseURL }) => {
      await page.goto(GUIDE);
      const link = page.getByRole('link', { name: LINK });
      await link.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => clipboard(page)).toBe(full(`${GUIDE}#${SECTION}`, baseURL));
      await expect(page).toHaveURL(atSection(SECTION));
      await expect(page.getByRole('status')).toHaveText(WORDS.linkCopied);
    });

    test('fetches its code only when reached for, and the first press copies even while that code is on its way', async ({
      page,
      baseURL,
    }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      });
      // A slow network: the code arrives a second after the press.
      await page.route(/\/_astro\/sharing-[\w-]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.continue();
      });
      await page.goto(GUIDE);
      expect(scripts, 'fetched at load').toEqual([]);
      await page.getByRole('link', { name: LINK }).click();
      await expect.poll(() => scripts).toEqual([expect.stringMatching(/^\/_astro\/sharing-[\w-]+\.js$/)]);
      await expect.poll(() => clipboard(page)).toBe(full(`${GUIDE}#${SECTION}`, baseURL));
      await expect(page.getByRole('status')).toHaveText(WORDS.linkCopied);
    });
  });

  test(`${lang}: where the clipboard is refused, the link still goes to the section`, async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('refused')) },
      });
    });
    await page.goto(GUIDE);
    await page.getByRole('link', { name: LINK }).click();
    await expect(page).toHaveURL(atSection(SECTION));
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('textbox')).toHaveCount(0);
  });

  test.describe(`${lang}: the page for clinicians`, () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('its Copy buttons look like buttons: a border or fill unlike the page, an icon, a pointer', async ({
      page,
    }) => {
      await page.goto(CLINICIANS);
      const buttons = page.locator('button[data-enhance="copy-link"]');
      const count = await buttons.count();
      expect(count).toBeGreaterThan(0);
      const pageColour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      for (let index = 0; index < count; index++) {
        const button = buttons.nth(index);
        const look = await button.evaluate((element) => {
          const style = getComputedStyle(element);
          return {
            cursor: style.cursor,
            border: style.borderStyle === 'none' ? 0 : parseFloat(style.borderTopWidth),
            borderColour: style.borderTopColor,
            fill: style.backgroundColor,
            icon: element.querySelector('svg[aria-hidden="true"]') !== null,
            // Its least height, as buttons inside a closed fold have no size yet.
            height: parseFloat(style.minHeight),
          };
        });
        const name = (await button.getAttribute('aria-label')) ?? (await button.innerText());
        expect(look.cursor, name).toBe('pointer');
        expect(look.icon, name).toBe(true);
        expect(look.height, `${name}: a target of at least 24 px`).toBeGreaterThanOrEqual(24);
        const bordered = look.border >= 1 && look.borderColour !== pageColour;
        const filled = look.fill !== pageColour && look.fill !== 'rgba(0, 0, 0, 0)';
        expect(bordered || filled, `${name}: a border or fill unlike the page`).toBe(true);
      }
    });

    test('Copy message copies the message, reads "Copied" for a while and tells screen readers', async ({ page }) => {
      await page.goto(CLINICIANS);
      const first = page.locator('#messages ~ ul > li').first();
      // The message in the page's own language; its versions in the others are marked with theirs.
      const text = (await first.locator('blockquote:not([lang])').textContent()) ?? '';
      const button = first.getByRole('button', { name: new RegExp(`^${escapeRegExp(WORDS.copyMessage)}`) });
      await button.click();
      await expect.poll(() => clipboard(page)).toBe(text);
      await expect(page.getByRole('status')).toHaveText(WORDS.messageCopied);
      // The same button, found by place: its name changes while it says "Copied".
      const same = first.locator('button').first();
      await expect(same).toContainText(WORDS.copied);
      await expect(same).toHaveAttribute('data-state', 'copied');
      // The label comes back, ready for the next message.
      await expect(same).toContainText(WORDS.copyMessage, { timeout: 6000 });
      await expect(same).not.toHaveAttribute('data-state');
    });

    test('each message can be copied in every other language, as that language writes it', async ({ page }) => {
      await page.goto(CLINICIANS);
      const first = page.locator('#messages ~ ul > li').first();
      for (const other of EDITIONS.filter((edition) => edition.lang !== lang)) {
        const text = (await first.locator(`blockquote[lang="${other.locale}"]`).textContent()) ?? '';
        expect(text.trim(), `the first message in ${other.lang}`).not.toBe('');
        const label = UI.clinicians.copyIn({ language: uiOf(other.lang).language.name });
        await first.getByRole('button', { name: new RegExp(`^${escapeRegExp(label)}`) }).click();
        await expect.poll(() => clipboard(page)).toBe(text);
      }
    });

    test('Copy link copies the full address of a guide', async ({ page, baseURL }) => {
      await page.goto(CLINICIAN_GUIDES);
      const row = page.locator(CLINICIAN_GUIDE_ROW).first();
      const href = (await row.locator(':is(h2, h4) > a').getAttribute('href')) ?? '';
      await row.getByRole('button', { name: new RegExp(`^${escapeRegExp(WORDS.copyLink)}`) }).click();
      await expect.poll(() => clipboard(page)).toBe(full(href, baseURL));
      await expect(page.getByRole('status')).toHaveText(WORDS.linkCopied);
    });

    test("each guide's list of section links has its own Copy button, which copies every link", async ({
      page,
      baseURL,
    }) => {
      await page.goto(CLINICIAN_GUIDES);
      const fold = page.locator(`${CLINICIAN_GUIDE_ROW} details`).first();
      await fold.locator('summary').click();
      const links = await fold
        .locator('li a')
        .evaluateAll((all) => all.map((link) => [link.textContent?.trim() ?? '', link.getAttribute('href') ?? '']));
      expect(links.length).toBeGreaterThan(0);
      await fold.getByRole('button', { name: new RegExp(`^${escapeRegExp(WORDS.copyLinks)}`) }).click();
      // The clipboard may hold what an earlier test copied: wait for this list's first address.
      await expect.poll(() => clipboard(page)).toContain(full(links[0]?.[1] ?? '', baseURL));
      const text = await clipboard(page);
      for (const [words, href] of links) {
        expect(text).toContain(words);
        expect(text).toContain(full(href ?? '', baseURL));
      }
      await expect(page.getByRole('status')).toHaveText(WORDS.linksCopied);
    });

    test('folds each message and each list of section links, closed at first, so the page stays short', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(CLINICIANS);
      const folds = page.locator('main details');
      const count = await folds.count();
      expect(count).toBeGreaterThan(0);
      for (let index = 0; index < count; index++) {
        const fold = folds.nth(index);
        await expect(fold).not.toHaveAttribute('open');
        await expect(fold.locator('summary')).toBeVisible();
        await expect(fold.locator('blockquote, ul').first()).toBeHidden();
      }
      // Closed, a row is no taller than its title and its two controls (Copy, and the fold's summary),
      // each a line of its own on a phone, with the row's spacing.
      const rows = page.locator('main li:has(> details)');
      for (let index = 0; index < (await rows.count()); index++) {
        const row = rows.nth(index);
        const [height, parts] = await row.evaluate((element) => {
          const sum = [...element.children].reduce((total, child) => total + child.getBoundingClientRect().height, 0);
          return [element.getBoundingClientRect().height, sum];
        });
        expect(height, await row.innerText()).toBeLessThanOrEqual(parts + 3 * 16 + 1);
      }
      // Opened, the page grows by what was folded away.
      const closed = await page.evaluate(() => document.documentElement.scrollHeight);
      await folds.evaluateAll((all) => all.forEach((fold) => ((fold as HTMLDetailsElement).open = true)));
      const open = await page.evaluate(() => document.documentElement.scrollHeight);
      const hidden = await page
        .locator('main details > :not(summary)')
        .evaluateAll((all) => all.reduce((total, element) => total + element.getBoundingClientRect().height, 0));
      expect(open - closed).toBeGreaterThanOrEqual(hidden * 0.9);
    });

    test('where the clipboard is refused, shows the message selected, ready to copy', async ({ page }) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new Error('refused')) },
        });
      });
      await page.goto(CLINICIAN_GUIDES);
      const row = page.locator(CLINICIAN_GUIDE_ROW).first();
      const href = (await row.locator(':is(h2, h4) > a').getAttribute('href')) ?? '';
      await row.getByRole('button', { name: new RegExp(`^${escapeRegExp(WORDS.copyLink)}`) }).click();
      const field = page.getByRole('textbox', { name: WORDS.linkToCopy });
      await expect(field).toBeFocused();
      await expect(field).toHaveValue(new RegExp(`${escapeRegExp(href)}$`));
    });
  });

  test.describe(`${lang}: without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test("a heading's link is a plain link to the section", async ({ page }) => {
      await page.goto(GUIDE);
      await page.getByRole('link', { name: LINK }).click();
      await expect(page).toHaveURL(atSection(SECTION));
    });

    test('the page for clinicians has no Copy buttons, and its folds still open', async ({ page }) => {
      await page.goto(CLINICIANS);
      await expect(page.locator('main').getByRole('button')).toHaveCount(0);
      const fold = page.locator('main details').first();
      await fold.locator('summary').click();
      await expect(fold).toHaveAttribute('open');
      await expect(fold.locator('blockquote, ul').first()).toBeVisible();
    });
  });
}
