import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/integrations/shared/chromium';

/**
 * Browser tests run against the built site, served by `astro preview` on 127.0.0.1.
 * The browser is found, in order, from CHROME_PATH, Debian's /usr/bin/chromium, then Playwright's
 * own install (laptops). Nothing is ever downloaded.
 */
// TEST_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env['TEST_PORT'] ?? 4322);
// The same lookup as the handout PDFs (src/integrations/shared/chromium.ts); when it finds nothing, Playwright uses its own.
const chromium = findChromium(process.env, { playwright: false });
const executablePath = chromium.found ? chromium.path : undefined;

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/support/browser-features.ts',
  fullyParallel: true,
  // One more worker than cores (2 on CI): while one waits on a page (a search's pause, a network going
  // quiet), the others keep both cores busy.
  workers: 3,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: process.env['CI'] ? [['list'], ['line']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // Without these, Chromium tries to reach Google's services, which this machine's closed network refuses.
      // The features to turn off come from the global setup (tests/support/browser-features.ts).
      args: [
        ...CHROMIUM_ARGS,
        ...(process.env['HS_CHROMIUM_DISABLE_FEATURES']
          ? [`--disable-features=${process.env['HS_CHROMIUM_DISABLE_FEATURES']}`]
          : []),
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // Build first so the suite never runs against a stale dist/. SKIP_BUILD=1 serves the dist/ there
    // is: .ci/run sets it because it has just built the same site, which npm test then reads too.
    command: `${process.env['SKIP_BUILD'] === '1' ? '' : 'npm run build && '}npx tsx src/integrations/shared/static-server.ts ${PORT} dist`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
