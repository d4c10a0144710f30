/** The build step that writes each page's policy names the page it cannot give one. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import pagePass from '../../src/integrations/page-pass';
import securityHeaders from '../../src/integrations/security-headers';

let dir: string | undefined;
afterEach(async () => dir && rm(dir, { recursive: true, force: true }));

it('names the page when a page has no <head> for its Content-Security-Policy', async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'security-headers-'));
  await writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home</title></head><body></body></html>',
  );
  await mkdir(path.join(dir, 'guides', 'old'), { recursive: true });
  await writeFile(
    path.join(dir, 'guides', 'old', 'index.html'),
    '<!doctype html><title>Redirecting</title><a href="/">Home</a>',
  );
  const hook = pagePass([securityHeaders()]).hooks['astro:build:done'];
  const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, fork: () => logger };

  await expect(
    hook?.({ dir: pathToFileURL(`${dir}/`), logger } as unknown as Parameters<NonNullable<typeof hook>>[0]),
  ).rejects.toThrow(
    `${path.join('guides', 'old', 'index.html')}: The page has no <head> to put its Content-Security-Policy in`,
  );
});
