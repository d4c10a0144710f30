/** Rewriting built pages: each as a new file, all of them by the end, and the ones that failed named. */
import { linkSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fileRewriter } from '../../src/integrations/shared/rewrite-file';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rewrite-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('writes the new text as a new file in the old one’s place, leaving another link to the old file as it was', async () => {
  const page = path.join(dir, 'index.html');
  writeFileSync(page, 'old');
  linkSync(page, path.join(dir, 'link.html'));
  const rewriter = fileRewriter();
  await rewriter.rewrite(page, 'new');
  expect(await rewriter.finish()).toEqual([]);
  expect(readFileSync(page, 'utf8')).toBe('new');
  expect(readFileSync(path.join(dir, 'link.html'), 'utf8')).toBe('old');
});

it('has every file written once finish() returns, more files than it writes at once, new ones too', async () => {
  const files = Array.from({ length: 20 }, (_, index) => path.join(dir, `${index}.html`));
  for (const file of files.slice(0, 10)) writeFileSync(file, 'old');
  const rewriter = fileRewriter(3);
  for (const file of files) await rewriter.rewrite(file, `page ${path.basename(file)}`);
  expect(await rewriter.finish()).toEqual([]);
  expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual(files.map((file) => `page ${path.basename(file)}`));
});

it('names each file it could not write, and writes the others', async () => {
  const missing = path.join(dir, 'no-such-folder', 'index.html');
  const page = path.join(dir, 'index.html');
  const rewriter = fileRewriter();
  await rewriter.rewrite(missing, 'x');
  await rewriter.rewrite(page, 'y');
  const failures = await rewriter.finish();
  expect(failures.map((failure) => failure.file)).toEqual([missing]);
  expect(failures[0]?.error).toBeInstanceOf(Error);
  expect(readFileSync(page, 'utf8')).toBe('y');
});
