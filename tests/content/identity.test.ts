/**
 * The clinic's identity settings through Astro: an accent that is hard to read, or a logo the site
 * cannot use, stops `astro sync` (and so `astro build` and `astro dev`), naming the settings file and
 * the setting. One throwaway copy, two runs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addContentFile, createTempProject, patchClinic, type TempProject } from '../support/temp-project';

describe('astro stops on an identity setting it cannot use', () => {
  let project: TempProject | undefined;
  afterAll(async () => project?.remove());

  it('names colors.accent when the accent is too pale to read, then the logo file when it has a script', async () => {
    project = await createTempProject();
    await patchClinic(project, { colors: { accent: '#88aaff' } });
    const pale = await project.astro('sync');
    expect(pale.code, pale.output).not.toBe(0);
    expect(pale.output).toContain(
      'content/settings/clinic.yaml: colors.accent: #88aaff has contrast 2.1:1 on the light page background #fbfaf7; needs 4.5:1',
    );

    await patchClinic(project, { colors: null, logo: 'bad-logo.svg' });
    await addContentFile(
      project,
      'settings/bad-logo.svg',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><script>alert(1)</script><path d="M0 0h8v8H0Z"/></svg>',
    );
    const script = await project.astro('sync');
    expect(script.code, script.output).not.toBe(0);
    expect(script.output).toContain('content/settings/clinic.yaml: logo: content/settings/bad-logo.svg has a <script>');
  }, 180_000);
});
