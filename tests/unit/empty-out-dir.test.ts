/** Emptying the output folder before a build: moved aside at once, deleted meanwhile, nothing left. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import emptyOutDir, { moveOutEntries } from '../../src/integrations/empty-out-dir';

let dir = '';
let outDir = '';
let cacheDir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'empty-out-dir-'));
  outDir = path.join(dir, 'dist');
  cacheDir = path.join(dir, 'cache');
  mkdirSync(path.join(outDir, 'guides', 'a'), { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), '<p>home</p>');
  writeFileSync(path.join(outDir, 'guides', 'a', 'index.html'), '<p>guide</p>');
  writeFileSync(path.join(outDir, '.hidden'), 'dot files go too, as with Astro');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('moves every entry of the output folder into a new folder of the trash, keeping the output folder', () => {
  const trash = moveOutEntries(outDir, path.join(cacheDir, 'old'));
  expect(readdirSync(outDir)).toEqual([]);
  expect(readdirSync(trash).sort()).toEqual(['.hidden', 'guides', 'index.html']);
  expect(path.dirname(trash)).toBe(path.join(cacheDir, 'old'));
});

it('deletes the entries at once, as Astro does, when the cache folder is inside the output folder', () => {
  const trash = moveOutEntries(outDir, path.join(outDir, 'cache', 'old'));
  expect(readdirSync(outDir)).toEqual([]);
  expect(existsSync(trash)).toBe(false);
});

it('does nothing when there is no output folder yet', () => {
  rmSync(outDir, { recursive: true });
  const trash = moveOutEntries(outDir, path.join(cacheDir, 'old'));
  expect(existsSync(outDir)).toBe(false);
  expect(existsSync(trash)).toBe(false);
});

it('turns Astro’s own emptying off for a build only, empties the folder at its start and deletes it all by its end', async () => {
  const integration = emptyOutDir();
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  const updates: unknown[] = [];
  hooks['astro:config:setup']?.({ command: 'dev', updateConfig: (update: unknown) => updates.push(update) });
  expect(updates).toEqual([]);
  hooks['astro:config:setup']?.({ command: 'build', updateConfig: (update: unknown) => updates.push(update) });
  expect(updates).toEqual([{ vite: { build: { emptyOutDir: false } } }]);

  // A folder an earlier build left halfway is deleted too.
  const trashDir = path.join(cacheDir, 'holding-space', 'old-output');
  mkdirSync(path.join(trashDir, 'left-over', 'page'), { recursive: true });
  hooks['astro:config:done']?.({
    config: { outDir: pathToFileURL(`${outDir}/`), cacheDir: pathToFileURL(`${cacheDir}/`) },
  });
  await hooks['astro:build:start']?.({});
  expect(readdirSync(outDir)).toEqual([]);
  await hooks['astro:build:done']?.({});
  expect(readdirSync(trashDir)).toEqual([]);
});
