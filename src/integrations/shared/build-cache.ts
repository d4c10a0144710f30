/**
 * A cache of files the build draws or prints (preview images, handout PDFs), kept in Astro's cache
 * directory (`cacheDir`, node_modules/.astro by default) and named by the SHA-256 of everything that
 * makes the file: the same inputs give the same file, so a rebuild copies it instead of drawing it
 * again, and any changed input gives another name, so a stale file is never served.
 *
 * Several builds may share one cache folder, so each file is written to a temporary name and then
 * renamed: a reader sees the whole file or none.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The SHA-256 of the parts, each one length-prefixed so that ("ab", "c") and ("a", "bc") differ. */
export function cacheKey(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

export interface FileCache {
  /** The folder the files are in. */
  dir: string;
  get(key: string): Promise<Buffer | undefined>;
  has(key: string): Promise<boolean>;
  /** The same, at once: for a loop that must not wait for a busy main thread between files. */
  hasNow(key: string): boolean;
  put(key: string, data: Uint8Array | string): Promise<void>;
}

/** The cache of one kind of file: <cacheDir>/holding-space/<kind>/<key><extension>. */
export function fileCache(cacheDir: URL | string, kind: string, extension: string): FileCache {
  const root = typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir);
  const dir = path.join(root, 'holding-space', kind);
  const fileOf = (key: string) => path.join(dir, `${key}${extension}`);
  return {
    dir,
    get: (key) => readFile(fileOf(key)).catch(() => undefined),
    has: (key) =>
      access(fileOf(key)).then(
        () => true,
        () => false,
      ),
    hasNow: (key) => existsSync(fileOf(key)),
    async put(key, data) {
      await mkdir(dir, { recursive: true });
      const temporary = `${fileOf(key)}.${process.pid}.${randomUUID()}.tmp`;
      try {
        await writeFile(temporary, data);
        await rename(temporary, fileOf(key));
      } finally {
        await rm(temporary, { force: true });
      }
    },
  };
}
