/**
 * The site's security policy, in one place: the Content-Security-Policy that the build puts in each
 * page's `<meta http-equiv>` (src/integrations/security-headers.ts), the response headers a host sends
 * (written to `dist/_headers`), and the parsing the tests use to check both.
 *
 * Scripts and styles are allowed only from the site's own files ('self') or by the SHA hash of each
 * inline block that the project's own code put on that page, never of whatever a page contains (a
 * script that reached a page from content stays blocked). Never 'unsafe-inline' or 'unsafe-eval'. Each
 * page lists only its own hashes: Astro's built-in policy listed every hash in the site on every page,
 * over 500 bytes gzip.
 */

/**
 * Directives every page gets beside its `script-src` and `style-src`. Everything not named falls back
 * to default-src: the site's own origin only.
 */
const CSP_DIRECTIVES = [
  "default-src 'self'",
  // No <object>/<embed>: nothing on the site needs plugins.
  "object-src 'none'",
  // A stray <base> cannot send relative links elsewhere.
  "base-uri 'self'",
  // Forms may only submit to the site itself.
  "form-action 'self'",
] as const;

/**
 * Sources for `script-src` besides Astro's hashes. 'wasm-unsafe-eval' lets Pagefind's search compile its
 * WebAssembly; it does not allow eval() of JavaScript, and it is not 'unsafe-eval'.
 */
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Sources for `style-src` besides the page's hashes. */
const STYLE_SOURCES = ["'self'"] as const;

/**
 * Only allowed as a response header: browsers ignore frame-ancestors in `<meta>`. Stops other sites
 * framing pages (clickjacking).
 */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * The other response headers every address gets. Browsers ignore Strict-Transport-Security sent over
 * http://, so it is safe on every host and in the local test server.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Once a reader has visited over https, their browser refuses http:// for this name for a year, so
  // no one on the network can swap a page in transit. Without includeSubDomains: a clinic's domain
  // often has other services (a booking or records system, email) that this site cannot vouch for.
  // Without preload: the browsers' built-in list is hard to leave, and a practice may move hosts.
  'Strict-Transport-Security': 'max-age=31536000',
  // Leaving the site tells the next site nothing about which page a reader was on.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // No page uses these; denying them also opts out of Chrome's Topics interest tracking.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
};

/** A policy as directive name → its sources, in the order written. */
export type Policy = Map<string, string[]>;

/** Parses a policy string ("default-src 'self'; script-src 'self' 'sha256-…'") into directives. */
export function parsePolicy(policy: string): Policy {
  const parsed: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    const key = name.toLowerCase();
    // As browsers do: the first occurrence of a directive wins, later repeats are ignored.
    if (!parsed.has(key)) parsed.set(key, sources);
  }
  return parsed;
}

/** Writes a policy back as a single header value. */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The sources that govern a kind of element, as a browser picks them: `script-src-elem`, else
 * `script-src`, else `default-src`.
 */
export function effectiveSources(policy: Policy, kind: 'script' | 'style'): string[] {
  return policy.get(`${kind}-src-elem`) ?? policy.get(`${kind}-src`) ?? policy.get('default-src') ?? [];
}

/**
 * Merges the policies of several pages into one that allows what each of them allows: the hashes of
 * every page's inline blocks are unioned per directive; other sources must agree. Used for a header
 * that covers every address.
 */
export function mergePolicies(policies: readonly Policy[]): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const existing = merged.get(name);
      if (!existing) {
        merged.set(name, [...sources]);
        continue;
      }
      for (const source of sources) if (!existing.includes(source)) existing.push(source);
    }
  }
  return merged;
}

/** The full policy for the response header: a page's (or the merged) meta policy plus header-only directives. */
export function headerPolicy(metaPolicy: Policy): Policy {
  const policy: Policy = new Map(metaPolicy);
  for (const directive of HEADER_ONLY_DIRECTIVES) {
    const [name, ...sources] = directive.split(' ');
    if (name) policy.set(name, sources);
  }
  return policy;
}

/** Problems that make a policy unsafe or incomplete for this site; empty when it is fine. */
export function policyProblems(policy: Policy, { header }: { header: boolean }): string[] {
  const problems: string[] = [];
  const expectSource = (directive: string, source: string) => {
    if (!policy.get(directive)?.includes(source)) problems.push(`${directive} must include ${source}`);
  };
  expectSource('default-src', "'self'");
  expectSource('base-uri', "'self'");
  expectSource('form-action', "'self'");
  if (header) expectSource('frame-ancestors', "'none'");
  for (const kind of ['script', 'style'] as const) {
    for (const name of [`${kind}-src`, `${kind}-src-elem`, 'default-src']) {
      const sources = policy.get(name) ?? [];
      if (sources.includes("'unsafe-inline'")) problems.push(`${name} must not include 'unsafe-inline'`);
      if (sources.includes("'unsafe-eval'")) problems.push(`${name} must not include 'unsafe-eval'`);
      if (sources.includes('*') || sources.some((source) => /^(https?|data|blob):/.test(source)))
        problems.push(`${name} must not allow other origins, data: or blob:`);
    }
  }
  return problems;
}

