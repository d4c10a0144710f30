/**
 * The security policy shipped with the site: dist/_headers for hosts that read it, the same policy in
 * every page's <meta>, and every inline script and style on every page allowed by its hash.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/integrations/security-headers';
import {
  SECURITY_HEADERS,
  effectiveSources,
  hashSource,
  headersFor,
  parsePolicy,
  policyProblems,
  type Policy,
} from '../../src/integrations/shared/security-headers';
import { page } from '../support/dist';
import { EXECUTABLE_INLINE_SCRIPT } from '../support/page-weight';
import { DIST } from '../support/paths';
import { sitePages } from '../support/site-pages';

const headersPath = path.join(DIST, '_headers');
const pages = sitePages();

describe('dist/_headers', () => {
  it('exists in the build output', () => {
    expect(existsSync(headersPath)).toBe(true);
  });

  it('gives every page a safe Content-Security-Policy and the other security headers', () => {
    const file = readFileSync(headersPath, 'utf8');
    for (const { address } of pages) {
      const headers = headersFor(file, address);
      const csp = headers['Content-Security-Policy'];
      expect(csp, `${address} has no Content-Security-Policy`).toBeDefined();
      expect(policyProblems(parsePolicy(csp ?? ''), { header: true }), address).toEqual([]);
      expect(headers['Referrer-Policy']).toBe('no-referrer');
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      for (const feature of ['camera', 'microphone', 'geolocation', 'browsing-topics']) {
        expect(headers['Permissions-Policy']).toContain(`${feature}=()`);
      }
      expect(headers).toMatchObject(SECURITY_HEADERS);
    }
  });

  it('keeps every header line within the 2,000 characters Cloudflare Pages accepts', () => {
    for (const line of readFileSync(headersPath, 'utf8').split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });
});

describe('every page', () => {
  const headerPolicy = () =>
    parsePolicy(headersFor(readFileSync(headersPath, 'utf8'), '/')['Content-Security-Policy'] ?? '');

  for (const { address, file } of pages) {
    describe(address, () => {
      it('has a safe policy in a <meta> before any script or style', () => {
        const html = readFileSync(path.join(DIST, file), 'utf8');
        const content = metaPolicy(html);
        expect(content, 'no <meta http-equiv="content-security-policy">').toBeDefined();
        expect(policyProblems(parsePolicy(content ?? ''), { header: false })).toEqual([]);
        const $ = page(file);
        const first = $('head')
          .children(
            `meta[http-equiv="content-security-policy"], script[src], ${EXECUTABLE_INLINE_SCRIPT}, style, link[rel="stylesheet"]`,
          )
          .first();
        expect(first.is('meta'), 'a script or style comes before the policy, so the policy does not cover it').toBe(
          true,
        );
      });

      it('allows every inline script and style by its hash, in the <meta> and in _headers', async () => {
        const $ = page(file);
        const policies: [string, Policy][] = [
          ['<meta>', parsePolicy(metaPolicy(readFileSync(path.join(DIST, file), 'utf8')) ?? '')],
          ['_headers', headerPolicy()],
        ];
        const inline = [
          ...$(EXECUTABLE_INLINE_SCRIPT)
            .toArray()
            .map((element) => ({ kind: 'script' as const, text: $(element).text() })),
          ...$('style')
            .toArray()
            .map((element) => ({ kind: 'style' as const, text: $(element).text() })),
        ];
        for (const { kind, text } of inline) {
          const hash = await hashSource(text);
          for (const [where, policy] of policies) {
            expect(
              effectiveSources(policy, kind),
              `${where} does not allow inline ${kind} ${text.slice(0, 80)}…`,
            ).toContain(hash);
          }
        }
      });

      it('has no inline style attributes, event handlers or javascript: links, which the policy blocks', () => {
        const $ = page(file);
        expect(
          $('[style]')
            .toArray()
            .map((element) => $.html(element).slice(0, 120)),
        ).toEqual([]);
        const handlers = $('*')
          .toArray()
          .filter(
            (element) => 'attribs' in element && Object.keys(element.attribs).some((name) => name.startsWith('on')),
          );
        expect(handlers.map((element) => $.html(element).slice(0, 120))).toEqual([]);
        expect($('[href^="javascript:"]')).toHaveLength(0);
      });

      it('loads scripts and styles only from the site itself', () => {
        const $ = page(file);
        const sources = [
          ...$('script[src]')
            .toArray()
            .map((element) => $(element).attr('src') ?? ''),
          ...$('link[rel="stylesheet"], link[rel="modulepreload"], link[rel="preload"]')
            .toArray()
            .map((element) => $(element).attr('href') ?? ''),
        ];
        for (const source of sources) expect(source).toMatch(/^\/(?!\/)/);
      });
    });
  }
});
