/**
 * `npm run bench`: prints figures, never fails on them (the machines are shared and noisy).
 * Build time of `astro build` (Pagefind indexing included), search index size, and what each page
 * costs a reader, gzipped.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from '../support/dist';
import { kb, pageWeight } from '../support/page-weight';
import { DIST, ROOT } from '../support/paths';

function timeBuild(): number {
  const started = performance.now();
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

function folderSize(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((file) => statSync(path.join(folder, file)))
    .filter((stat) => stat.isFile())
    .reduce((total, stat) => total + stat.size, 0);
}

const runs = [timeBuild(), timeBuild(), timeBuild()].sort((a, b) => a - b);
console.log('\nBuild (astro build + Pagefind), 3 runs');
console.table({
  median: `${runs[1]?.toFixed(2)} s`,
  fastest: `${runs[0]?.toFixed(2)} s`,
  slowest: `${runs[2]?.toFixed(2)} s`,
});

console.log('\nOutput');
console.table({
  pages: htmlFiles().length,
  'dist/ on disk': kb(folderSize(DIST)),
  'search index on disk': kb(folderSize(path.join(DIST, 'pagefind'))),
});

console.log('\nPer page, gzipped (HTML + blocking CSS is the 14 KB first-round-trip budget)');
console.table(
  htmlFiles().map((file) => {
    const weight = pageWeight(file);
    return {
      page: file,
      html: kb(weight.html),
      css: kb(weight.css),
      'html+css': kb(weight.html + weight.css),
      js: kb(weight.js),
    };
  }),
);

// Search: index size and the bytes of a first search (tests/bench/search.ts).
const { searchBench } = await import('./search');
await searchBench();
