/**
 * A translation the English page has moved past: when the page it translates is reviewed again after
 * the translation (a later lastReviewed than its translation.englishReviewed), the build still
 * succeeds, names both files in a warning, and the translated page says when the English page was
 * updated, with a link to it. Runs on the first translated guide of the content under test; a practice
 * in one language has none (the test then says so).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { load as loadHtml } from 'cheerio';
import { load } from 'js-yaml';
import { EDITIONS, pathsOf, uiOf } from '../support/editions';
import { CONTENT } from '../support/paths';
import { addContentFile, createTempProject, type TempProject } from '../support/temp-project';
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
const projects: TempProject[] = [];
afterAll(async () => Promise.all(projects.map((project) => project.remove())));

describe.skipIf(!translated)('a translation older than the English page it translates', () => {
  it(
    'builds, warns naming both files, and the translated page says when the English page changed',
    {
      timeout: 240_000,
    },
    async () => {
      if (!translated) return;
      const project = await createTempProject();
      projects.push(project);
      // The English page reviewed again ten days after the review the translation follows, still
      // before its next review is due.
      const english = `guides/${pageFileName(path.join(CONTENT, 'guides'), translated.of)}`;
      const later = new Date(Date.parse(translated.englishReviewed) + 10 * 86_400_000).toISOString().slice(0, 10);
      const text = readFileSync(path.join(CONTENT, english), 'utf8');
      expect(text).toMatch(/^lastReviewed: .+$/m);
      await addContentFile(project, english, text.replace(/^lastReviewed: .+$/m, `lastReviewed: ${later}`));

      const { code, output } = await project.astroWith({ PREVIEW_IMAGES: 'off' }, 'build');

      expect(code, output).toBe(0);
      const warning = `content/guides/${translated.lang}/${translated.slug}.mdx translates content/${english}`;
      expect(output).toContain(warning);
      expect(output.split(warning)).toHaveLength(2);

      const paths = pathsOf(translated.lang);
      const built = path.join(project.dir, 'dist', paths.guide(translated.slug), 'index.html');
      const $ = loadHtml(readFileSync(built, 'utf8'));
      const note = $('[role="note"]').filter(
        (_, element) => $(element).attr('aria-label') === uiOf(translated.lang).translation.staleLabel,
      );
      expect(note).toHaveLength(1);
      expect(note.find(`time[datetime="${later}"]`)).toHaveLength(1);
      const root = EDITIONS.find((edition) => edition.root);
      expect(note.find('a').attr('href')).toBe(root && pathsOf(root.lang).guide(translated.of));
    },
  );
});
