/** Lighthouse 13, mobile with simulated throttling (its defaults), over the local Chromium. */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../src/integrations/shared/chromium';

export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Largest Contentful Paint, simulated, in ms. */
  lcp: number;
  cls: number;
  /** Total bytes transferred, as Lighthouse counts them. */
  bytes: number;
}

// The same browser and no-network flags as the browser tests and the handout PDFs.
const chromium = findChromium();
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

export async function audit(urls: readonly string[]): Promise<Map<string, LighthouseFigures | string>> {
  const results = new Map<string, LighthouseFigures | string>();
  if (!chromium.found) throw new Error(`Lighthouse needs Chromium: ${chromium.reason}`);
  const chrome = await launch({ chromePath: chromium.path, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    for (const url of urls) {
      try {
        const run = await lighthouse(url, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const lhr = run?.lhr;
        if (!lhr) throw new Error('no result');
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        results.set(url, {
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcp: numeric('largest-contentful-paint'),
          cls: numeric('cumulative-layout-shift'),
          bytes: numeric('total-byte-weight'),
        });
      } catch (error) {
        results.set(url, `failed: ${(error as Error).message}`);
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
