import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/integrations/security-headers';
import {
  effectiveSources,
  formatPolicy,
  hashSource,
  headerPolicy,
  headersFile,
  headersFor,
  mergePolicies,
  parsePolicy,
  policyProblems,
} from '../../src/lib/security-headers';

const SAFE = "default-src 'self'; base-uri 'self'; form-action 'self'; script-src 'self' 'sha256-a'";

describe('parsePolicy', () => {
  it('reads directives and their sources, ignoring empty parts', () => {
    const policy = parsePolicy("default-src 'self';;  script-src 'self' 'sha256-x' ;");
    expect([...policy]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'", "'sha256-x'"]],
    ]);
  });
  it('keeps the first of a repeated directive, as browsers do', () => {
    expect(parsePolicy("script-src 'self'; script-src *").get('script-src')).toEqual(["'self'"]);
  });
  it('round-trips through formatPolicy', () => {
    expect(formatPolicy(parsePolicy(SAFE))).toBe(SAFE);
  });
});

describe('effectiveSources', () => {
  it('prefers -elem, then the kind, then default-src', () => {
    expect(effectiveSources(parsePolicy("default-src 'self'"), 'style')).toEqual(["'self'"]);
    expect(effectiveSources(parsePolicy("default-src 'self'; style-src 'none'"), 'style')).toEqual(["'none'"]);
    expect(effectiveSources(parsePolicy("script-src 'none'; script-src-elem 'self'"), 'script')).toEqual(["'self'"]);
  });
});

describe('policyProblems', () => {
  it('accepts a safe meta policy', () => {
    expect(policyProblems(parsePolicy(SAFE), { header: false })).toEqual([]);
  });
  it('requires frame-ancestors in a header', () => {
    expect(policyProblems(parsePolicy(SAFE), { header: true })).toEqual(["frame-ancestors must include 'none'"]);
    expect(policyProblems(headerPolicy(parsePolicy(SAFE)), { header: true })).toEqual([]);
  });
  it("rejects 'unsafe-inline', 'unsafe-eval' and other origins for scripts and styles", () => {
    const problems = policyProblems(
      parsePolicy(`${SAFE}; script-src-elem 'unsafe-inline' https://cdn.example; style-src 'unsafe-eval'`),
      { header: false },
    );
    expect(problems).toEqual([
      "script-src-elem must not include 'unsafe-inline'",
      'script-src-elem must not allow other origins, data: or blob:',
      "style-src must not include 'unsafe-eval'",
    ]);
  });
  it('names each missing directive', () => {
    expect(policyProblems(parsePolicy("script-src 'self'"), { header: false })).toEqual([
      "default-src must include 'self'",
      "base-uri must include 'self'",
      "form-action must include 'self'",
    ]);
  });
});

describe('mergePolicies', () => {
  it('unions the hashes of several pages without repeats', () => {
    const merged = mergePolicies([
      parsePolicy("script-src 'self' 'sha256-a'"),
      parsePolicy("script-src 'self' 'sha256-b'"),
    ]);
    expect(merged.get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
  });
});

describe('hashSource', () => {
  it('matches the hash a browser computes (the empty string, from the CSP specification)', async () => {
    expect(await hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('_headers', () => {
  const file = headersFile(headerPolicy(parsePolicy(SAFE)));
  it('gives every address the policy and the other headers', () => {
    const headers = headersFor(file, '/guides/your-choice/');
    expect(headers['Content-Security-Policy']).toBe(`${SAFE}; frame-ancestors 'none'`);
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
  it('applies a rule only to the addresses its pattern matches', () => {
    expect(headersFor('/guides/*\n  X-Test: yes\n', '/get-help/')).toEqual({});
    expect(headersFor('/guides/*\n  X-Test: yes\n', '/guides/a/')).toEqual({ 'X-Test': 'yes' });
  });
});

describe('metaPolicy', () => {
  it("reads the policy from Astro's <meta>, decoding quotes", () => {
    expect(
      metaPolicy(`<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"></head>`),
    ).toBe("script-src 'self'");
  });
  it('is undefined when a page has none', () => {
    expect(metaPolicy('<head><meta charset="utf-8"></head>')).toBeUndefined();
  });
});
