/**
 * Writes new versions of pages the build wrote a moment ago, each as a new file in its place, a few at
 * a time while the caller goes on to the next page. Overwriting a just-written file in place makes ext4
 * (and file systems like it) first put its old content on disk (the `auto_da_alloc` safeguard): about
 * 1.5 ms of waiting per page, 2 s for 1,000 pages. Removing the old file first drops that content.
 */
import { unlink, writeFile } from 'node:fs/promises';

/** A file that could not be written, and why. */
export interface RewriteFailure {
  file: string;
  error: unknown;
}

/** Rewrites files with at most `limit` at once (each holds a file descriptor while it runs). */
export function fileRewriter(limit = 8) {
  const running = new Set<Promise<void>>();
  const failures: RewriteFailure[] = [];
  return {
    /** Starts rewriting a file, once fewer than `limit` rewrites are running. */
    async rewrite(file: string, text: string): Promise<void> {
      while (running.size >= limit) await Promise.race(running);
      const job = unlink(file)
        // Not there: nothing to remove.
        .catch(() => undefined)
        .then(() => writeFile(file, text))
        .catch((error: unknown) => {
          failures.push({ file, error });
        })
        .finally(() => running.delete(job));
      running.add(job);
    },
    /** Waits for every rewrite started; the files that could not be written. */
    async finish(): Promise<RewriteFailure[]> {
      await Promise.all(running);
      return failures;
    },
  };
}
