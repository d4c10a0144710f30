/**
 * Once every page is built: gives each page its own Content-Security-Policy `<meta http-equiv>`, with
 * the hashes of that page's inline scripts and styles, then writes `dist/_headers` (Netlify,
 * Cloudflare Pages) with every page's policy merged into one, plus what only a header can say
 * (frame-ancestors). Stops the build if any policy is unsafe. The last step of the pass that reads
 * and writes each page once (src/integrations/page-pass.ts), once the page is final.
 *
 * Only inline code the project's own sources made is hashed. While the site is bundled, a Vite plugin
 * records every script chunk and stylesheet of the browser build, before Astro writes the small ones
 * into pages; after the build, an inline block on a page that is not one of them (a `<script>` from
 * content, say) is left out of the policy, so browsers block it, and stops the build, naming the page.
 */
import type { Plugin } from 'vite';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { normalBase } from '../lib/addresses';
import {
  headerPolicy,
  headersFile,
  foreignBlocks,
  mergePolicies,
  pagePolicy,
  policyProblems,
  withPolicyMeta,
  type OwnInlineCode,
  type Policy,
} from './shared/security-headers';
import type { PageStep } from './page-pass';

/** The content of a page's CSP `<meta>`, which this integration writes just after `<meta charset>`. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent="([^"]*)"/i.exec(tag)?.[1];
  return content
    ?.replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * Records the code of every script chunk and stylesheet the browser build makes, as Astro will write
 * it into a page if it inlines it (a chunk's code trimmed, a stylesheet's text), before Astro's own
 * plugins inline and remove them ('pre') and once more after any later plugin changed them ('post').
 */
function recordOwnInlineCode(own: { scripts: Set<string>; styles: Set<string> }): Plugin {
  const record = (bundle: Record<string, { type: string; code?: string; source?: unknown; fileName: string }>) => {
    for (const output of Object.values(bundle)) {
      if (output.type === 'chunk' && output.code !== undefined) own.scripts.add(output.code.trim());
      else if (output.fileName.endsWith('.css') && typeof output.source === 'string') own.styles.add(output.source);
    }
  };
  return {
    name: 'holding-space:own-inline-code',
    apply: 'build',
    // Only the browser build: server code never reaches a page as a script.
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle: { order: 'pre', handler: (_options, bundle) => record(bundle) },
    writeBundle: { order: 'pre', handler: (_options, bundle) => record(bundle) },
  };
}

/** Why a block is not allowed, for the build's message: its kind and how it starts. */
function foreignProblem(kind: 'script' | 'style', text: string): string {
  const start = text.replace(/\s+/g, ' ').trim().slice(0, 60);
  return `an inline <${kind}> that the site's own code did not make ("${start}…"); content cannot carry scripts or styles (docs/guides.md, "What content may contain"), and the policy blocks it`;
}

export default function securityHeaders(): PageStep {
  const own: OwnInlineCode & { scripts: Set<string>; styles: Set<string> } = { scripts: new Set(), styles: new Set() };
  let base = '/';
  return {
    name: 'holding-space:security-headers',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [recordOwnInlineCode(own)] } });
      },
      'astro:config:done': ({ config }) => {
        base = normalBase(config.base);
      },
    },
    start: (outDir, logger) => {
      const policies: Policy[] = [];
      const problems: string[] = [];
      return {
        page: async (file, html) => {
          const foreign = foreignBlocks(html, own);
          problems.push(...foreign.scripts.map((text) => `${file}: ${foreignProblem('script', text)}`));
          problems.push(...foreign.styles.map((text) => `${file}: ${foreignProblem('style', text)}`));
          const policy = await pagePolicy(html, own);
          problems.push(...policyProblems(policy, { header: false }).map((problem) => `${file}: ${problem}`));
          policies.push(policy);
          try {
            return withPolicyMeta(html, policy);
          } catch (error) {
            problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
            return html;
          }
        },
        done: () => {
          const policy = headerPolicy(mergePolicies(policies));
          problems.push(...policyProblems(policy, { header: true }).map((problem) => `_headers: ${problem}`));
          if (problems.length > 0) throw new Error(`The security policy is not safe:\n${problems.join('\n')}`);
          writeFileSync(path.join(outDir, '_headers'), headersFile(policy, base));
          logger.info(`Content-Security-Policy for ${policies.length} pages written to each page and to _headers`);
        },
      };
    },
  };
}
