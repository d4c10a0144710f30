/**
 * Figures from repeated runs: the median and the range (min–max), and how they print. The bench
 * reports medians of interleaved runs, never one run, so noise from a shared machine shows as range.
 */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** "2.4 s (2.2–2.9, n=3)": the median, then the range and the number of runs. */
export function summary(values: readonly number[], format: (value: number) => string): string {
  if (values.length === 0) return 'n/a';
  if (values.length === 1) return `${format(values[0] ?? Number.NaN)} (n=1)`;
  return `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))}, n=${values.length})`;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const milliseconds = (ms: number): string => `${ms.toFixed(0)} ms`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** ours ÷ reference, to two places ("0.54×"); n/a when either is missing. */
export function ratio(ours: number | undefined, reference: number | undefined): string {
  if (
    ours === undefined ||
    reference === undefined ||
    !Number.isFinite(ours) ||
    !Number.isFinite(reference) ||
    reference <= 0
  )
    return 'n/a';
  return `${(ours / reference).toFixed(2)}×`;
}

/**
 * Runs each task `rounds` times, interleaved (a, b, c, a, b, c…), so load from anything else on the
 * machine falls on every side alike. A task that throws stops being run; its error is kept.
 */
export async function interleave<K extends string>(
  rounds: number,
  tasks: Record<K, () => Promise<number> | number>,
): Promise<Record<K, { values: number[]; error?: string }>> {
  const results = Object.fromEntries(Object.keys(tasks).map((key) => [key, { values: [] as number[] }])) as Record<
    K,
    { values: number[]; error?: string }
  >;
  for (let round = 0; round < rounds; round += 1) {
    for (const key of Object.keys(tasks) as K[]) {
      const result = results[key];
      if (result.error) continue;
      try {
        result.values.push(await tasks[key]());
      } catch (error) {
        result.error = (error as Error).message.slice(0, 400);
      }
    }
  }
  return results;
}
