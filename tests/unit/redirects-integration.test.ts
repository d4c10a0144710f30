/** The build step for old addresses, run on a small folder standing in for dist/, and in `astro dev`. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import redirects from '../../src/integrations/redirects';
import { TEST_REDIRECT_WORDS } from '../support/ui';

const OPTIONS = {
  redirects: [{ from: '/guides/getting-ready/', to: '/guides/session-day/', line: 2 }],
  siteUrl: 'https://care.example.org',
  locale: 'en-US',
  words: TEST_REDIRECT_WORDS,
};
const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

let dir: string | undefined;
afterEach(async () => dir && rm(dir, { recursive: true, force: true }));

async function fakeDist(pages: string[]): Promise<string> {
  dir = await mkdtemp(path.join(os.tmpdir(), 'redirects-'));
  for (const address of pages) {
    await mkdir(path.join(dir, address), { recursive: true });
    await writeFile(path.join(dir, address, 'index.html'), `<h1>Page ${address}</h1>`);
  }
  return dir;
}

function buildDone(options: Parameters<typeof redirects>[0], outDir: string) {
  const hook = redirects(options).hooks['astro:build:done'];
  return hook?.({ dir: pathToFileURL(`${outDir}/`), logger } as unknown as Parameters<NonNullable<typeof hook>>[0]);
}

describe('after the build', () => {
  it('writes a page at each old address and the rules file', async () => {
    const outDir = await fakeDist(['/', '/guides/session-day/']);
    await buildDone(OPTIONS, outDir);
    const page = await readFile(path.join(outDir, 'guides', 'getting-ready', 'index.html'), 'utf8');
    expect(page).toContain('<a href="/guides/session-day/">Page /guides/session-day/</a>');
    expect(await readFile(path.join(outDir, '_redirects'), 'utf8')).toContain(
      '/guides/getting-ready/ /guides/session-day/ 301',
    );
  });

  it('stops, naming the line, when an old address is a page', async () => {
    const outDir = await fakeDist(['/guides/getting-ready/', '/guides/session-day/']);
    await expect(buildDone(OPTIONS, outDir)).rejects.toThrow(
      'content/redirects.yaml, line 2: /guides/getting-ready/ is a page on this site',
    );
    expect(existsSync(path.join(outDir, '_redirects'))).toBe(false);
  });
});

it('in astro dev, answers an old address with a 301 to the new one', () => {
  let middleware: ((request: { url?: string }, response: unknown, next: () => void) => void) | undefined;
  const server = { middlewares: { use: (handler: typeof middleware) => (middleware = handler) } };
  const hook = redirects(OPTIONS).hooks['astro:server:setup'];
  void hook?.({ server, logger } as unknown as Parameters<NonNullable<typeof hook>>[0]);

  for (const url of ['/guides/getting-ready/', '/guides/getting-ready', '/guides/getting-ready/?q=1']) {
    const sent: { status?: number; headers?: Record<string, string>; ended?: boolean } = {};
    const response = {
      writeHead: (status: number, headers: Record<string, string>) => Object.assign(sent, { status, headers }),
      end: () => (sent.ended = true),
    };
    middleware?.({ url }, response, () => expect.fail(`${url} was not redirected`));
    expect(sent, url).toEqual({ status: 301, headers: { Location: '/guides/session-day/' }, ended: true });
  }
  let passed = false;
  middleware?.({ url: '/guides/session-day/' }, {}, () => (passed = true));
  expect(passed).toBe(true);
});
