import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { cacheKey, fileCache } from '../../src/integrations/shared/build-cache';

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
