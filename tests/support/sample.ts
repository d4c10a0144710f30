/**
 * Tests of the sample clinic's own words (the seed's points, its guide list, its thresholds) hold
 * only for the sample content. They run while content/settings/clinic.yaml says `sample: true`, and
 * are skipped, saying why, for any other practice: a practice never edits tests/. Used by Vitest and
 * Playwright alike, so it imports neither.
 */
import { readClinic } from './clinic';

export const IS_SAMPLE = readClinic().sample;

export const SAMPLE_ONLY_REASON =
  "the sample clinic's own content; skipped because content/settings/clinic.yaml has sample: false";

/** A test or group name that says, when skipped, why. */
export function sampleOnlyName(name: string): string {
  return IS_SAMPLE ? `${name} (sample clinic)` : `${name} (${SAMPLE_ONLY_REASON})`;
}
