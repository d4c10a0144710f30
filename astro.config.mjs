// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import pagefind from './src/integrations/pagefind';
import { readSiteUrl } from './src/lib/site-url';

export default defineConfig({
  // The canonical address comes from the clinic settings, so a practice edits content, never code.
  site: readSiteUrl(new URL('./content/settings/clinic.yaml', import.meta.url)),
  // Lossless whitespace removal: Astro 7's default ('jsx') drops the space between text and a link.
  compressHTML: true,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap(), pagefind()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
