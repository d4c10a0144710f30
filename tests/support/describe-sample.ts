import { describe } from 'vitest';
import { IS_SAMPLE, sampleOnlyName } from './sample';

/** A Vitest describe block that runs only for the sample clinic (tests/support/sample.ts); its name says so. */
export function describeSample(name: string, body: () => void): void {
  describe.skipIf(!IS_SAMPLE)(sampleOnlyName(name), body);
}
