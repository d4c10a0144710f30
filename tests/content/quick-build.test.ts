/**
 * One copy of the site built once the quick way, on a machine without Chromium: PREVIEW_IMAGES=off
 * and HANDOUT_PDFS=auto with CHROME_PATH naming no file, with the English page of the first
 * translated guide reviewed again after its translation. Each of the three is a step of its own
 * (src/integrations/og-images.ts and handout-pdfs.ts each read only their own switch; the review
 * dates reach neither), so the one build proves what three did:
 *
 * - PREVIEW_IMAGES=off (a quick local build) draws no preview images, says so in one line, and no
 *   page names an image that is not there: og:image and twitter:image are left out, and the card is
 *   the small one.
 * - A machine without Chromium still builds the site: the build says in one line that the handout
 *   PDFs were skipped and how to get them, and no page links to a PDF that does not exist.
 * - A translation the English page has moved past: when the page it translates is reviewed again after
 *   the translation (a later lastReviewed than its translation.englishReviewed), the build still
 *   succeeds, names both files in a warning, and the translated page says when the English page was
 *   updated, with a link to it. Runs on the first translated guide of the content under test; a
 *   practice in one language has none (the test then says so).
 *
 * The switches' refusals fail while the config loads, before anything is built.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { load as loadHtml } from 'cheerio';
import { load } from 'js-yaml';
import { EDITIONS, pathsOf, uiOf } from '../support/editions';
import { CONTENT } from '../support/paths';
import { addContentFile, sharedBuild } from '../support/temp-project';
import { pageFileName, pageFilesIn } from '../support/page-files';

interface Translated {
  lang: string;
  slug: string;
  of: string;
  englishReviewed: string;
}

/** The first guide of another language that records what it translates. */
function firstTranslatedGuide(): Translated | undefined {
  for (const { lang, root } of EDITIONS) {
    if (root) continue;
    const folder = path.join(CONTENT, 'guides', lang);
    for (const file of pageFilesIn(folder)) {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(folder, file), 'utf8'))?.[1] ?? '';
      const data = load(front) as { translation?: { of: string; englishReviewed: Date | string } };
      if (data.translation) {
        const reviewed = data.translation.englishReviewed;
        return {
          lang,
          slug: file.replace(/\.mdx$/, ''),
          of: data.translation.of,
          englishReviewed: reviewed instanceof Date ? reviewed.toISOString().slice(0, 10) : String(reviewed),
        };
      }
    }
  }
  return undefined;
}

const translated = firstTranslatedGuide();
/** The English page of the translated guide, and the later date it is reviewed again on in the copy. */
const english = translated && `guides/${pageFileName(path.join(CONTENT, 'guides'), translated.of)}`;
// Ten days after the review the translation follows, still before its next review is due.
const later =
  translated && new Date(Date.parse(translated.englishReviewed) + 10 * 86_400_000).toISOString().slice(0, 10);

// The one build: preview images off, no Chromium, and the translated guide's English page reviewed later.
const shared = sharedBuild(
  async (project) => {
    if (!english || !later) return;
    const text = readFileSync(path.join(CONTENT, english), 'utf8');
    expect(text).toMatch(/^lastReviewed: .+$/m);
    await addContentFile(project, english, text.replace(/^lastReviewed: .+$/m, `lastReviewed: ${later}`));
  },
  { PREVIEW_IMAGES: 'off', HANDOUT_PDFS: 'auto', CHROME_PATH: '/nonexistent/chromium' },
);
afterAll(() => shared.remove());

/** The built pages (dist-relative). */
const builtPages = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

