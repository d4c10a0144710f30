/**
 * Writes `dist/_headers` (Netlify, Cloudflare Pages) once every page is built. Its Content-Security-Policy
 * is every page's `<meta http-equiv>` policy from Astro merged into one, plus what only a header can say
 * (frame-ancestors). Stops the build if any page has no policy or an unsafe one.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  headerPolicy,
  headersFile,
  mergePolicies,
  parsePolicy,
  policyProblems,
  type Policy,
} from '../lib/security-headers';

/** The content of a page's CSP `<meta>`; Astro writes it as the first element of `<head>`. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent="([^"]*)"/i.exec(tag)?.[1];
  return content
    ?.replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'holding-space:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies: Policy[] = [];
        const problems: string[] = [];
        const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
          file.endsWith('.html'),
        );
        for (const file of pages) {
          const content = metaPolicy(readFileSync(path.join(outDir, file), 'utf8'));
          if (!content) {
            problems.push(`${file}: has no Content-Security-Policy <meta>`);
            continue;
          }
          const policy = parsePolicy(content);
          problems.push(...policyProblems(policy, { header: false }).map((problem) => `${file}: ${problem}`));
          policies.push(policy);
        }
        const policy = headerPolicy(mergePolicies(policies));
        problems.push(...policyProblems(policy, { header: true }).map((problem) => `_headers: ${problem}`));
        if (problems.length > 0) throw new Error(`The security policy is not safe:\n${problems.join('\n')}`);
        writeFileSync(path.join(outDir, '_headers'), headersFile(policy));
        logger.info(`Security headers for ${pages.length} pages written to _headers`);
      },
    },
  };
}
