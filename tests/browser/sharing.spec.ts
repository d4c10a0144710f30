/** Section links: "Copy link" puts the section's full address on the clipboard, and says so. */
import { expect, test } from '@playwright/test';
import { exampleGuide } from '../support/example-pages';
import { escapeRegExp } from '../support/regexp';
import { UI } from '../support/ui';

const WORDS = UI.sharing;

// A guide and section of the content under test, read from the built site once it is built.
let GUIDE = '';
let SECTION = '';
let HEADING = '';
// The button reads "Copy link", then the heading for screen readers: "Copy link: <heading>".
let COPY = /^$/;
let SHARE = /^$/;

test.beforeAll(() => {
  const guide = exampleGuide();
  GUIDE = guide.address;
  SECTION = guide.section.id;
  HEADING = guide.section.heading;
  COPY = new RegExp(`^${escapeRegExp(UI.page.sectionCopy)}\\s*${escapeRegExp(HEADING)}$`);
  SHARE = new RegExp(`^${escapeRegExp(UI.page.sectionShare)}\\s*${escapeRegExp(HEADING)}$`);
});

test.describe('Copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the address of the section, shows "Copied" and tells screen readers', async ({ page, baseURL }) => {
    await page.goto(GUIDE);
    const button = page.getByRole('button', { name: COPY });
    await expect(button).toBeVisible();
    await button.click();
    // Its name changes to "Copied: …", so follow the same button by its section from here on.
    const same = page.locator(`button[data-enhance="copy-link"][data-target="${SECTION}"]`);
    await expect(same).toContainText(WORDS.copied);
    await expect(page.getByRole('status')).toHaveText(WORDS.linkCopied);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${GUIDE}#${SECTION}`);
    // The label comes back, ready for the next section.
    await expect(same).toContainText(WORDS.copyLink, { timeout: 5000 });
  });

  test('works from the keyboard', async ({ page, baseURL }) => {
    await page.goto(GUIDE);
    const button = page.getByRole('button', { name: COPY });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${GUIDE}#${SECTION}`);
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
    const button = page.getByRole('button', { name: COPY });
    await expect(button).toBeVisible();
    expect(scripts, 'fetched at load').toEqual([]);
    await button.click();
    await expect.poll(() => scripts).toEqual([expect.stringMatching(/^\/_astro\/sharing-[\w-]+\.js$/)]);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${GUIDE}#${SECTION}`);
    await expect(page.getByRole('status')).toHaveText(WORDS.linkCopied);
  });

  test('copies a ready-made message on the page for clinicians', async ({ page }) => {
    await page.goto('/for-clinicians/');
    const first = page.locator('#messages ~ ul > li').first();
    const text = (await first.locator('blockquote').textContent()) ?? '';
    await first.getByRole('button', { name: new RegExp(`^${escapeRegExp(WORDS.copyMessage)}`) }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await expect(page.getByRole('status')).toHaveText(WORDS.messageCopied);
  });
});

test('where the clipboard is refused, shows the address selected, ready to copy', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('refused')) },
    });
  });
  await page.goto(GUIDE);
  await page.getByRole('button', { name: COPY }).click();
  const field = page.getByRole('textbox', { name: WORDS.linkToCopy });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(`${baseURL}${GUIDE}#${SECTION}`);
  const selected = await field.evaluate((input: HTMLInputElement) =>
    input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
  );
  expect(selected).toBe(`${baseURL}${GUIDE}#${SECTION}`);
});

test('offers Share only on devices with a share sheet', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shared: ShareData[] }).shared = [];
    navigator.share = (data?: ShareData) => {
      (window as unknown as { shared: (ShareData | undefined)[] }).shared.push(data);
      return Promise.resolve();
    };
  });
  await page.goto(GUIDE);
  await page.getByRole('button', { name: SHARE }).click();
  // The share sheet opens once the button's code has arrived, which the press itself may have fetched.
  const shared = () => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  await expect.poll(async () => (await shared()).length).toBe(1);
  await page.waitForLoadState('networkidle');
  const [data, ...more] = await shared();
  expect(more, 'shared once').toEqual([]);
  expect(data?.url).toMatch(new RegExp(`${GUIDE}#${SECTION}$`));
  expect(data?.title).toBe(HEADING);
});

test('no Share button where there is no share sheet', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  await page.goto(GUIDE);
  await expect(page.getByRole('button', { name: new RegExp(`^${escapeRegExp(WORDS.share)}`) })).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: new RegExp(`^${escapeRegExp(WORDS.copyLink)}`) }).first(),
  ).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('there is no Copy link button, and the # link still goes to the section', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(page.getByRole('button', { name: new RegExp(escapeRegExp(WORDS.copyLink)) })).toHaveCount(0);
    await page.getByRole('link', { name: `Link to this section: ${HEADING}` }).click();
    await expect(page).toHaveURL(new RegExp(`#${SECTION}$`));
  });
});
