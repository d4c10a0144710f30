/**
 * Tests of the sample clinic's own words (the seed's points, its guide list, its thresholds) hold
 * only for the sample content. They run while content/settings/clinic.yaml says `sample: true`, and
 * are skipped, saying why, for any other practice: a practice never edits tests/.
 */
import { describe } from 'vitest';
import { readClinic } from './clinic';

export const IS_SAMPLE = readClinic().sample;

export const SAMPLE_ONLY_REASON =
  "the sample clinic's own content; skipped because content/settings/clinic.yaml has sample: false";

/** A describe block that runs only for the sample clinic; its name says so when it is skipped. */
export function describeSample(name: string, body: () => void): void {
  describe.skipIf(!IS_SAMPLE)(IS_SAMPLE ? `${name} (sample clinic)` : `${name} (${SAMPLE_ONLY_REASON})`, body);
}
