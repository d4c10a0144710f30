/**
 * `npm run bench`: prints figures, never fails on them (the machines are shared and noisy).
 *
 * 1. This site: build time of `astro build` (Pagefind indexing included; median of 3, alternating with the peer), output and search index size.
 * 2. What each page costs a reader, gzipped (the same table the byte-budget test prints).
 * 3. Lighthouse 13 (mobile, simulated throttling) for a set of pages.
 * 4. Scale: 250 and 1,000 synthetic guides in a temporary copy, to show the cost grows about linearly.
 * 5. Peer: the same guides (and the same synthetic pages) built with Starlight, installed from the npm
 *    registry into a temporary folder, side by side with the ratio.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { audit, type LighthouseFigures } from './lighthouse';
import { createPeer, realGuidesForPeer, type Peer } from './peer';
import { syntheticBody, syntheticFrontmatter, syntheticGuide, syntheticId } from './synthetic';
import { kb, pageWeight } from '../support/page-weight';
import { DIST, ROOT } from '../support/paths';
import { serve } from '../../src/integrations/shared/static-server';
import { sitePages } from '../support/site-pages';
import { addContentFile, createTempProject } from '../support/temp-project';

const SCALE = [250, 1000];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const ratio = (ours: number, theirs: number) => (ours > 0 ? `${(theirs / ours).toFixed(1)}×` : 'n/a');

function timeBuild(cwd: string): number {
  const started = performance.now();
  const result = spawnSync(path.join(cwd, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`astro build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  return performance.now() - started;
}

function folderSize(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((file) => statSync(path.join(folder, file)))
    .filter((stat) => stat.isFile())
    .reduce((total, stat) => total + stat.size, 0);
}

function htmlCount(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

interface BuildFigures {
  build: number;
  pages: number;
  output: number;
  index: number;
}

function figures(dist: string, build: number): BuildFigures {
  return { build, pages: htmlCount(dist), output: folderSize(dist), index: folderSize(path.join(dist, 'pagefind')) };
}

async function listen(root: string): Promise<{ url: string; close: () => void }> {
  const server = serve(0, root);
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

// 1. This site.
console.log('Building this site…');
let ours = figures(DIST, timeBuild(ROOT));
const pages = sitePages();
console.log('\nThis site: build (astro build + Pagefind, one run) and output');
console.table({
  build: seconds(ours.build),
  pages: ours.pages,
  'dist/ on disk': kb(ours.output),
  'search index on disk': kb(ours.index),
});

// 2. Bytes per page.
console.log('\nPer page, gzipped (HTML + blocking CSS is the 14 KB first-round-trip budget)');
console.table(
  pages.map(({ address, file }) => {
    const weight = pageWeight(file);
    return {
      page: address,
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

// 4. Scale (before Lighthouse, while nothing else runs).
const scale: Record<number, BuildFigures> = {};
for (const count of SCALE) {
  console.log(`\nBuilding a copy with ${count} synthetic guides…`);
  const project = await createTempProject();
  try {
    for (let n = 1; n <= count; n += 1)
      await addContentFile(project, `guides/${syntheticId(n)}.mdx`, syntheticGuide(n));
    scale[count] = figures(path.join(project.dir, 'dist'), timeBuild(project.dir));
  } finally {
    await project.remove();
  }
}

// 5. Peer.
let peer: Peer | undefined;
let peerReal: BuildFigures | undefined;
const peerScale: Record<number, BuildFigures> = {};
const guides = await realGuidesForPeer();
// A guide with real body text, the same on both sites.
const sampleGuide = guides.find((guide) => guide.id === 'your-choice') ?? guides[0];
const guideAddress = sampleGuide ? `/guides/${sampleGuide.id}/` : undefined;
let peerWeight: ReturnType<typeof pageWeight> | undefined;
try {
  console.log('\nInstalling Starlight from the npm registry into a temporary folder…');
  const siteUrl = (await import('../../src/integrations/shared/site-url')).readSiteUrl(
    new URL('../../content/settings/clinic.yaml', import.meta.url),
  );
  peer = await createPeer('Holding Space (Starlight)', siteUrl);
  for (const count of SCALE) {
    await peer.writeGuides(
      Array.from({ length: count }, (_, index) => {
        const data = syntheticFrontmatter(index + 1);
        return {
          id: syntheticId(index + 1),
          title: data.title,
          description: data.description,
          body: syntheticBody(index + 1),
        };
      }),
    );
    console.log(`Building Starlight with ${count} synthetic guides…`);
    peerScale[count] = figures(peer.dist, timeBuild(peer.dir));
  }
  await peer.writeGuides(guides);
  // Alternate the two builds, so load from anything else on the machine falls on both alike.
  console.log('Building this site and Starlight with this site’s guides, alternately, 3 times each…');
  const ourTimes: number[] = [];
  const peerTimes: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    ourTimes.push(timeBuild(ROOT));
    peerTimes.push(timeBuild(peer.dir));
  }
  const median = (times: number[]) => times.sort((a, b) => a - b)[1] ?? Number.NaN;
  ours = figures(DIST, median(ourTimes));
  peerReal = figures(peer.dist, median(peerTimes));
  if (guideAddress) peerWeight = pageWeight(`${guideAddress.slice(1)}index.html`, peer.dist);
} catch (error) {
  console.log(`\nThe peer could not be built, so its columns are empty: ${(error as Error).message.slice(0, 500)}`);
}

console.log('\nScale: build time and output as the number of guides grows');
const scaleRows: Record<string, Record<string, string | number>> = {
  'this site, real guides (median of 3)': {
    pages: ours.pages,
    build: seconds(ours.build),
    'ms per page': (ours.build / ours.pages).toFixed(0),
    output: mb(ours.output),
    'search index': mb(ours.index),
  },
};
for (const count of SCALE) {
  const row = scale[count];
  if (row)
    scaleRows[`this site + ${count} synthetic`] = {
      pages: row.pages,
      build: seconds(row.build),
      'ms per page': (row.build / row.pages).toFixed(0),
      output: mb(row.output),
      'search index': mb(row.index),
    };
  const peerRow = peerScale[count];
  if (peerRow)
    scaleRows[`Starlight, ${count} synthetic`] = {
      pages: peerRow.pages,
      build: seconds(peerRow.build),
      'ms per page': (peerRow.build / peerRow.pages).toFixed(0),
      output: mb(peerRow.output),
      'search index': mb(peerRow.index),
    };
}
console.table(scaleRows);
const [small, large] = SCALE.map((count) => scale[count]);
if (small && large) {
  const growth = (large.build - small.build) / (large.pages - small.pages);
  console.log(
    `Each extra page costs about ${growth.toFixed(0)} ms of build time between ${small.pages} and ${large.pages} pages ` +
      `(${((large.build / small.build) * (small.pages / large.pages)).toFixed(2)} of linear: 1.00 is exactly linear, below 1 is better).`,
  );
}

// 3. Lighthouse (this site, then the peer's matching pages).
const ourServer = await listen(DIST);
const auditedPages = ['/', '/guides/', guideAddress, '/get-help/', '/checklist/', '/plan/'].filter(
  (address): address is string => Boolean(address) && pages.some((page) => page.address === address),
);
console.log(`\nLighthouse 13 (mobile, simulated throttling) on ${auditedPages.length} pages of this site…`);
const ourAudit = await audit(auditedPages.map((address) => ourServer.url + address));
ourServer.close();
let peerAudit = new Map<string, LighthouseFigures | string>();
let peerServer: { url: string; close: () => void } | undefined;
if (peer && peerReal && guideAddress) {
  peerServer = await listen(peer.dist);
  console.log('Lighthouse on the same guide and the home page built with Starlight…');
  peerAudit = await audit([peerServer.url + '/', peerServer.url + guideAddress]);
  peerServer.close();
}
const lighthouseRow = (figuresOrError: LighthouseFigures | string | undefined) =>
  typeof figuresOrError === 'object'
    ? {
        perf: figuresOrError.performance,
        a11y: figuresOrError.accessibility,
        'best practices': figuresOrError.bestPractices,
        seo: figuresOrError.seo,
        LCP: `${(figuresOrError.lcp / 1000).toFixed(2)} s`,
        CLS: figuresOrError.cls.toFixed(3),
        bytes: kb(figuresOrError.bytes),
      }
    : { error: figuresOrError ?? 'not run' };
const lighthouseTable: Record<string, object> = {};
for (const address of auditedPages) lighthouseTable[address] = lighthouseRow(ourAudit.get(ourServer.url + address));
if (peerServer) {
  lighthouseTable['Starlight /'] = lighthouseRow(peerAudit.get(peerServer.url + '/'));
  if (guideAddress)
    lighthouseTable[`Starlight ${guideAddress}`] = lighthouseRow(peerAudit.get(peerServer.url + guideAddress));
}
console.log('\nLighthouse');
console.table(lighthouseTable);

// Side by side.
const ourGuideWeight = guideAddress ? pageWeight(`${guideAddress.slice(1)}index.html`) : undefined;
const ourGuideAudit = guideAddress ? ourAudit.get(ourServer.url + guideAddress) : undefined;
const peerGuideAudit = peerServer && guideAddress ? peerAudit.get(peerServer.url + guideAddress) : undefined;
const rows: Record<string, { 'this site': string; Starlight: string; 'Starlight ÷ this site': string }> = {};
const row = (name: string, a: number | undefined, b: number | undefined, format: (value: number) => string) => {
  rows[name] = {
    'this site': a === undefined ? 'n/a' : format(a),
    Starlight: b === undefined ? 'n/a' : format(b),
    'Starlight ÷ this site': a === undefined || b === undefined ? 'n/a' : ratio(a, b),
  };
};
row('build, real guides (median of 3, alternating)', ours.build, peerReal?.build, seconds);
row('output, real guides', ours.output, peerReal?.output, kb);
row('search index, real guides', ours.index, peerReal?.index, kb);
for (const count of SCALE) {
  row(`build, ${count} synthetic guides`, scale[count]?.build, peerScale[count]?.build, seconds);
  row(`output, ${count} synthetic guides`, scale[count]?.output, peerScale[count]?.output, mb);
}
const total = (weight: ReturnType<typeof pageWeight> | undefined) =>
  weight ? weight.html + weight.css + weight.js : undefined;
row(`${guideAddress ?? 'a guide'}: HTML + CSS + JS, gzip`, total(ourGuideWeight), total(peerWeight), kb);
row(`${guideAddress ?? 'a guide'}: JS, gzip`, ourGuideWeight?.js, peerWeight?.js, kb);
row(`${guideAddress ?? 'a guide'}: inline scripts`, ourGuideWeight?.inlineScripts, peerWeight?.inlineScripts, String);
const lh = (value: LighthouseFigures | string | undefined) => (typeof value === 'object' ? value : undefined);
row('Lighthouse performance (guide)', lh(ourGuideAudit)?.performance, lh(peerGuideAudit)?.performance, String);
row('Lighthouse LCP (guide)', lh(ourGuideAudit)?.lcp, lh(peerGuideAudit)?.lcp, (ms) => `${(ms / 1000).toFixed(2)} s`);
row('Lighthouse total bytes (guide)', lh(ourGuideAudit)?.bytes, lh(peerGuideAudit)?.bytes, kb);
console.log('\nSide by side: this site and the same content built with Starlight');
console.table(rows);

await peer?.remove();
