/**
 * Synthetic guide pages for the scale benchmark: valid against the content contract, about 450
 * words each in plain sentences with headings, so a build and a search index do realistic work.
 * Deterministic (page n is always the same), never committed: written into a temporary copy.
 */
import { PHASES } from '../../src/schemas/names';

const WORDS = [
  'rest',
  'water',
  'friend',
  'quiet',
  'music',
  'blanket',
  'breath',
  'window',
  'morning',
  'notebook',
  'question',
  'walk',
  'tea',
  'light',
  'garden',
  'chair',
];

function sentence(n: number, i: number): string {
  const pick = (k: number) => WORDS[(n * 7 + i * 3 + k) % WORDS.length] ?? 'rest';
  return `Some people like to bring a ${pick(0)} and a ${pick(1)}, and you can ask your care team about the ${pick(2)} before the day.`;
}

/** The id (file name without .mdx) of synthetic page n. */
export function syntheticId(n: number): string {
  return `synthetic-${String(n).padStart(4, '0')}`;
}

/** The frontmatter fields of synthetic page n, as the guides schema wants them. */
export function syntheticFrontmatter(n: number) {
  return {
    title: `Practice page ${n}: getting ready with ${WORDS[n % WORDS.length]}`,
    description: `A generated page for the scale benchmark, number ${n}. It has plain sentences and headings like a real guide.`,
    phase: PHASES[n % PHASES.length] ?? 'about',
    order: 100 + n,
  };
}

/** The body of synthetic page n: five sections of four sentences, plus a list. */
export function syntheticBody(n: number): string {
  const sections = [1, 2, 3, 4, 5].map((s) => {
    const text = [0, 1, 2, 3].map((i) => sentence(n, s * 4 + i)).join(' ');
    return `## Part ${s} of page ${n}\n\n${text}\n\n- ${WORDS[(n + s) % WORDS.length]}\n- ${WORDS[(n + s + 5) % WORDS.length]}\n`;
  });
  return `Page ${n} is made up for testing. ${sentence(n, 0)}\n\n${sections.join('\n')}`;
}

/** A whole guide file for this site: plain Markdown, so the same text is a valid `.md` or `.mdx` guide. */
export function syntheticGuide(n: number): string {
  const data = syntheticFrontmatter(n);
  return `---
title: '${data.title}'
description: '${data.description}'
phase: ${data.phase}
order: ${data.order}
lastReviewed: 2026-11-01
nextReviewDue: 2027-11-01
reviewedBy: Benchmark generator
sources:
  - title: Synthetic source
    publisher: Holding Space benchmark
    url: https://example.org/
---

${syntheticBody(n)}`;
}
