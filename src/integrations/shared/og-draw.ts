/**
 * Draws preview images on every core: a pool of worker threads (./og-draw-worker.ts), each with the
 * fonts loaded once. What a picture shows is decided by the caller (a satori element tree).
 */
import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';

const WORKER = new URL('./og-draw-worker.ts', import.meta.url);

/** The code that draws and encodes a picture, for the cache key: changed code may give other bytes. */
export function drawingCode(): Promise<string[]> {
  return Promise.all(
    [
      WORKER,
      ...['./png.ts', './og-band.ts', './og-text.ts', './og-glyphs.ts'].map((file) => new URL(file, import.meta.url)),
    ].map((file) => readFile(file, 'utf8')),
  );
}

export interface DrawSetup {
  fonts: { name: string; data: Uint8Array; weight: 400 | 700; style: 'normal' }[];
  size: { width: number; height: number };
  /** resvg's options (JSON-safe). */
  resvg: { fitTo: { mode: 'width'; value: number } };
}

export interface DrawJob {
  id: number;
  tree: unknown;
  /** The same picture without its own words, if it has any: drawn once, shared by the pictures. */
  base?: unknown;
  /** The picture's title, for drawing it glyph by glyph over the base (./og-glyphs.ts). */
  title?: TitleJob;
}

/**
 * A title that the worker may draw glyph by glyph instead of through satori and resvg: its lines,
 * one text node each in the tree, with the type they are set in, and `probe`, the same tree with
 * each line a single "H", from which satori's place of each line is read once per line count.
 */
export interface TitleJob {
  lines: string[];
  probe: unknown;
  fontSize: number;
  weight: 400 | 700;
  /** The ink, '#rrggbb', used by nothing else in the picture. */
  colour: string;
  /** The width of the box the lines are set in. */
  width: number;
}

export type DrawResult = { id: number; png: Uint8Array } | { id: number; error: string };

export interface DrawPool {
  /** Draws a picture (`base`, `title`: see DrawJob); `tag` names it for `drop`. */
  draw(tree: unknown, base?: unknown, tag?: string, title?: TitleJob): Promise<Uint8Array>;
  /**
   * Adds workers up to `size` when enough pictures wait to be worth it: a worker takes about as
   * long to start as to draw 50 pictures.
   */
  grow(size: number): void;
  /** Takes back every waiting picture whose tag `keep` refuses; their promises reject. */
  drop(keep: (tag: string | undefined) => boolean): void;
  close(): Promise<void>;
}

interface Waiting {
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
  tag: string | undefined;
}

/**
 * Pictures handed to each worker ahead of the one it draws. The main thread hands out the next
 * picture only between its own tasks, and while Astro bundles or renders it may not get to it for
 * hundreds of milliseconds: a worker given one picture at a time sat idle for most of the build.
 */
const AHEAD = 16;

export function drawPool(size: number, setup: DrawSetup): DrawPool {
  const workers: Worker[] = [];
  const waiting = new Map<number, Waiting>();
  const queue: DrawJob[] = [];
  /** How many pictures each worker has been given and not yet returned. */
  const given = new Map<Worker, number>();
  let next = 0;
  const give = (worker: Worker) => {
    for (let count = given.get(worker) ?? 0; count < AHEAD; count += 1) {
      const job = queue.shift();
      if (!job) break;
      worker.postMessage(job);
      given.set(worker, count + 1);
    }
  };
  const start = () => {
    const worker = new Worker(WORKER, { workerData: setup });
    // A build that stops early must not wait for the pool.
    worker.unref();
    worker.on('message', (result: DrawResult) => {
      const pending = waiting.get(result.id);
      waiting.delete(result.id);
      if ('png' in result) pending?.resolve(result.png);
      else pending?.reject(new Error(result.error));
      given.set(worker, (given.get(worker) ?? 1) - 1);
      give(worker);
    });
    worker.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
    workers.push(worker);
    given.set(worker, 0);
    give(worker);
  };
  for (let count = 0; count < Math.max(1, size); count += 1) start();
  return {
    draw(tree, base, tag, title) {
      const id = next++;
      const promise = new Promise<Uint8Array>((resolve, reject) => waiting.set(id, { resolve, reject, tag }));
      queue.push({ id, tree, ...(base === undefined ? {} : { base }), ...(title === undefined ? {} : { title }) });
      // The least busy worker takes it, if it has room.
      const worker = [...workers].sort((a, b) => (given.get(a) ?? 0) - (given.get(b) ?? 0))[0];
      if (worker) give(worker);
      return promise;
    },
    grow(wanted) {
      if (queue.length < 50) return;
      while (workers.length < wanted) start();
    },
    drop(keep) {
      for (let index = queue.length - 1; index >= 0; index -= 1) {
        const job = queue[index];
        const pending = job && waiting.get(job.id);
        if (!job || !pending || keep(pending.tag)) continue;
        queue.splice(index, 1);
        waiting.delete(job.id);
        pending.reject(new Error('not needed'));
      }
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
