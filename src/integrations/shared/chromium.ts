/**
 * Where to find Chromium, in one place for the browser tests (playwright.config.ts), the handout PDFs
 * and `npm run handouts`: the CHROME_PATH environment variable, then Debian's /usr/bin/chromium, then
 * a browser Playwright installed itself (`npx playwright install chromium` on a laptop). Nothing is
 * ever downloaded.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium from calling Google's services, which a closed network refuses. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

export interface ChromiumLookup {
  /** The CHROME_PATH variable, if set. */
  chromePath?: string | undefined;
  /**
   * Where Playwright's own Chromium would be, if Playwright can say: asked only when the two before it
   * are missing, since loading Playwright to ask costs every build about a quarter of a second.
   */
  playwrightPath?: (() => string | undefined) | undefined;
  exists: (file: string) => boolean;
}

export type ChromiumFound =
  { found: true; path: string; source: 'CHROME_PATH' | 'system' | 'playwright' } | { found: false; reason: string };

/** Looks for Chromium in the documented order. Pure: the caller says what exists. */
export function locateChromium({ chromePath, playwrightPath, exists }: ChromiumLookup): ChromiumFound {
  if (chromePath) {
    return exists(chromePath)
      ? { found: true, path: chromePath, source: 'CHROME_PATH' }
      : { found: false, reason: `CHROME_PATH is set to ${chromePath}, but there is no file there` };
  }
  if (exists(SYSTEM_CHROMIUM)) return { found: true, path: SYSTEM_CHROMIUM, source: 'system' };
  const playwright = playwrightPath?.();
  if (playwright && exists(playwright)) return { found: true, path: playwright, source: 'playwright' };
  return { found: false, reason: `no Chromium found (CHROME_PATH is not set, ${SYSTEM_CHROMIUM} is missing)` };
}

/**
 * Looks on this machine. Playwright is asked last, and only if it is installed; the browser tests
 * pass `playwright: false`, because Playwright falls back to its own browser by itself.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, { playwright = true } = {}): ChromiumFound {
  return locateChromium({
    chromePath: env['CHROME_PATH'] || undefined,
    playwrightPath: playwright ? playwrightChromium : undefined,
    exists: existsSync,
  });
}

function playwrightChromium(): string | undefined {
  try {
    const { chromium } = createRequire(import.meta.url)('@playwright/test') as typeof import('@playwright/test');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** How to get Chromium, in one line, for messages. */
export const HOW_TO_GET_CHROMIUM =
  'install Chromium (Debian/Ubuntu: apt-get install chromium; elsewhere: npx playwright install chromium) or set CHROME_PATH';
