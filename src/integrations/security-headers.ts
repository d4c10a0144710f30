/**
 * Once every page is built: gives each page its own Content-Security-Policy `<meta http-equiv>`, with
 * the hashes of that page's inline scripts and styles, then writes `dist/_headers` (Netlify,
 * Cloudflare Pages) with every page's policy merged into one, plus what only a header can say
 * (frame-ancestors). Stops the build if any policy is unsafe.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  headerPolicy,
  headersFile,
  mergePolicies,
  pagePolicy,
  policyProblems,
  withPolicyMeta,
  type Policy,
} from '../lib/security-headers';

/** The content of a page's CSP `<meta>`, which this integration writes just after `<meta charset>`. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent="([^"]*)"/i.exec(tag)?.[1];
  return content
    ?.replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Runs `step` for one page; an error it throws names the page, which the policy code cannot know. */
function withPageNamed<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'holding-space:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies: Policy[] = [];
        const problems: string[] = [];
        const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
          file.endsWith('.html'),
        );
        for (const file of pages) {
          const html = readFileSync(path.join(outDir, file), 'utf8');
          const policy = await pagePolicy(html);
          problems.push(...policyProblems(policy, { header: false }).map((problem) => `${file}: ${problem}`));
          policies.push(policy);
          writeFileSync(
            path.join(outDir, file),
            withPageNamed(file, () => withPolicyMeta(html, policy)),
          );
        }
        const policy = headerPolicy(mergePolicies(policies));
        problems.push(...policyProblems(policy, { header: true }).map((problem) => `_headers: ${problem}`));
        if (problems.length > 0) throw new Error(`The security policy is not safe:\n${problems.join('\n')}`);
        writeFileSync(path.join(outDir, '_headers'), headersFile(policy));
        logger.info(`Content-Security-Policy for ${pages.length} pages written to each page and to _headers`);
      },
    },
  };
}
