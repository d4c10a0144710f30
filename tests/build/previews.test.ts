/** Every page gets a good link preview: title, description and its own image, made at build time. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressOf, htmlFiles, page } from '../support/dist';
import { DIST } from '../support/paths';
import { OG_IMAGE, ogImagePath } from '../../src/lib/og-image';
import { SECTION_LABEL_IDS } from '../../src/lib/constants';
import { editionEntries } from '../support/edition-entries';
import { EDITIONS, uiOf } from '../support/editions';

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(htmlFiles())('%s', (file) => {
  const $ = page(file);
  const meta = (key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');

  // X (Twitter) falls back to the og: title, description and image: only the card type and the
  // image's alt text are its own tags, and nothing is said twice.
  it('has Open Graph tags with its title and description, and a large-image card for X', () => {
    expect(meta('og:title')).toBeTruthy();
    expect(meta('og:description')).toBe(meta('description'));
    expect(meta('twitter:card')).toBe('summary_large_image');
    for (const copy of ['twitter:title', 'twitter:description', 'twitter:image'])
      expect($(`meta[name="${copy}"]`), copy).toHaveLength(0);
  });

  it('names its own preview image, with its size and alt text, and the image exists', () => {
    const image = meta('og:image') ?? '';
    expect(new URL(image).pathname).toBe(ogImagePath(addressOf(file)));
    expect(meta('og:image:width')).toBe(String(OG_IMAGE.width));
    expect(meta('og:image:height')).toBe(String(OG_IMAGE.height));
    expect(meta('og:image:alt')).toContain(meta('og:title'));
    expect(meta('twitter:image:alt')).toBe(meta('og:image:alt'));
    const png = path.join(DIST, new URL(image).pathname);
    expect(existsSync(png), `${png} is missing`).toBe(true);
    expect(pngSize(png)).toEqual(OG_IMAGE);
  });
});

describe('section links on guides', () => {
  // Every language's guides, each read with its language's words.
  const guides = EDITIONS.flatMap(({ lang }) => editionEntries('guides', lang).map(({ file }) => ({ file, lang })));

  it.each(guides)(
    '$file: every h2 and h3 has one link to itself, named by the heading, and no button',
    ({ file, lang }) => {
      const $ = page(file);
      const UI = uiOf(lang);
      const headings = $('.prose-page :is(h2, h3)[id]');
      expect(headings.length).toBeGreaterThan(0);
      expect($(`#${SECTION_LABEL_IDS.link}`).text()).toBe(UI.page.sectionLink);
      headings.each((_, heading) => {
        const id = $(heading).attr('id') ?? '';
        const wrapper = $(heading).parent();
        const link = wrapper.find('a.heading-anchor');
        expect(link, 'one link, so one Tab stop').toHaveLength(1);
        expect(link.attr('href')).toBe(`#${id}`);
        // "Link to this section: <heading>": the shared words, then the heading itself.
        expect(link.attr('aria-labelledby')).toBe(`${SECTION_LABEL_IDS.link} ${id}`);
        expect(wrapper.find('button'), 'no button beside a heading').toHaveLength(0);
        expect(wrapper.text()).not.toContain(UI.sharing.copyLink);
      });
    },
  );

  it.each(guides)(
    '$file: its section links name their copy code, a file that exists, fetched only on use',
    ({ file }) => {
      const $ = page(file);
      const sources = new Set(
        $('.heading-anchor[data-enhance="copy-link"]')
          .map((_, control) => $(control).attr('data-src'))
          .get(),
      );
      expect(sources.size, 'every link names the same file').toBe(1);
      const [source = ''] = sources;
      expect(source).toMatch(/^\/_astro\/sharing-[\w-]+\.js$/);
      expect(existsSync(path.join(DIST, source)), `${source} is missing`).toBe(true);
      expect($('script[src]'), 'no script file at load').toHaveLength(0);
    },
  );
});