/**
 * The `type` values of a `<script>` that runs (no type at all runs too). Data blocks such as
 * `<script type="application/ld+json">` never run and are not covered by script-src.
 */
export const EXECUTABLE_SCRIPT_TYPES = ['', 'module', 'text/javascript', 'application/javascript'] as const;

/** Whether an inline `<script>` of this type runs, and so needs a hash. */
export function isExecutableScriptType(type: string | undefined): boolean {
  return (EXECUTABLE_SCRIPT_TYPES as readonly string[]).includes((type ?? '').trim().toLowerCase());
}

/** The text of every inline script a browser would run in a page, and of every `<style>`, as written. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  for (const [, attributes = '', text = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    if (isExecutableScriptType(type ? (type[1] ?? type[2] ?? type[3]) : undefined)) scripts.push(text);
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map(([, text = '']) => text);
  return { scripts, styles };
}

/**
 * The inline scripts and styles the project's own code made, exactly as they appear in pages: the
 * build records them from the bundler's output (src/integrations/security-headers.ts), before any page
 * exists, so nothing a page happens to contain can add to them.
 */
export interface OwnInlineCode {
  scripts: ReadonlySet<string>;
  styles: ReadonlySet<string>;
}

/**
 * The inline blocks on a page that the project's own code did not make: a `<script>` or `<style>`
 * that came from content, or from a component writing raw HTML. The policy never allows them.
 */
export function foreignBlocks(html: string, own: OwnInlineCode): { scripts: string[]; styles: string[] } {
  const { scripts, styles } = inlineBlocks(html);
  return {
    scripts: scripts.filter((script) => !own.scripts.has(script)),
    styles: styles.filter((style) => !own.styles.has(style)),
  };
}

/**
 * A page's policy: the site's directives, with `script-src` and `style-src` allowing the page's own
 * inline blocks by hash. Only blocks in `own` are hashed; anything else on the page stays blocked.
 */
export async function pagePolicy(html: string, own: OwnInlineCode): Promise<Policy> {
  const { scripts, styles } = inlineBlocks(html);
  const hashes = async (blocks: string[], allowed: ReadonlySet<string>) => [
    ...new Set(await Promise.all(blocks.filter((block) => allowed.has(block)).map(ownBlockHash))),
  ];
  const policy = parsePolicy(CSP_DIRECTIVES.join('; '));
  policy.set('script-src', [...SCRIPT_SOURCES, ...(await hashes(scripts, own.scripts))]);
  policy.set('style-src', [...STYLE_SOURCES, ...(await hashes(styles, own.styles))]);
  return policy;
}

/**
 * The page with its policy as the first thing in `<head>` after the character set (which must stay in
 * the first 1,024 bytes), so it covers every script and style that follows. Replaces any policy there.
 */
export function withPolicyMeta(html: string, policy: Policy): string {
  const meta = `<meta http-equiv="content-security-policy" content="${formatPolicy(policy).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const cleaned = html.replace(/<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/gi, '');
  const charset = /<meta\s+charset=[^>]*>/i.exec(cleaned);
  // A function as the replacement, so no "$" in the policy is read as a pattern.
  if (charset) return cleaned.replace(charset[0], () => `${charset[0]}${meta}`);
  const head = /<head\b[^>]*>/i.exec(cleaned);
  if (!head) throw new Error('The page has no <head> to put its Content-Security-Policy in');
  return cleaned.replace(head[0], () => `${head[0]}${meta}`);
}

/**
 * The hashes of the site's own inline blocks, kept for the build: the same few blocks are on every
 * page, and only blocks the site's code made are hashed, so the map stays small.
 */
const ownHashes = new Map<string, Promise<string>>();

function ownBlockHash(block: string): Promise<string> {
  let hash = ownHashes.get(block);
  if (!hash) {
    hash = hashSource(block);
    ownHashes.set(block, hash);
  }
  return hash;
}

/** The hash source ('sha256-…') of an inline script or style, as a browser computes it. */
export async function hashSource(text: string, algorithm: 'SHA-256' | 'SHA-384' | 'SHA-512' = 'SHA-256') {
  const digest = await crypto.subtle.digest(algorithm, new TextEncoder().encode(text));
  const base64 = btoa(String.fromCharCode(...new Uint8Array(digest)));
  return `'${algorithm.replace('-', '').toLowerCase()}-${base64}'`;
}

/**
 * The `_headers` file read by Netlify and Cloudflare Pages: one rule for every address. Cloudflare
 * limits a header line to 2,000 characters; the tests check it.
 */
export function headersFile(policy: Policy, base = '/'): string {
  const lines = [
    '# Written by the build (src/integrations/security-headers.ts). Do not edit: it is regenerated.',
    // Every address under the path the site is served at (Astro's base, from siteUrl).
    `${base}*`,
    `  Content-Security-Policy: ${formatPolicy(policy)}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` file back: the headers of the rule whose path pattern matches `pathname`. */
export function headersFor(file: string, pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let applies = false;
  for (const line of file.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('.*')}$`);
      applies = regex.test(pathname);
      continue;
    }
    if (!applies) continue;
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

function escapeRegex(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
