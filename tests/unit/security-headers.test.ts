import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/integrations/security-headers';
import {
  effectiveSources,
  foreignBlocks,
  formatPolicy,
  hashSource,
  headerPolicy,
  headersFile,
  headersFor,
  inlineBlocks,
  isExecutableScriptType,
  mergePolicies,
  pagePolicy,
  parsePolicy,
  policyProblems,
  withPolicyMeta,
} from '../../src/integrations/shared/security-headers';

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

describe('inlineBlocks', () => {
  const page = [
    '<head><script type="application/ld+json">{"a":1}</script><style>p{color:red}</style></head>',
    '<body><script src="/a.js"></script><script>go()</script><script type="module">run()</script>',
    "<script type='text/javascript'>old()</script><STYLE media=print>b{}</STYLE></body>",
  ].join('');
  it('finds the inline scripts that run and every style, as written, skipping files and data blocks', () => {
    expect(inlineBlocks(page)).toEqual({ scripts: ['go()', 'run()', 'old()'], styles: ['p{color:red}', 'b{}'] });
  });
  it('knows which script types run', () => {
    expect(
      [undefined, '', 'module', 'text/javascript', ' Application/JavaScript '].map(isExecutableScriptType),
    ).toEqual([true, true, true, true, true]);
    expect(['application/ld+json', 'importmap', 'speculationrules'].map(isExecutableScriptType)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('pagePolicy', () => {
  const own = { scripts: new Set(['go()']), styles: new Set(['']) };
  it("allows exactly the page's own inline blocks, and nothing unsafe", async () => {
    const policy = await pagePolicy('<script>go()</script><script>go()</script><style></style>', own);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", await hashSource('go()')]);
    expect(policy.get('style-src')).toEqual(["'self'", await hashSource('')]);
    expect(policyProblems(policy, { header: false })).toEqual([]);
  });
  it('lists no hashes for a page without inline blocks', async () => {
    const policy = await pagePolicy('<p>Hello</p>', own);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
  });
  it('never allows an inline block the project did not make, such as a script written into content', async () => {
    const page =
      '<script>go()</script><article><script>fetch("https://evil.example")</script><style>*{}</style></article>';
    const policy = await pagePolicy(page, own);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", await hashSource('go()')]);
    expect(policy.get('script-src')).not.toContain(await hashSource('fetch("https://evil.example")'));
    expect(policy.get('style-src')).toEqual(["'self'"]);
  });
});

describe('foreignBlocks', () => {
  it('lists the inline blocks the project did not make, matched on their exact text', () => {
    const own = { scripts: new Set(['go()']), styles: new Set(['p{}']) };
    const page =
      '<script>go()</script><script> go()</script><script type="application/ld+json">{}</script><style>p{}</style><style>b{}</style>';
    expect(foreignBlocks(page, own)).toEqual({ scripts: [' go()'], styles: ['b{}'] });
  });
});

describe('withPolicyMeta', () => {
  const policy = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a'");
  it('puts the policy just after the character set, before anything it must cover', () => {
    const html = withPolicyMeta('<html><head><meta charset="utf-8"><script>x()</script></head></html>', policy);
    expect(html).toBe(
      `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-a'"><script>x()</script></head></html>`,
    );
    expect(metaPolicy(html)).toBe(formatPolicy(policy));
  });
  it('replaces a policy already there, and uses the start of <head> when there is no character set', () => {
    const html = withPolicyMeta(
      '<head lang="en"><meta http-equiv="content-security-policy" content="x"></head>',
      policy,
    );
    expect(html.match(/content-security-policy/g)).toHaveLength(1);
    expect(html.startsWith('<head lang="en"><meta http-equiv="content-security-policy"')).toBe(true);
  });
  it('writes a source with "$" in it as it is', () => {
    const html = withPolicyMeta('<head><meta charset="utf-8"></head>', parsePolicy("script-src 'sha256-a$&b'"));
    expect(metaPolicy(html)).toBe("script-src 'sha256-a$&b'");
  });
  it('refuses a page without a <head>', () => {
    expect(() => withPolicyMeta('<p>no head</p>', policy)).toThrow(/no <head>/);
  });
});

describe('metaPolicy', () => {
  it('reads the policy from the <meta>, decoding quotes', () => {
    expect(
      metaPolicy(`<head><meta http-equiv="content-security-policy" content="script-src &#39;self&#39;"></head>`),
    ).toBe("script-src 'self'");
  });
  it('is undefined when a page has none', () => {
    expect(metaPolicy('<head><meta charset="utf-8"></head>')).toBeUndefined();
  });
});
