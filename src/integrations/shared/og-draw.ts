/**
 * Draws preview images on every core: a pool of worker threads (./og-draw-worker.ts), each with the
 * fonts loaded once. What a picture shows is decided by the caller (a satori element tree).
 */
import { Worker } from 'node:worker_threads';

export interface DrawSetup {
  fonts: { name: string; data: Uint8Array; weight: 400 | 700; style: 'normal' }[];
  size: { width: number; height: number };
  /** resvg's options (JSON-safe). */
  resvg: { fitTo: { mode: 'width'; value: number } };
}

export interface DrawJob {
  id: number;
  tree: unknown;
}

export type DrawResult = { id: number; png: Uint8Array } | { id: number; error: string };

export interface DrawPool {
  draw(tree: unknown): Promise<Uint8Array>;
  close(): Promise<void>;
}

export function drawPool(size: number, setup: DrawSetup): DrawPool {
  const workers = Array.from(
    { length: Math.max(1, size) },
    () => new Worker(new URL('./og-draw-worker.ts', import.meta.url), { workerData: setup }),
  );
  const waiting = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
  const queue: DrawJob[] = [];
  const idle: Worker[] = [];
  let next = 0;
  const give = (worker: Worker) => {
    const job = queue.shift();
    if (job) worker.postMessage(job);
    else idle.push(worker);
  };
  for (const worker of workers) {
    worker.on('message', (result: DrawResult) => {
      const pending = waiting.get(result.id);
      waiting.delete(result.id);
      if ('png' in result) pending?.resolve(result.png);
      else pending?.reject(new Error(result.error));
      give(worker);
    });
    worker.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
    idle.push(worker);
  }
  return {
    draw(tree) {
      const id = next++;
      const promise = new Promise<Uint8Array>((resolve, reject) => waiting.set(id, { resolve, reject }));
      queue.push({ id, tree });
      const worker = idle.pop();
      if (worker) give(worker);
      return promise;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
