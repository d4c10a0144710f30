/**
 * A practice's site carries nothing of the sample clinic: not its name, phone, email or address, and
 * not a crisis line the practice does not list. Runs when the tests are pointed at another practice
 * (HS_PROJECT, as `npm run test:fixture` does); on the sample itself there is nothing to compare.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readClinic } from '../support/clinic';
import { DIST, OTHER_PROJECT, SAMPLE_CONTENT } from '../support/paths';
import { crisisLineNames } from '../support/crisis-lines';

/** Binary files that hold no text to search (images the build draws are checked as their source pages). */
const BINARY = /\.(png|jpe?g|webp|avif|gif|ico|woff2?|ttf|pdf)$/i;

/**
 * The text of a built file. Pagefind writes its index gzipped (fragments, index chunks, filters),
 * so those are read unzipped: search must not find the sample clinic either.
 */
function textOf(file: string): string {
  const bytes = readFileSync(path.join(DIST, file));
  const zipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (zipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

describe.skipIf(!OTHER_PROJECT)('nothing of the sample clinic is on another practice’s site', () => {
  const sample = readClinic(SAMPLE_CONTENT);
  const practice = readClinic();
  const practiceLines = new Set(practice.crisisLines.flatMap((line) => crisisLineNames(line.name)));
  const marks = [
    sample.name,
    sample.shortName,
    sample.phone.display,
    sample.phone.dial,
    sample.email,
    new URL(sample.siteUrl).host,
    ...(sample.outOfHours.phone ? [sample.outOfHours.phone.display, sample.outOfHours.phone.dial] : []),
    ...sample.address.filter((line) => !practice.address.includes(line)),
    ...sample.crisisLines.flatMap((line) => crisisLineNames(line.name)).filter((name) => !practiceLines.has(name)),
  ];
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !BINARY.test(entry.name))
    .map((entry) => path.relative(DIST, path.join(entry.parentPath, entry.name)))
    .sort();

  it('the practice differs from the sample in each of them', () => {
    expect(marks.filter((mark) => JSON.stringify(practice).includes(mark))).toEqual([]);
    expect(marks.length).toBeGreaterThan(6);
  });

  it.each(files)('%s', (file) => {
    const text = textOf(file);
    expect(marks.filter((mark) => text.includes(mark) || text.includes(mark.replaceAll('&', '&amp;')))).toEqual([]);
  });
});
