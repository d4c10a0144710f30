/**
 * What a build keeps in Astro's cache directory is never stale. One copy of the site, built five
 * times in turn: cold, again unchanged, with a guide's and a handout's title changed, cold again, and
 * with changed code. Handout PDFs are on throughout.
 *
 * Preview images and handout PDFs are kept by their inputs (src/integrations/shared/build-cache.ts):
 * after a guide's and a handout's title change, a rebuild draws and prints exactly the files whose
 * page changed, takes every other one from the cache, and the changed files are different.
 *
 * The search index is copied from the cache when every page it is made from and the build's code are
 * the last build's (src/integrations/pagefind.ts): a rebuild with nothing changed gives dist/ byte for
 * byte as before, and after a title or the build's code changes, the index is made again and dist/ is
 * byte for byte a cold build's. Chromium writes the time of printing into each PDF (CreationDate,
 * ModDate), so a PDF printed again is compared with that time left out.
 */
import { appendFile, rm } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../support/temp-project';
import { handoutPdfPath } from '../../src/lib/addresses';
import { PAPER_SIZES } from '../../src/schemas/names';
import { retitle } from '../support/retitle';

/** Every file under dist/ (dist-relative) with its bytes. */
function distFiles(dist: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .map((file) => [path.relative(dist, file), readFileSync(file)]),
  );
}

/** Every built page (dist-relative) with its HTML. */
function pages(files: Map<string, Buffer>): Map<string, string> {
  return new Map(
    [...files].filter(([file]) => file.endsWith('.html')).map(([file, bytes]) => [file, bytes.toString('utf8')]),
  );
}

/** The images and PDFs under a dist folder (dist-relative) with their bytes. */
function under(files: Map<string, Buffer>, folder: string): Map<string, Buffer> {
  return new Map([...files].filter(([file]) => file.startsWith(`${folder}${path.sep}`) && /\.(png|pdf)$/.test(file)));
}

const PDF_FOLDER = path.join('handouts', 'pdf');
const PRINT_TIME = /\/(CreationDate|ModDate) \(D:[^)]*\)/g;

/** A PDF's bytes with the time it was printed left out (as latin1 text, one character a byte). */
function withoutPrintTime(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  // Both dates must be there to be left out: a PDF without them would be compared whole anyway.
  expect(text.match(PRINT_TIME)).toHaveLength(2);
  return text.replace(PRINT_TIME, '/$1 (D:)');
}

/** The PDFs the build prints (dist-relative): those its pages link to as handout PDFs, in every language. */
function handoutPdfs(files: Map<string, Buffer>): Set<string> {
  const links = [...pages(files).values()].flatMap((html) =>
    [...html.matchAll(/<a\s[^>]*data-handout-pdf=[^>]*>/g)].map(([tag]) => /\shref="([^"]+)"/.exec(tag)?.[1] ?? ''),
  );
  return new Set(
    [...files.keys()].filter((file) => links.some((link) => link.endsWith(`/${file.split(path.sep).join('/')}`))),
  );
}

/**
 * The same files with the same bytes: the first differing file is named. With `reprinted`, handout
 * PDFs are compared without their print time.
 */
function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>, reprinted = false) {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  const printed = reprinted ? handoutPdfs(expected) : new Set<string>();
  if (reprinted) expect(printed.size).toBeGreaterThan(0);
  for (const [file, bytes] of expected) {
    const other = actual.get(file) ?? Buffer.alloc(0);
    if (printed.has(file)) {
      expect(withoutPrintTime(other) === withoutPrintTime(bytes), file).toBe(true);
    } else expect(other.equals(bytes), file).toBe(true);
  }
}

const ogTitle = (html: string) => /<meta\s+property="og:title"\s+content="([^"]*)"/.exec(html)?.[1];
const ogImageFile = (html: string) =>
  /<meta\s+property="og:image"\s+content="https?:\/\/[^/]+\/([^"]*)"/.exec(html)?.[1];

/** "Preview images: 30 (30 drawn, 0 from the cache)" → [30, 30, 0]. */
function counts(output: string, what: 'Preview images' | 'Handout PDFs'): number[] {
  const match = new RegExp(`${what}: (\\d+) (?:files )?\\((\\d+) (?:drawn|printed), (\\d+) from the cache\\)`).exec(
    output,
  );
  expect(match, output).not.toBeNull();
  return (match ?? []).slice(1).map(Number);
}

const FROM_CACHE = /Search index: \d+ of \d+ pages.*\(from the cache\)/;
const MADE = /Search index: \d+ of \d+ pages(?!.*\(from the cache\))/;