describe('preview images off', () => {
  it('builds without preview images, says so in one line, and names none', async () => {
    const { code, output, dist } = await shared.build();

    expect(code, output).toBe(0);
    const lines = output.split('\n').filter((line) => line.includes('Preview images'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Preview images skipped: PREVIEW_IMAGES=off\. Pages name no preview image\./);

    expect(existsSync(path.join(dist, 'og'))).toBe(false);
    const pages = builtPages(dist);
    expect(pages.length).toBeGreaterThan(0);
    for (const file of pages) {
      const html = readFileSync(path.join(dist, file), 'utf8');
      // Redirect pages (content/redirects.yaml) have no previews either way.
      if (!html.includes('property="og:title"')) continue;
      expect(html, file).not.toMatch(/<meta\s+(property|name)="(og|twitter):image/);
      expect(html, file).toMatch(/<meta\s+name="twitter:card"\s+content="summary"/);
    }
  }, 240_000);

  it('refuses a value it does not know', async () => {
    const { code, output } = await (await shared.copy()).astroWith({ PREVIEW_IMAGES: 'no' }, 'build');
    expect(code).not.toBe(0);
    expect(output).toMatch(/PREVIEW_IMAGES: received "no", expected on or off/);
  }, 120_000);
});

describe('handout PDFs without Chromium', () => {
  it('builds without Chromium, says so in one line, and links to no PDF', async () => {
    const { code, output, dist } = await shared.build();

    expect(code, output).toBe(0);
    const lines = output.split('\n').filter((line) => line.includes('Handout PDFs'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /Handout PDFs skipped: CHROME_PATH is set to \/nonexistent\/chromium, but there is no file there\./,
    );
    expect(lines[0]).toMatch(/install Chromium .* then run npm run handouts\./);

    expect(existsSync(path.join(dist, 'handouts', 'pdf'))).toBe(false);
    const pages = builtPages(dist);
    // The handouts are still built, only without their PDFs: a page under each edition's handouts folder.
    for (const { lang } of EDITIONS) {
      const folder = pathsOf(lang)
        .handouts.replace(/^\/|\/$/g, '')
        .split('/')
        .join(path.sep);
      expect(
        pages.some((file) => file.startsWith(`${folder}${path.sep}`) && file !== path.join(folder, 'index.html')),
        `a handout page under ${folder}`,
      ).toBe(true);
    }
    // Only this site's own PDFs are missing: a guide may cite a publisher's PDF on another website (a
    // medicine's prescribing information), so an address with a scheme (https:) is not one of ours.
    for (const file of pages) {
      expect(readFileSync(path.join(dist, file), 'utf8'), file).not.toMatch(/href="(?![a-z][a-z0-9+.-]*:)[^"]*\.pdf"/i);
    }
  }, 240_000);

  it('fails with the reason when PDFs are required (npm run handouts) and there is no Chromium', async () => {
    const { code, output } = await (
      await shared.copy()
    ).astroWith({ HANDOUT_PDFS: 'on', CHROME_PATH: '/nonexistent/chromium' }, 'build');
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /Handout PDFs: CHROME_PATH is set to \/nonexistent\/chromium, but there is no file there\. To make them, install Chromium/,
    );
  });
});

describe.skipIf(!translated)('a translation older than the English page it translates', () => {
  it('builds, warns naming both files, and the translated page says when the English page changed', async () => {
    if (!translated || !english || !later) return;
    const { code, output, dist } = await shared.build();

    expect(code, output).toBe(0);
    const warning = `content/guides/${translated.lang}/${translated.slug}.mdx translates content/${english}`;
    expect(output).toContain(warning);
    expect(output.split(warning)).toHaveLength(2);

    const paths = pathsOf(translated.lang);
    const built = path.join(dist, paths.guide(translated.slug), 'index.html');
    const $ = loadHtml(readFileSync(built, 'utf8'));
    const note = $('[role="note"]').filter(
      (_, element) => $(element).attr('aria-label') === uiOf(translated.lang).translation.staleLabel,
    );
    expect(note).toHaveLength(1);
    expect(note.find(`time[datetime="${later}"]`)).toHaveLength(1);
    const root = EDITIONS.find((edition) => edition.root);
    expect(note.find('a').attr('href')).toBe(root && pathsOf(root.lang).guide(translated.of));
  }, 240_000);
});
