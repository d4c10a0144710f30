/**
 * Pages that list every guide at scale: a copy of the site with hundreds of synthetic guides (the
 * benchmark's, tests/bench/synthetic.ts), enough that every list crosses its limit (src/lib/listing.ts)
 * and a single letter of the A to Z needs several pages. Every listing page must still fit in the first
 * round trip, and every guide must still be reachable from each list without JavaScript.
 * Preview images and handout PDFs stay off: no listing needs them, and they would add most of the time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor } from '../support/dist';
import { publishedEntries } from '../support/fixtures';
import { followListing, topicIndexPages, type ListingPages } from '../support/listing-pages';
import { kb, pageWeight } from '../support/page-weight';
import { PAGE_BUDGET, sitePages } from '../support/site-pages';
import { addContentFile, createTempProject, type TempProject } from '../support/temp-project';
import { syntheticGuide, syntheticId } from '../bench/synthetic';

/** Enough guides for several pages per stage and per letter; the build takes about half a minute. */
const SYNTHETIC = 300;
/** Every other guide is Markdown (`.md`), the rest MDX: both kinds of guide file, side by side. */
const fileOf = (n: number) => `guides/${syntheticId(n)}.${n % 2 === 1 ? 'md' : 'mdx'}`;
/** The same text as guide 1 (Markdown), as MDX under another name. */
const MDX_TWIN = 'synthetic-twin';

let project: TempProject | undefined;
let dist = '';
let guideIds: string[] = [];

beforeAll(async () => {
  project = await createTempProject();
  for (let n = 1; n <= SYNTHETIC; n += 1) await addContentFile(project, fileOf(n), syntheticGuide(n));
  await addContentFile(project, `guides/${MDX_TWIN}.mdx`, syntheticGuide(1));
  const built = await project.astroWith({ PREVIEW_IMAGES: 'off', HANDOUT_PDFS: 'off' }, 'build');
  if (built.code !== 0) throw new Error(`The copy with ${SYNTHETIC} synthetic guides did not build:\n${built.output}`);
  dist = path.join(project.dir, 'dist');
  guideIds = [
    ...publishedEntries('guides').map((guide) => guide.id),
    ...Array.from({ length: SYNTHETIC }, (_, index) => syntheticId(index + 1)),
    MDX_TWIN,
  ];
}, 180_000);

afterAll(async () => {
  await project?.remove();
});

const sections = new Map<string, string[]>();
/** The ids of a guide page's h2 and h3: its sections, as the A to Z and the clinicians' page link them. */
function sectionIds(id: string): string[] {
  const known = sections.get(id);
  if (known) return known;
  const $ = load(readFileSync(path.join(dist, fileFor(`/guides/${id}/`)), 'utf8'));
  const ids = $('.prose-page h2[id], .prose-page h3[id]')
    .map((_, heading) => $(heading).attr('id'))
    .get();
  sections.set(id, ids);
  return ids;
}

describe('a Markdown guide', () => {
  const prose = (id: string) => load(readFileSync(path.join(dist, fileFor(`/guides/${id}/`)), 'utf8'))('.prose-page');

  it('reads exactly as the same text in MDX: headings, section links, lists', () => {
    const markdown = prose(syntheticId(1));
    expect(markdown.find('h2').length).toBeGreaterThan(2);
    expect(markdown.html()).toBe(prose(MDX_TWIN).html());
  });

  it('has a link to every section beside its heading', () => {
    const markdown = prose(syntheticId(1));
    const headings = markdown.find('h2[id]');
    expect(markdown.find('.heading-wrapper > h2 + a.heading-anchor').length).toBe(headings.length);
    headings.each((_, heading) => {
      const id = heading.attribs.id ?? '';
      expect(markdown.find(`a.heading-anchor[href="#${id}"]`).attr('aria-labelledby')).toMatch(new RegExp(` ${id}$`));
    });
  });
});

const lists: Record<string, () => ListingPages> = {
  'the A to Z': () => topicIndexPages(dist),
  "the clinicians' guide links": () =>
    followListing('/for-clinicians/', 'section:has(> #guides)', '/for-clinicians/', dist),
  'the guides index': () => followListing('/guides/', 'main', '/guides/stages/', dist),
};

describe.each(Object.keys(lists))('%s, with hundreds of guides', (name) => {
  let listing: ListingPages = { files: [], links: new Set() };
  beforeAll(() => {
    listing = lists[name]?.() ?? listing;
  });

  it('moves to pages of its own, several for a stage or a letter', () => {
    expect(listing.files.length).toBeGreaterThan(2);
    expect(listing.files.some((file) => /\/2\/index\.html$/.test(file))).toBe(true);
  });

  it('fits each of its pages in the first round trip (HTML and blocking CSS, gzip)', () => {
    const weights = listing.files.map((file) => pageWeight(file, dist));
    const heaviest = weights.reduce((most, weight) =>
      weight.html + weight.css > most.html + most.css ? weight : most,
    );
    console.log(`${name}: ${weights.length} pages, heaviest ${heaviest.file} ${kb(heaviest.html + heaviest.css)}`);
    for (const weight of weights) expect(weight.html + weight.css, weight.file).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it('links to every guide', () => {
    const missing = guideIds.filter((id) => !listing.links.has(`/guides/${id}/`));
    expect(missing).toEqual([]);
  });

  it.skipIf(name === 'the guides index')('links to every section of every guide', () => {
    const missing = guideIds.flatMap((id) =>
      sectionIds(id)
        .map((section) => `/guides/${id}/#${section}`)
        .filter((href) => !listing.links.has(href)),
    );
    expect(missing).toEqual([]);
  });

  it('puts each of its pages in the sitemap, so every quality gate checks them', () => {
    const addresses = new Set(sitePages(dist).map((page) => page.file));
    for (const file of listing.files) expect(addresses.has(file), file).toBe(true);
  });
});
