/**
 * Preview images and handout PDFs are kept in Astro's cache directory by their inputs
 * (src/integrations/shared/build-cache.ts). The cache must never serve a stale file: after a guide's
 * and a handout's title change, a rebuild draws and prints exactly the files whose page changed,
 * takes every other one from the cache, and the changed files are different.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../support/temp-project';
import { handoutPdfPath } from '../../src/lib/addresses';
import { PAPER_SIZES } from '../../src/schemas/names';
import { retitle } from '../support/retitle';

let project: TempProject | undefined;
afterAll(async () => project?.remove());

/** Every built page (dist-relative) with its HTML. */
function pages(dist: string): Map<string, string> {
  return new Map(
    readdirSync(dist, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file, readFileSync(path.join(dist, file), 'utf8')]),
  );
}

/** Every file under a dist folder (dist-relative) with its bytes. */
function files(dist: string, folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(path.join(dist, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(png|pdf)$/.test(file))
      .map((file) => [path.join(folder, file), readFileSync(path.join(dist, folder, file))]),
  );
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

it('rebuilds only the preview images and PDFs whose page changed, and reuses the rest', async () => {
  project = await createTempProject();
  const dist = path.join(project.dir, 'dist');
  const first = await project.astroWith({ HANDOUT_PDFS: 'on' }, 'build');
  expect(first.code, first.output).toBe(0);
  const [images = 0, drawn] = counts(first.output, 'Preview images');
  expect(drawn).toBe(images);
  const [pdfCount = 0, printed] = counts(first.output, 'Handout PDFs');
  expect(printed).toBe(pdfCount);
  const pagesBefore = pages(dist);
  const imagesBefore = files(dist, 'og');
  const pdfsBefore = files(dist, path.join('handouts', 'pdf'));

  const guide = await retitle(project.dir, 'guides');
  const handout = await retitle(project.dir, 'handouts');
  const second = await project.astroWith({ HANDOUT_PDFS: 'on' }, 'build');
  expect(second.code, second.output).toBe(0);
  const pagesAfter = pages(dist);

  // Images: exactly the pages whose title changed are drawn again (the guide's at least).
  const retitled = [...pagesAfter].filter(([file, html]) => ogTitle(html) !== ogTitle(pagesBefore.get(file) ?? ''));
  expect(retitled.map(([file]) => file)).toContain(path.join('guides', guide, 'index.html'));
  expect(counts(second.output, 'Preview images')).toEqual([images, retitled.length, images - retitled.length]);
  const imagesAfter = files(dist, 'og');
  for (const [, html] of retitled) {
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
  expect(counts(second.output, 'Handout PDFs')).toEqual([pdfCount, reprinted.length, pdfCount - reprinted.length]);
  const pdfsAfter = files(dist, path.join('handouts', 'pdf'));
  for (const pdf of reprinted) {
    expect(pdfsAfter.get(pdf)?.equals(pdfsBefore.get(pdf) ?? Buffer.alloc(0)), pdf).toBe(false);
  }
}, 300_000);
