/**
 * One copy of the site built as a real practice's would be: the settings no longer describe the
 * sample clinic (sample: false), the interface words are its own, and it has guides of its own. The
 * words reach only the pages and the words file the scripts fetch; the sample setting and the guides
 * reach only the review warnings and the pages' notices: so the one build proves what two did.
 *
 * - A changed word in content/ui/<lang>.yaml is what the built pages (and the words file the scripts
 *   fetch) say. (A mistake in the file stops the build: ui-strings.test.ts.)
 * - A page about the medicine that no prescriber has reviewed, on a live site, still builds, and the
 *   build names it in a warning. (A page past its review date: review-warning.test.ts.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dump } from 'js-yaml';
import { afterAll, expect, it } from 'vitest';
import { load as loadHtml } from 'cheerio';
import { scriptWordsPath } from '../../src/lib/addresses';
import { readFixture } from '../support/fixtures';
import { addContentFile, patchClinic, sharedBuild } from '../support/temp-project';
import { LANG, readUiData } from '../support/ui';

// The one build: changed interface words, the two medicine fixture guides, and sample: false.
const shared = sharedBuild(async (project) => {
  const words = structuredClone(readUiData()) as Record<string, Record<string, unknown>>;
  (words['header'] ?? {})['getHelp'] = 'Help right now';
  (words['page'] ?? {})['skipLink'] = 'Jump to the text';
  (words['stages'] as Record<string, Record<string, string>>)['before'] = {
    label: 'Getting ready',
    heading: 'Getting ready for a session',
  };
  (words['sharing'] ?? {})['linkCopied'] = 'The link is on your clipboard';
  await writeFile(path.join(project.dir, 'content', 'ui', `${LANG}.yaml`), dump(words));
  for (const fixture of ['guide-medicine-unreviewed.mdx', 'guide-medicine-reviewed.mdx']) {
    await addContentFile(project, `guides/${fixture}`, await readFixture(fixture));
  }
  await patchClinic(project, { sample: false });
});
afterAll(() => shared.remove());

it('builds pages and script words from the words in the file', async () => {
  const { code, output, dist } = await shared.build();
  expect(code, output).toBe(0);
  const $ = loadHtml(await readFile(path.join(dist, 'index.html'), 'utf8'));
  expect($('header a[href="#get-help"]').text().trim()).toBe('Help right now');
  expect($('a.skip-link').text().trim()).toBe('Jump to the text');
  expect($('header nav a[href="/guides/#before"]').text().trim()).toBe('Getting ready');
  const guides = loadHtml(await readFile(path.join(dist, 'guides', 'index.html'), 'utf8'));
  expect(guides('h2#before').text().trim()).toBe('Getting ready for a session');
  const scriptWords = JSON.parse(await readFile(path.join(dist, `.${scriptWordsPath(LANG)}`), 'utf8')) as {
    sharing: { linkCopied: string };
  };
  expect(scriptWords.sharing.linkCopied).toBe('The link is on your clipboard');
}, 240_000);

it('warns, without failing, for a medicine page with no prescribing reviewer once sample is false', async () => {
  const { code, output } = await shared.build();

  expect(code, output).toBe(0);
  expect(output).toMatch(
    /Medicine review missing: content\/guides\/guide-medicine-unreviewed\.mdx says what the medicine does[^\n]*\(Licensed clinical psychologist\)/,
  );
  // Only that page of the two: a psychiatrist among the reviewers counts.
  expect(output.match(/Medicine review missing: content\/guides\/guide-medicine-unreviewed\.mdx/g)).toHaveLength(1);
  expect(output).not.toContain('Medicine review missing: content/guides/guide-medicine-reviewed.mdx');
}, 240_000);
