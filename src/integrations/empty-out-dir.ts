/**
 * Empties the output folder before a build, as Astro does, without holding the build up: Astro deletes
 * the last build's files one by one on the main thread before it bundles anything (2–3 s of a rebuild at
 * 1,000 guides: a page and a preview image per guide). Here each entry of the folder is moved (renamed)
 * into a folder of Astro's cache directory at once, and deleted from there while the build goes on; the
 * build waits for that at its end. The output folder starts empty either way, so the output is the same.
 */
import type { AstroIntegration } from 'astro';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Moves every entry of `outDir` into a new folder under `trashDir` and returns that folder; an entry
 * that cannot be moved (another file system, say) is deleted at once, as Astro would.
 */
export function moveOutEntries(outDir: string, trashDir: string): string {
  const trash = path.join(trashDir, `${process.pid}-${randomUUID()}`);
  if (!existsSync(outDir)) return trash;
  // A cache folder inside the output folder cannot take its entries: they are deleted, as Astro would.
  const relative = path.relative(outDir, trashDir);
  const outside = relative.startsWith('..') || path.isAbsolute(relative);
  if (outside) mkdirSync(trash, { recursive: true });
  for (const entry of readdirSync(outDir)) {
    const from = path.join(outDir, entry);
    if (!(outside && moved(from, path.join(trash, entry)))) {
      rmSync(from, { recursive: true, force: true, maxRetries: 3 });
    }
  }
  return trash;
}

/** Whether `from` could be renamed `to` (not across file systems, say). */
function moved(from: string, to: string): boolean {
  try {
    renameSync(from, to);
    return true;
  } catch {
    return false;
  }
}

/**
 * Deletes every folder under `trashDir` (this build's, and any a build that stopped halfway left) in a
 * thread of its own: deleting with Node's promises would fill the thread pool that the build's own file
 * writes wait for.
 */
function emptyTrash(trashDir: string): Promise<void> {
  const code = `
    const { readdirSync, rmSync } = require('node:fs');
    const path = require('node:path');
    const dir = require('node:worker_threads').workerData;
    let entries = [];
    try { entries = readdirSync(dir); } catch {}
    for (const entry of entries) {
      // Another build sharing the cache folder may be deleting the same leftovers: what is gone is gone.
      try { rmSync(path.join(dir, entry), { recursive: true, force: true }); } catch {}
    }`;
  return new Promise((resolve) => {
    const worker = new Worker(code, { eval: true, workerData: trashDir });
    // Leftovers are only garbage in the cache folder: the next build deletes them.
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
}

export default function emptyOutDir(): AstroIntegration {
  let outDir = '';
  let trashDir = '';
  let deleting: Promise<void> = Promise.resolve();
  return {
    name: 'holding-space:empty-out-dir',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // Astro's own emptying is turned off only for a build, where astro:build:start does it instead.
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        trashDir = path.join(fileURLToPath(config.cacheDir), 'holding-space', 'old-output');
      },
      'astro:build:start': () => {
        moveOutEntries(outDir, trashDir);
        deleting = emptyTrash(trashDir);
      },
      'astro:build:done': async () => {
        await deleting;
      },
    },
  };
}
