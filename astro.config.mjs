// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind';
import securityHeaders from './src/integrations/security-headers';
import handoutPdfs from './src/integrations/handout-pdfs';
import ogImages from './src/integrations/og-images';
import pageCss from './src/integrations/page-css';
import pagePass from './src/integrations/page-pass';
import emptyOutDir from './src/integrations/empty-out-dir';
import clinicIdentity from './src/integrations/clinic-identity';
import redirects from './src/integrations/redirects';
import { readSiteSettings } from './src/integrations/shared/site-url';
import { readRedirects } from './src/integrations/shared/redirects';
import printSiteAddress from './src/integrations/print-site-address';
import { contentRules } from './src/integrations/mdast-content-rules';
import { siteLinks } from './src/integrations/mdast-site-links';
import { basePath } from './src/lib/addresses';
import { bodyFactsPlugin } from './src/integrations/mdast-body-facts';
import { languageOf } from './src/lib/language';
import { readUi } from './src/loaders/ui-strings';
import { editionsOf } from './src/lib/editions';
import { readdirSync } from 'node:fs';

// The canonical address comes from the clinic settings, so a practice edits content, never code.
const { siteUrl: site, locale } = readSiteSettings(new URL('./content/settings/clinic.yaml', import.meta.url));
// A siteUrl with a path (https://example.org/kat/) publishes the site under it: one setting says both.
const base = basePath(site);
// The site's language, from its locale (en-US → en): it picks every words file (content/ui/en.yaml …).
const language = languageOf(locale);
// The site's languages: the clinic's own at the root, and each other language with interface words
// (content/ui/<lang>.yaml) under /<lang>/ (src/lib/editions.ts). Leaving a language's files out
// publishes the site without it.
const languages = editionsOf(
  locale,
  readdirSync(new URL('./content/ui/', import.meta.url)).flatMap((name) => /^([a-z]{2})\.yaml$/.exec(name)?.[1] ?? []),
).map((edition) => edition.lang);
// The pages the build writes itself (at old addresses) speak the site's language too.
const ui = readUi(new URL('./content/ui/', import.meta.url), locale);

export default defineConfig({
  // Astro's way: the host in `site`, the path in `base` (Astro puts `base` in front of every address it makes).
  site: new URL('/', site).href,
  base,
  // Lossless whitespace removal: Astro 7's default ('jsx') drops the space between text and a link.
  compressHTML: true,
  // Content is words, Markdown and the content components: no scripts, expressions, imports or other
  // websites. The build stops on anything else, naming file and line (src/integrations/shared/content-rules.ts).
  // Links to this site's own pages in content get the base (src/integrations/mdast-site-links.ts).
  // Then each body is read once for what its page needs: reading time, outline, sections
  // (src/lib/body-facts.ts). MDX uses the same plugins.
  markdown: { processor: satteri({ mdastPlugins: [contentRules, siteLinks(base), bodyFactsPlugin] }) },
  // Astro's i18n routing: the clinic's language at the root, with no prefix (today's addresses), each
  // other language under its code. Pages read theirs from Astro.currentLocale.
  i18n: { locales: languages, defaultLocale: language, routing: { prefixDefaultLocale: false } },
  trailingSlash: 'always',
  // Two pages or two entries at one address stop the build (Astro's default only warns, and one of
  // them silently replaces the other).
  prerenderConflictBehavior: 'error',
  // Stylesheets stay files, however small: each page's are joined into one pruned file after the build
  // (pageCss), and the policy allows no inline <style>.
  // Four pages render at once: while one waits on its files (writing the page, loading a guide's
  // compiled module), another runs. At 1,000 guides that waiting was 2–5 s of the page phase. No page
  // depends on another's rendering, and the output is the same byte for byte.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Order matters: pages first; the handout PDFs start printing right after the site's icons are
  // written (they print while the rest runs, and the build waits for them last); then the preview
  // images; then the pages at old addresses; then the one pass over every page (search index, each
  // page's own CSS, securityHeaders() last, once every page is final). Not Astro's `redirects` option:
  // its pages have no <head>, and it writes no rules for hosts (src/integrations/redirects.ts).
  integrations: [
    // The clinic's colours in the stylesheet, and its icon from its logo (content/settings/clinic.yaml).
    clinicIdentity(),
    handoutPdfs(),
    mdx(),
    sitemap(),
    ogImages(),
    // Old addresses keep working: content/redirects.yaml lists where each one goes now.
    redirects({
      redirects: readRedirects(new URL('./content/redirects.yaml', import.meta.url)),
      siteUrl: site,
      locale,
      words: ui.redirect,
    }),
    // Once every page is written, one pass reads and writes each page once: it goes to the search index
    // as built (pagefind, which indexes in its own process meanwhile); its CSS is pruned to what can
    // apply to it, in one file, and the indexer's attributes taken out (pageCss); then its
    // Content-Security-Policy (securityHeaders), once the page is final.
    pagePass([pagefind(), pageCss(), securityHeaders()]),
    // The last build's output is moved aside at the start and deleted while this one runs (Astro deletes
    // it first, file by file); the build waits for that last.
    emptyOutDir(),
  ],
  // No `security.csp`: Astro's policy lists every hash in the site on every page. securityHeaders()
  // gives each page a policy with only its own hashes (src/integrations/shared/security-headers.ts).
  vite: {
    plugins: [printSiteAddress(site), tailwindcss()],
    // The code fetched on intent (search dialog, Copy link and Share) is bundled through `?worker&url`
    // imports (see SearchButton.astro): ES modules, so the page loads each as <script type="module">,
    // built and in `astro dev`.
    worker: { format: 'es' },
    // Astro marks each guide's asset module "use astro:head-inject", and Rolldown warned about that
    // directive once per guide (a thousand warnings at a thousand guides); the site has none of its own.
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
  },
  devToolbar: { enabled: false },
});
