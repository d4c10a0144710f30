import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { contentType, serve, staticResponse } from '../../src/integrations/shared/static-server';

/** A tiny build: a home page, a guide, a 404 page, a headers file and one redirect. */
const root = mkdtempSync(path.join(tmpdir(), 'static-server-'));
mkdirSync(path.join(root, 'guides', 'safety'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<p>home</p>');
writeFileSync(path.join(root, 'guides', 'safety', 'index.html'), '<p>safety</p>');
writeFileSync(path.join(root, '404.html'), '<p>not found</p>');
writeFileSync(path.join(root, 'style.css'), 'p{}');
writeFileSync(path.join(root, '_headers'), '/*\n  X-Frame-Options: DENY\n/guides/*\n  X-Guide: yes\n');
writeFileSync(path.join(root, '_redirects'), '/old/ /guides/safety/ 301\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('staticResponse', () => {
  it('serves a directory address from its index.html, with the headers _headers gives it', () => {
    const response = staticResponse(root, '/guides/safety/?q=x');
    expect(response.status).toBe(200);
    expect(response.file).toBe(path.join(root, 'guides', 'safety', 'index.html'));
    expect(response.headers).toMatchObject({
      'X-Frame-Options': 'DENY',
      'X-Guide': 'yes',
      'Content-Type': 'text/html; charset=utf-8',
    });
  });

  it('answers with the _headers text it is given instead of the file, when given one', () => {
    const response = staticResponse(root, '/guides/safety/', { headersText: '/guides/*\n  X-Other: given\n' });
    expect(response.headers).toEqual({ 'X-Other': 'given', 'Content-Type': 'text/html; charset=utf-8' });
    expect(staticResponse(root, '/guides/safety/', { headersText: '' }).headers).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
    });
  });

  it('answers an unknown address with 404.html and status 404', () => {
    expect(staticResponse(root, '/nothing/')).toMatchObject({ status: 404, file: path.join(root, '404.html') });
  });

  it('never serves a file outside the build, nor breaks on a malformed address', () => {
    expect(staticResponse(root, `/../${path.basename(root)}/index.html`).status).toBe(200);
    expect(staticResponse(root, '/../../etc/passwd').status).toBe(404);
    expect(staticResponse(root, '/%E0%A4%A').status).toBe(404);
  });

  it('answers a redirect rule before any file, unless rules are off', () => {
    expect(staticResponse(root, '/old/')).toMatchObject({ status: 301, headers: { Location: '/guides/safety/' } });
    expect(staticResponse(root, '/old/', { redirects: false }).status).toBe(404);
  });
});

it('gives each kind of built file its content type, and unknown files plain bytes', () => {
  expect(contentType('a/b.css')).toBe('text/css; charset=utf-8');
  expect(contentType('x.pdf')).toBe('application/pdf');
  expect(contentType('pagefind/index/en_1.pf_index')).toBe('application/octet-stream');
});

it('serves over HTTP on a free port', async () => {
  const server = serve(0, root);
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = await fetch(`${base}/style.css`);
    expect(page.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await page.text()).toBe('p{}');
    const moved = await fetch(`${base}/old/`, { redirect: 'manual' });
    expect(moved.status).toBe(301);
  } finally {
    server.close();
  }
});

/** A raw GET (fetch would undo the compression): status, Content-Encoding and the body as sent. */
function rawGet(url: string, acceptEncoding?: string): Promise<{ encoding?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const encoding = response.headers['content-encoding'];
        resolve({ ...(encoding ? { encoding } : {}), body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

it('sends text gzip-compressed when asked to and the client accepts it, and nothing else', async () => {
  writeFileSync(path.join(root, 'chunk.pf_index'), 'binary');
  const plain = serve(0, root);
  const gzip = serve(0, root, { gzip: true });
  await Promise.all([plain, gzip].map((server) => new Promise((resolve) => server.once('listening', resolve))));
  const base = (server: typeof plain) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const page = await rawGet(`${base(gzip)}/guides/safety/`, 'gzip, deflate, br');
    expect(page.encoding).toBe('gzip');
    expect(gunzipSync(page.body).toString()).toBe('<p>safety</p>');
    // Not accepted, not text, or not asked for: the file as it is.
    expect(await rawGet(`${base(gzip)}/style.css`)).toEqual({ body: Buffer.from('p{}') });
    expect(await rawGet(`${base(gzip)}/chunk.pf_index`, 'gzip')).toEqual({ body: Buffer.from('binary') });
    expect(await rawGet(`${base(plain)}/style.css`, 'gzip')).toEqual({ body: Buffer.from('p{}') });
  } finally {
    plain.close();
    gzip.close();
  }
});
