/**
 * Playwright global setup: Chromium's features to turn off, for the browser every worker launches.
 *
 * Since Chromium 156, every new window in headless mode renders the address bar's suggestion popups
 * (chrome://omnibox-popup.top-chrome/, twice) in a renderer of their own: about half a CPU-second for
 * every page a test opens, and nothing a test looks at. Puppeteer turns them off by default
 * (WebUIOmniboxPopup, WebUIOmniboxAimPopup); Playwright does not yet. Chromium keeps only the last
 * --disable-features it is given, so the list has to hold Playwright's own too: they are read from
 * the command line of a browser Playwright launches (chrome://version), whatever its version, and
 * handed to the workers in HS_CHROMIUM_DISABLE_FEATURES (playwright.config.ts).
 */
import { chromium, type FullConfig } from '@playwright/test';

/** Features that only cost time in a headless test browser. */
const OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export default async function globalSetup(config: FullConfig): Promise<void> {
  const launchOptions = config.projects[0]?.use.launchOptions ?? {};
  const browser = await chromium.launch({ ...launchOptions, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto('chrome://version');
    const commandLine = await page.locator('#command_line').innerText();
    // The last one is the one Chromium keeps.
    const own = [...commandLine.matchAll(/(?:^|\s)--disable-features=(\S+)/g)].at(-1)?.[1]?.split(',') ?? [];
    if (own.length === 0) throw new Error(`No --disable-features on Chromium's command line: ${commandLine}`);
    process.env['HS_CHROMIUM_DISABLE_FEATURES'] = [...new Set([...own, ...OFF])].join(',');
  } finally {
    await browser.close();
  }
}