// Each step builds on the one before it (tests in a file run in turn); a step whose predecessor failed says so.
describe('one copy of the site, built five times', () => {
  let project: TempProject | undefined;
  afterAll(async () => project?.remove());

  const copy = () => {
    if (!project) throw new Error('the copy was not made: see the first failure above');
    return project;
  };
  const dist = () => path.join(copy().dir, 'dist');
  const build = async () => {
    // PDFs on, so the PDF cache is tested; the search index tests hold whatever the switches.
    const result = await copy().astroWith({ HANDOUT_PDFS: 'on' }, 'build');
    expect(result.code, result.output).toBe(0);
    return result.output;
  };
  const coldBuild = async () => {
    const { dir } = copy();
    await rm(path.join(dir, 'dist'), { recursive: true, force: true });
    await rm(path.join(dir, 'node_modules', '.astro'), { recursive: true, force: true });
    await rm(path.join(dir, 'node_modules', '.vite'), { recursive: true, force: true });
    return build();
  };

  /** dist/ after each build; `retitled` is the rebuild after the title changes. */
  let cold: Map<string, Buffer> | undefined;
  let retitled: Map<string, Buffer> | undefined;
  /** What the cold build made: preview images and PDFs, each drawn or printed. */
  let images = 0;
  let pdfCount = 0;

  it('a cold build draws every preview image, prints every PDF and makes the search index', async () => {
    project = await createTempProject();
    const first = await build();
    expect(first).toMatch(MADE);
    const [imageCount = 0, drawn] = counts(first, 'Preview images');
    expect(drawn).toBe(imageCount);
    const [pdfs = 0, printed] = counts(first, 'Handout PDFs');
    expect(printed).toBe(pdfs);
    images = imageCount;
    pdfCount = pdfs;
    cold = distFiles(dist());
  }, 300_000);

  it('copies the search index when nothing changed, and dist/ is byte for byte as before', async () => {
    expect(cold, 'the cold build').toBeDefined();
    expect(await build()).toMatch(FROM_CACHE);
    expectSameFiles(distFiles(dist()), cold ?? new Map());
  }, 300_000);

  it('rebuilds only the preview images and PDFs whose page changed, reuses the rest, and makes the index again', async () => {
    expect(cold, 'the cold build').toBeDefined();
    const before = cold ?? new Map<string, Buffer>();
    const pagesBefore = pages(before);
    const imagesBefore = under(before, 'og');
    const pdfsBefore = under(before, PDF_FOLDER);

    const guide = await retitle(copy().dir, 'guides');
    const handout = await retitle(copy().dir, 'handouts');
    const second = await build();
    const after = distFiles(dist());
    retitled = after;
    const pagesAfter = pages(after);

    // Images: exactly the pages whose title changed are drawn again (the guide's at least).
    const retitledPages = [...pagesAfter].filter(
      ([file, html]) => ogTitle(html) !== ogTitle(pagesBefore.get(file) ?? ''),
    );
    expect(retitledPages.map(([file]) => file)).toContain(path.join('guides', guide, 'index.html'));
    expect(counts(second, 'Preview images')).toEqual([images, retitledPages.length, images - retitledPages.length]);
    const imagesAfter = under(after, 'og');
    for (const [, html] of retitledPages) {
      const image = ogImageFile(html) ?? '';
      expect(imagesAfter.get(image)?.equals(imagesBefore.get(image) ?? Buffer.alloc(0)), image).toBe(false);
    }

    // PDFs: exactly the handouts whose page changed are printed again (the retitled one's at least).
    const changedPages = new Set(
      [...pagesAfter].filter(([file, html]) => pagesBefore.get(file) !== html).map(([f]) => f),
    );
    const reprinted = [...changedPages].flatMap((file) => {
      const id = /^handouts\/([^/]+)\/index\.html$/.exec(file.split(path.sep).join('/'))?.[1];
      return id === undefined
        ? []
        : PAPER_SIZES.map((paper) => handoutPdfPath(id, paper).slice(1)).filter((pdf) => pdfsBefore.has(pdf));
    });
    expect(reprinted).toEqual(
      expect.arrayContaining(
        PAPER_SIZES.filter((paper) => pdfsBefore.has(handoutPdfPath(handout, paper).slice(1))).map((paper) =>
          handoutPdfPath(handout, paper).slice(1),
        ),
      ),
    );
    expect(reprinted.length).toBeGreaterThan(0);
    expect(counts(second, 'Handout PDFs')).toEqual([pdfCount, reprinted.length, pdfCount - reprinted.length]);
    const pdfsAfter = under(after, PDF_FOLDER);
    for (const pdf of reprinted) {
      expect(pdfsAfter.get(pdf)?.equals(pdfsBefore.get(pdf) ?? Buffer.alloc(0)), pdf).toBe(false);
    }

    // The search index: made again, and not the one before.
    expect(second).toMatch(MADE);
    const index = (files: Map<string, Buffer>) => [...files].filter(([file]) => file.startsWith(`pagefind${path.sep}`));
    expect(index(after)).not.toEqual(index(before));
  }, 300_000);

  /** dist/ of the second cold build. */
  let coldAgain: Map<string, Buffer> | undefined;

  it('a cold build of the changed site is byte for byte the rebuilt one', async () => {
    expect(retitled, 'the rebuild after the title changes').toBeDefined();
    expect(await coldBuild()).toMatch(MADE);
    coldAgain = distFiles(dist());
    // Every PDF was printed again: the same but for the time of printing.
    expectSameFiles(retitled ?? new Map(), coldAgain, true);
  }, 300_000);

  it('makes the index again after a code change with the same pages, and dist/ is the same', async () => {
    expect(coldAgain, 'the second cold build').toBeDefined();
    // Changed code with the same pages (a comment in the indexing step): made again, the same site.
    await appendFile(path.join(copy().dir, 'src', 'integrations', 'pagefind.ts'), '\n// changed\n');
    expect(await build()).toMatch(MADE);
    const changedCode = distFiles(dist());
    // Byte for byte the cold build's, PDFs from its cache included; the rebuild's, but for print time.
    expectSameFiles(changedCode, coldAgain ?? new Map());
    expectSameFiles(changedCode, retitled ?? new Map(), true);
  }, 300_000);
});
