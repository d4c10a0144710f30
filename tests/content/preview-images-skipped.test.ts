/**
 * PREVIEW_IMAGES=off (a quick local build) draws no preview images, says so in one line, and no page
 * names an image that is not there: og:image and twitter:image are left out, and the card is the small one.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../support/temp-project';

let project: TempProject | undefined;
afterAll(async () => project?.remove());

it('builds without preview images, says so in one line, and names none', async () => {
  project = await createTempProject();
  const { code, output } = await project.astroWith({ PREVIEW_IMAGES: 'off' }, 'build');

  expect(code, output).toBe(0);
  const lines = output.split('\n').filter((line) => line.includes('Preview images'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/Preview images skipped: PREVIEW_IMAGES=off\. Pages name no preview image\./);

  const dist = path.join(project.dir, 'dist');
  expect(existsSync(path.join(dist, 'og'))).toBe(false);
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(0);
  for (const file of pages) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    // Redirect pages (content/redirects.yaml) have no previews either way.
    if (!html.includes('property="og:title"')) continue;
    expect(html, file).not.toMatch(/<meta\s+(property|name)="(og|twitter):image/);
    expect(html, file).toMatch(/<meta\s+name="twitter:card"\s+content="summary"/);
  }
}, 180_000);

it('refuses a value it does not know', async () => {
  const { code, output } = await (project ?? (await createTempProject())).astroWith({ PREVIEW_IMAGES: 'no' }, 'build');
  expect(code).not.toBe(0);
  expect(output).toMatch(/PREVIEW_IMAGES: received "no", expected on or off/);
}, 120_000);
