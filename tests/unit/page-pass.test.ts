/** The pass over the built pages: each page through every step in order, written once if changed. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import pagePass, { type PageStep } from '../../src/integrations/page-pass';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'page-pass-'));
  mkdirSync(path.join(dir, 'guides', 'a'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<p>home</p>');
  writeFileSync(path.join(dir, 'guides', 'a', 'index.html'), '<p>guide</p>');
  writeFileSync(path.join(dir, 'notes.txt'), 'not a page');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, fork: () => logger };
type BuildDone = NonNullable<ReturnType<typeof pagePass>['hooks']['astro:build:done']>;
const run = (steps: PageStep[]) =>
  pagePass(steps).hooks['astro:build:done']?.({
    dir: pathToFileURL(`${dir}/`),
    logger,
  } as unknown as Parameters<BuildDone>[0]);

/** A step that appends its mark to the pages `changes` picks, and logs what it is given. */
function step(mark: string, log: string[], changes = (file: string) => file.length > 0): PageStep {
  return {
    name: mark,
    start: () => ({
      page: async (file, html) => {
        log.push(`${mark} ${file} ${html}`);
        return changes(file) ? `${html}${mark}` : html;
      },
      done: () => {
        log.push(`${mark} done`);
      },
    }),
  };
}

it('gives each page to every step in order, each step the page as the one before left it, then ends each step', async () => {
  const log: string[] = [];
  await run([step('1', log), step('2', log)]);
  const guide = path.join('guides', 'a', 'index.html');
  expect(log.filter((line) => line.includes(guide))).toEqual([`1 ${guide} <p>guide</p>`, `2 ${guide} <p>guide</p>1`]);
  expect(log.slice(-2)).toEqual(['1 done', '2 done']);
  expect(log.filter((line) => line.includes('notes'))).toEqual([]);
  expect(readFileSync(path.join(dir, guide), 'utf8')).toBe('<p>guide</p>12');
  expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toBe('<p>home</p>12');
});

it('leaves a page no step changed as it was, unwritten', async () => {
  const home = path.join(dir, 'index.html');
  utimesSync(home, new Date(2000, 0, 1), new Date(2000, 0, 1));
  await run([step('1', [], (file) => file !== 'index.html')]);
  expect(statSync(home).mtime.getFullYear()).toBe(2000);
  expect(readFileSync(home, 'utf8')).toBe('<p>home</p>');
});

it('passes the hooks before the build to each step, in order', async () => {
  const seen: string[] = [];
  const hooked = (name: string): PageStep => ({
    name,
    hooks: { 'astro:config:done': () => void seen.push(name) },
    start: () => ({ page: (_file, html) => html, done: () => {} }),
  });
  const done = pagePass([hooked('a'), hooked('b')]).hooks['astro:config:done'];
  await done?.({} as Parameters<NonNullable<typeof done>>[0]);
  expect(seen).toEqual(['a', 'b']);
});
