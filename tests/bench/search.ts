/**
 * The search part of `npm run bench`: the index on disk, and what a browser fetches for search, from
 * page load to the first results, against the built site in dist/ (run after a build).
 * Prints, never fails. Kept in its own module so bench.ts stays easy to merge.
 */
import { readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { kb } from '../support/page-weight';
import { DIST } from '../support/paths';
import { serve } from '../../src/integrations/shared/static-server';

const PORT = Number(process.env['BENCH_PORT'] ?? 4390);
const FIRST_QUERY = 'driving home';

function sizeOf(folder: string, keep: (file: string) => boolean = () => true): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter(keep)
    .map((file) => statSync(path.join(folder, file)))
    .filter((stat) => stat.isFile())
    .reduce((total, stat) => total + stat.size, 0);
}

/** What kind of search file an address is. */
function kind(address: string): string | undefined {
  // The header's loader is written into every page, so it is never fetched: only what it fetches counts.
  if (/\/_astro\/search-dialog-[\w-]+\.js$/.test(address)) return 'search UI (ours)';
  if (/\/_astro\/search\.[\w-]+\.css$/.test(address)) return 'search results styles';
  if (/\/pagefind\/pagefind(-worker)?\.js$/.test(address)) return 'Pagefind JS API and worker';
  if (/\/pagefind\/wasm\..*\.pagefind$/.test(address)) return 'Pagefind WASM';
  if (/\/pagefind\/(pagefind-entry\.json|.*\.pf_meta|index\/|filter\/)/.test(address)) return 'index chunks';
  if (address.includes('/pagefind/fragment/')) return 'fragments (result text)';
  return undefined;
}

export async function searchBench(): Promise<void> {
  const pagefind = path.join(DIST, 'pagefind');
  console.log('\nSearch index on disk');
  console.table({
    'dist/pagefind/ in all': kb(sizeOf(pagefind)),
    'WASM (one language is loaded)': kb(sizeOf(pagefind, (file) => file.startsWith('wasm.'))),
    'index chunks': kb(sizeOf(path.join(pagefind, 'index')) + sizeOf(path.join(pagefind, 'filter'))),
    fragments: kb(sizeOf(path.join(pagefind, 'fragment'))),
    'indexed pages': readdirSync(path.join(pagefind, 'fragment')).length,
  });

  const server = serve(PORT, DIST);
  const browser = await chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    const fetched: { phase: string; address: string; bytes: number; gzip: number }[] = [];
    let phase = 'page load';
    page.on('response', async (response) => {
      const address = new URL(response.url()).pathname;
      const body = await response.body().catch(() => Buffer.alloc(0));
      // Pagefind's own files are already compressed; hosts gzip the JavaScript and CSS.
      const gzip = /\.(js|css)$/.test(address) ? gzipSync(body, { level: 9 }).length : body.length;
      fetched.push({ phase, address, bytes: body.length, gzip });
    });
    await page.goto(`http://127.0.0.1:${PORT}/guides/your-choice/`, { waitUntil: 'networkidle' });
    phase = 'first search';
    const started = performance.now();
    await page.keyboard.press('/');
    await page.keyboard.type(FIRST_QUERY);
    await page.locator('dialog [data-search-panel][data-state="done"]').waitFor();
    const elapsed = performance.now() - started;
    await page.waitForLoadState('networkidle');

    const rows = new Map<string, { files: number; bytes: number; gzip: number }>();
    for (const entry of fetched) {
      const label = kind(entry.address);
      if (!label) continue;
      const key = `${entry.phase}: ${label}`;
      const row = rows.get(key) ?? { files: 0, bytes: 0, gzip: 0 };
      rows.set(key, { files: row.files + 1, bytes: row.bytes + entry.bytes, gzip: row.gzip + entry.gzip });
    }
    const table = Object.fromEntries(
      [...rows].map(([key, row]) => [key, { files: row.files, raw: kb(row.bytes), 'sent (gzip)': kb(row.gzip) }]),
    );
    const firstSearch = [...rows].filter(([key]) => key.startsWith('first search'));
    table['first search: total'] = {
      files: firstSearch.reduce((sum, [, row]) => sum + row.files, 0),
      raw: kb(firstSearch.reduce((sum, [, row]) => sum + row.bytes, 0)),
      'sent (gzip)': kb(firstSearch.reduce((sum, [, row]) => sum + row.gzip, 0)),
    };
    console.log(`\nSearch: bytes fetched, from loading a guide to the first results for "${FIRST_QUERY}"`);
    console.table(table);
    console.log(`First results shown ${elapsed.toFixed(0)} ms after pressing "/" (local server, no throttling).`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  await searchBench();
}
