/**
 * The documentation stays true as the code changes: every clinic setting the schema accepts is
 * explained in docs/settings.md (and nothing it no longer accepts), the README stays a short front
 * door, and every relative link in the README, docs/ and CONTRIBUTING.md reaches a file, and a heading
 * in it when the link names one.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicSettingsSchema } from '../../src/schemas/clinic';
import { ROOT } from '../support/paths';
import { schemaKeys } from '../support/schema-keys';

const DOCS = path.join(ROOT, 'docs');
const SETTINGS_PAGE = path.join(DOCS, 'settings.md');

/** The README is read first by everyone; past this it is a manual again (issue 13). */
const README_MAX_BYTES = 8 * 1024;

const read = (file: string) => readFileSync(file, 'utf8');

/** Every Markdown file of documentation: the README, CONTRIBUTING.md and all of docs/. */
const docFiles = [
  path.join(ROOT, 'README.md'),
  path.join(ROOT, 'CONTRIBUTING.md'),
  ...readdirSync(DOCS, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(DOCS, name)),
];

/** The text a reader sees as prose: fenced blocks and inline code hold examples, not links. */
const prose = (markdown: string) => markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchorsIn = (markdown: string) =>
  new Set([...prose(markdown).matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1] ?? '')));

/** Relative links in a file's prose, as written: `[words](target)`, without web or mail addresses. */
const relativeLinks = (markdown: string) =>
  [...prose(markdown).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? '')
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('/'));

/** What is wrong with each relative link in `file`: a missing file, or a heading the file lacks. */
function brokenLinks(file: string): string[] {
  const from = path.relative(ROOT, file);
  return relativeLinks(read(file)).flatMap((target) => {
    const [relative = '', anchor] = target.split('#');
    const linked = relative === '' ? file : path.resolve(path.dirname(file), relative);
    if (!existsSync(linked)) return [`${from}: ${target} (no such file)`];
    if (anchor && linked.endsWith('.md') && !anchorsIn(read(linked)).has(anchor)) {
      return [`${from}: ${target} (no heading "#${anchor}" in ${path.relative(ROOT, linked)})`];
    }
    return [];
  });
}

describe('documentation', () => {
  const settingsPage = read(SETTINGS_PAGE);
  const keys = schemaKeys(clinicSettingsSchema);

  it('finds the settings in the clinic schema', () => {
    expect(keys).toContain('siteUrl');
    expect(keys).toContain('preparation.fasting.solidsHours');
  });

  it('docs/settings.md explains every setting the clinic schema accepts', () => {
    const missing = keys.filter((key) => !settingsPage.includes(`\`${key}\``));
    expect(missing, 'add these settings to docs/settings.md').toEqual([]);
  });

  it('docs/settings.md lists no setting the schema does not accept', () => {
    const listed = [...settingsPage.matchAll(/^\| `([^`]+)`/gm)].map((match) => match[1] ?? '');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((key) => !keys.includes(key))).toEqual([]);
  });

  it(`README.md stays a front door, under ${README_MAX_BYTES / 1024} KB`, () => {
    expect(Buffer.byteLength(read(path.join(ROOT, 'README.md')))).toBeLessThan(README_MAX_BYTES);
  });

  it('every relative link in the README, docs/ and CONTRIBUTING.md reaches a file and heading that exist', () => {
    expect(docFiles.length).toBeGreaterThan(3);
    expect(docFiles.flatMap(brokenLinks)).toEqual([]);
  });
});
