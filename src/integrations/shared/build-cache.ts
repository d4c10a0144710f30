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
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
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

/**
 * What the build's own code is, for a cache of what that code makes: every file under `srcDir`
 * (by its path and bytes), the project's config, and the installed packages' versions (npm's record of
 * node_modules) and Node's. Any change to any of them gives another fingerprint.
 */
export function codeFingerprint(root: URL | string, srcDir: URL | string): string {
  const rootPath = typeof root === 'string' ? root : fileURLToPath(root);
  const srcPath = typeof srcDir === 'string' ? srcDir : fileURLToPath(srcDir);
  const parts: (string | Uint8Array)[] = [process.version, folderDigest(srcPath)];
  for (const file of ['astro.config.mjs', 'package.json', path.join('node_modules', '.package-lock.json')]) {
    const full = path.join(rootPath, file);
    parts.push(file, existsSync(full) ? readFileSync(full) : '');
  }
  return cacheKey(...parts);
}

/** Every file of a folder, by its path in it and its bytes. */
function folderDigest(dir: string): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return cacheKey(...files.flatMap((file) => [path.relative(dir, file), readFileSync(file)]));
}

/**
 * A copy of a folder made of hard links (a copy where a link cannot be made): a thousand files in
 * milliseconds, where copying their bytes took most of a second. A file changed in place afterwards
 * changes in both, which the kept folder's digest catches before the cache ever gives it back.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/** The last folder a folder cache kept: its key, and what its maker noted with it. */
interface KeptFolder<Note> {
  key: string;
  note: Note;
}

export interface FolderCache<Note> {
  /** What the last build that kept a folder noted, if a folder is kept. */
  last(): KeptFolder<Note> | undefined;
  /** Puts a copy of the folder kept under `key` at `to`; false if there is none whole (`to` is then left as it was). */
  restore(key: string, to: string): boolean;
  /**
   * Keeps a copy of `from` under `key` with its note, in place of the folder kept before: kept once
   * this returns; the promise is the deletion of the folders kept before.
   */
  save(key: string, from: string, note: Note): Promise<void>;
}

/**
 * A cache of one folder the build makes whole (the search index): only the last one is kept, in
 * <cacheDir>/holding-space/<kind>/<key>/, with last.json naming it. Each folder is copied under a
 * temporary name and renamed, so a build sharing the cache sees a whole folder or none.
 */
export function folderCache<Note>(cacheDir: URL | string, kind: string): FolderCache<Note> {
  const root = typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir);
  const dir = path.join(root, 'holding-space', kind);
  const lastFile = path.join(dir, 'last.json');
  const folderOf = (key: string) => path.join(dir, key);
  return {
    last() {
      try {
        return JSON.parse(readFileSync(lastFile, 'utf8')) as KeptFolder<Note>;
      } catch {
        return undefined;
      }
    },
    restore(key, to) {
      if (!/^[0-9a-f]{64}$/.test(key)) return false;
      const temporary = `${to}.${process.pid}.${randomUUID()}.tmp`;
      try {
        const digest = readFileSync(`${folderOf(key)}.digest`, 'utf8');
        linkTree(folderOf(key), temporary);
        // A build sharing the cache may have been deleting the folder while it was copied: only a copy
        // with every file the folder was saved with is used.
        if (folderDigest(temporary) !== digest) return false;
        rmSync(to, { recursive: true, force: true });
        renameSync(temporary, to);
        return true;
      } catch {
        return false;
      } finally {
        rmSync(temporary, { recursive: true, force: true });
      }
    },
    save(key, from, note) {
      mkdirSync(dir, { recursive: true });
      const temporary = path.join(dir, `${process.pid}.${randomUUID()}.tmp`);
      try {
        linkTree(from, temporary);
        rmSync(folderOf(key), { recursive: true, force: true });
        renameSync(temporary, folderOf(key));
        writeFileSync(`${folderOf(key)}.digest`, folderDigest(from));
        writeFileSync(`${lastFile}.${process.pid}.tmp`, JSON.stringify({ key, note } satisfies KeptFolder<Note>));
        renameSync(`${lastFile}.${process.pid}.tmp`, lastFile);
      } finally {
        rmSync(temporary, { recursive: true, force: true });
      }
      // Only the last folder is ever looked for. The others are deleted while the build ends (a thousand
      // files): one a build sharing the cache is copying fails its digest, and one left over when the
      // build exits first goes with the next save.
      const older = readdirSync(dir).filter((entry) => !entry.startsWith(key) && /^[0-9a-f]{64}/.test(entry));
      return Promise.all(
        older.map((entry) => rm(path.join(dir, entry), { recursive: true, force: true }).catch(() => undefined)),
      ).then(() => undefined);
    },
  };
}
