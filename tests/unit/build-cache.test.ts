import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cacheKey, codeFingerprint, fileCache, folderCache } from '../../src/integrations/shared/build-cache';

const folders: string[] = [];
afterAll(async () => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

it('keys by every part and where each part ends', () => {
  expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
  expect(cacheKey('a', 'b')).toBe(cacheKey('a', 'b'));
  expect(cacheKey('a', Buffer.from('b'))).toBe(cacheKey('a', 'b'));
  expect(cacheKey('a')).toMatch(/^[0-9a-f]{64}$/);
});

it('gives back what was put under a key, nothing for an unknown key, and leaves no temporary file', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'holding-space-cache-'));
  folders.push(dir);
  const cache = fileCache(dir, 'og', '.png');
  expect(cache.dir).toBe(path.join(dir, 'holding-space', 'og'));
  const key = cacheKey('picture');
  expect(await cache.get(key)).toBeUndefined();
  expect(await cache.has(key)).toBe(false);
  expect(cache.hasNow(key)).toBe(false);
  // Two builds writing the same file at once: each writes whole, the last one wins.
  await Promise.all([cache.put(key, 'first'), cache.put(key, 'first')]);
  expect((await cache.get(key))?.toString()).toBe('first');
  expect(await cache.has(key)).toBe(true);
  expect(cache.hasNow(key)).toBe(true);
  expect(await readdir(cache.dir)).toEqual([`${key}.png`]);
});

/** A folder with the given files (path → text). */
function folderWith(dir: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** A folder's files (path → text). */
const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .map((file) => [path.relative(dir, file), readFileSync(file, 'utf8')]),
  );

it('keeps the last folder with its note, gives it back whole under its key only, and drops the one before', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'holding-space-cache-'));
  folders.push(dir);
  const cache = folderCache<{ pages: number }>(dir, 'pagefind');
  const [first, second] = [cacheKey('first'), cacheKey('second')];
  expect(cache.last()).toBeUndefined();
  expect(cache.restore(first, path.join(dir, 'out'))).toBe(false);

  const made = folderWith(path.join(dir, 'made'), { 'a.txt': 'a', 'sub/b.txt': 'b' });
  await cache.save(first, made, { pages: 2 });
  expect(cache.last()).toEqual({ key: first, note: { pages: 2 } });
  const out = path.join(dir, 'out');
  folderWith(out, { 'stale.txt': 'from before' });
  expect(cache.restore(first, out)).toBe(true);
  expect(filesOf(out)).toEqual({ 'a.txt': 'a', [path.join('sub', 'b.txt')]: 'b' });
  expect(cache.restore(second, path.join(dir, 'other'))).toBe(false);

  await cache.save(second, folderWith(path.join(dir, 'made2'), { 'c.txt': 'c' }), { pages: 1 });
  expect(cache.last()).toEqual({ key: second, note: { pages: 1 } });
  expect(cache.restore(first, path.join(dir, 'other'))).toBe(false);
  // No temporary folder is left behind: the kept folder, its digest and last.json.
  expect((await readdir(path.join(dir, 'holding-space', 'pagefind'))).sort()).toEqual(
    [second, `${second}.digest`, 'last.json'].sort(),
  );
});

it('never gives back a kept folder that changed: a file lost (another build deleting it meanwhile) or changed in place', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'holding-space-cache-'));
  folders.push(dir);
  const cache = folderCache<null>(dir, 'pagefind');
  const key = cacheKey('index');
  await cache.save(key, folderWith(path.join(dir, 'made'), { 'a.txt': 'a', 'b.txt': 'b' }), null);
  rmSync(path.join(dir, 'holding-space', 'pagefind', key, 'b.txt'));
  const out = folderWith(path.join(dir, 'out'), { 'kept.txt': 'as it was' });
  expect(cache.restore(key, out)).toBe(false);
  expect(filesOf(out)).toEqual({ 'kept.txt': 'as it was' });

  // The kept files may be the saved folder's own (hard links): one written over in place is caught.
  const again = cacheKey('index again');
  const made = folderWith(path.join(dir, 'made2'), { 'a.txt': 'a' });
  await cache.save(again, made, null);
  writeFileSync(path.join(made, 'a.txt'), 'changed after the build');
  expect(cache.restore(again, out)).toBe(false);
  expect(filesOf(out)).toEqual({ 'kept.txt': 'as it was' });
});

it('fingerprints the build code: every file under src/, the config, and the installed packages', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'holding-space-code-'));
  folders.push(dir);
  folderWith(dir, {
    'src/integrations/step.ts': 'one',
    'astro.config.mjs': 'config',
    'package.json': '{}',
    'node_modules/.package-lock.json': '{"v":1}',
    'content/guide.md': 'not code',
  });
  const src = path.join(dir, 'src');
  const before = codeFingerprint(dir, src);
  expect(codeFingerprint(dir, src)).toBe(before);
  folderWith(dir, { 'content/guide.md': 'changed words' });
  expect(codeFingerprint(dir, src)).toBe(before);
  const changes: Record<string, string>[] = [
    { 'src/integrations/step.ts': 'two' },
    { 'src/lib/new.ts': 'new' },
    { 'astro.config.mjs': 'config 2' },
    { 'node_modules/.package-lock.json': '{"v":2}' },
  ];
  const seen = new Set([before]);
  for (const change of changes) {
    folderWith(dir, change);
    const now = codeFingerprint(dir, src);
    expect(seen.has(now), JSON.stringify(change)).toBe(false);
    seen.add(now);
  }
});
