import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { readSiteSettings, readSiteUrl } from '../../src/integrations/shared/site-url';

async function settingsFile(yaml: string): Promise<URL> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'site-url-')), 'clinic.yaml');
  await writeFile(file, yaml);
  return pathToFileURL(file);
}

it('reads the site address from the clinic settings', async () => {
  expect(readSiteUrl(await settingsFile('siteUrl: https://care.example.org\n'))).toBe('https://care.example.org');
});

it('reads a site address under a path', async () => {
  expect(readSiteUrl(await settingsFile('siteUrl: https://example.org/kat/\n'))).toBe('https://example.org/kat/');
});

it('names the file when the address is missing or unusable', async () => {
  const file = await settingsFile('siteUrl: https://care.example.org/kat/?x\n');
  expect(() => readSiteUrl(file)).toThrow(/clinic\.yaml: siteUrl must be the address the site is published at/);
  expect(() => readSiteUrl(new URL('x', file))).toThrow();
});

it('refuses an http address, saying why', async () => {
  const file = await settingsFile('siteUrl: http://care.example.org\n');
  expect(() => readSiteUrl(file)).toThrow(
    /clinic\.yaml: siteUrl must start with https:\/\/, such as https:\/\/care\.example\.org: browsers warn readers away/,
  );
});

it('reads the locale with the address, for pages the build writes itself', async () => {
  const file = await settingsFile('siteUrl: https://care.example.org\nlocale: en-GB\n');
  expect(readSiteSettings(file)).toEqual({ siteUrl: 'https://care.example.org', locale: 'en-GB' });
  const bad = await settingsFile('siteUrl: https://care.example.org\nlocale: english\n');
  expect(() => readSiteSettings(bad)).toThrow(/clinic\.yaml: locale must look like en-US or en-GB/);
});
