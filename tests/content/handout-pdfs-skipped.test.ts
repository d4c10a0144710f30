/**
 * A machine without Chromium still builds the site: the build says in one line that the handout
 * PDFs were skipped and how to get them, and no page links to a PDF that does not exist.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../support/temp-project';

let project: TempProject | undefined;
afterAll(async () => project?.remove());

it('builds without Chromium, says so in one line, and links to no PDF', async () => {
  project = await createTempProject();
  const { code, output } = await project.astroWith(
    { HANDOUT_PDFS: 'auto', CHROME_PATH: '/nonexistent/chromium' },
    'build',
  );

  expect(code, output).toBe(0);
  const lines = output.split('\n').filter((line) => line.includes('Handout PDFs'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    /Handout PDFs skipped: CHROME_PATH is set to \/nonexistent\/chromium, but there is no file there\./,
  );
  expect(lines[0]).toMatch(/install Chromium .* then run npm run handouts\./);

  const dist = path.join(project.dir, 'dist');
  expect(existsSync(path.join(dist, 'handouts', 'pdf'))).toBe(false);
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  expect(pages).toContain(path.join('handouts', 'getting-help', 'index.html'));
  // Only this site's own PDFs are missing: a guide may cite a publisher's PDF on another website (a
  // medicine's prescribing information), so an address with a scheme (https:) is not one of ours.
  for (const file of pages) {
    expect(readFileSync(path.join(dist, file), 'utf8'), file).not.toMatch(/href="(?![a-z][a-z0-9+.-]*:)[^"]*\.pdf"/i);
  }
});

it('fails with the reason when PDFs are required (npm run handouts) and there is no Chromium', async () => {
  const { code, output } = await (project ?? (await createTempProject())).astroWith(
    { HANDOUT_PDFS: 'on', CHROME_PATH: '/nonexistent/chromium' },
    'build',
  );
  expect(code).not.toBe(0);
  expect(output).toMatch(
    /Handout PDFs: CHROME_PATH is set to \/nonexistent\/chromium, but there is no file there\. To make them, install Chromium/,
  );
});
