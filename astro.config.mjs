// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind';
import securityHeaders from './src/integrations/security-headers';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/lib/security-headers';
import { readSiteUrl } from './src/lib/site-url';

export default defineConfig({
  // The canonical address comes from the clinic settings, so a practice edits content, never code.
  site: readSiteUrl(new URL('./content/settings/clinic.yaml', import.meta.url)),
  // Lossless whitespace removal: Astro 7's default ('jsx') drops the space between text and a link.
  compressHTML: true,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), pagefind(), securityHeaders()],
  // Astro hashes every inline script and style it writes and puts the policy in each page's <meta>;
  // securityHeaders() then writes the same policy, plus frame-ancestors, to dist/_headers.
  // See src/lib/security-headers.ts for what each directive is for.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
