/** What the search index is built from, and the search page's no-JavaScript way to every topic. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideFile, htmlFiles, page } from '../support/dist';
import { publishedEntries } from '../support/fixtures';
import { topicIndexPages } from '../support/listing-pages';
import { DIST, ROOT } from '../support/paths';
import { SEARCH_EXCLUDED_SELECTORS } from '../../src/integrations/pagefind';

const guides = publishedEntries<{
  phase: string;
  searchAliases?: string[];
}>('guides');

/** Pages meant to be found by search: the guides and the getting-help page. */
const indexed = new Set([...guides.map((guide) => guideFile(guide.id)), 'get-help/index.html']);

describe('the index', () => {
  it('is written into the build output, never into public/', () => {
    expect(existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(path.join(ROOT, 'public', 'pagefind'))).toBe(false);
  });

  it('holds one fragment per indexed page, and no other page', () => {
    expect(readdirSync(path.join(DIST, 'pagefind', 'fragment'))).toHaveLength(indexed.size);
  });
});

describe.each(htmlFiles())('%s', (file) => {
  const $ = page(file);

  if (indexed.has(file)) {
    it('has one indexed body, inside <main>, tagged with its stage', () => {
      const body = $('[data-pagefind-body]');
      expect(body).toHaveLength(1);
      expect(body.closest('main')).toHaveLength(1);
      expect(body.attr('data-pagefind-filter')).toMatch(/^phase:(about|before|during|after|support)$/);
    });

    it('keeps header, navigation, footer and crisis banner out of the indexed body', () => {
      expect($('[data-pagefind-body]').find('header, footer, dialog')).toHaveLength(0);
      // The footer's crisis block; a page that shows the crisis lines as its own words (Getting help)
      // carries the block in its body instead, and its footer leaves them out.
      if ($('footer #get-help').length > 0) expect($('[data-pagefind-body] #get-help')).toHaveLength(0);
    });
  } else {
    it('is not indexed', () => {
      expect($('[data-pagefind-body]')).toHaveLength(0);
    });
  }

  it('links to the search page in the header, with a disabled search button for the script to enable', () => {
    expect($('header a[data-search-fallback]').attr('href')).toBe('/search/');
    const button = $('header button[data-search-open]');
    expect(button.is('[disabled]')).toBe(true);
    expect(button.is('[hidden]')).toBe(true);
    expect(button.attr('aria-keyshortcuts')).toBe('/');
  });

  it('ships no search dialog and no search form of the dialog: the search code builds it on first use', () => {
    expect($('dialog.search-dialog, dialog:has(input[type="search"]), #search-dialog-title')).toHaveLength(0);
    if (file !== 'search/index.html') expect($('[data-search-panel], input[type="search"]')).toHaveLength(0);
  });

  if (file === 'search/index.html') {
    it('has no dialog: its header button goes to the page’s own box, so it names no dialog code', () => {
      expect($('header button[data-search-open]').attr('data-src')).toBeUndefined();
      expect($('header button[data-search-open]').attr('data-css')).toBeUndefined();
    });
  } else {
    it('names the search dialog’s code and styles on the button, files that exist, fetched only when the reader reaches for search', () => {
      const button = $('header button[data-search-open]');
      const source = button.attr('data-src') ?? '';
      const styles = button.attr('data-css') ?? '';
      expect(source).toMatch(/^\/_astro\/search-dialog-[\w-]+\.js$/);
      expect(styles).toMatch(/^\/_astro\/search\.[\w-]+\.css$/);
      for (const address of [source, styles]) {
        expect(existsSync(path.join(DIST, address)), `${address} is missing`).toBe(true);
        expect($(`script[src="${address}"], link[href="${address}"]`)).toHaveLength(0);
      }
    });

    it('names, with its search button, what names the dialog until its code is in: the button’s own word', () => {
      expect($('header button[data-search-open] #search-label').text().trim()).not.toBe('');
    });
  }
});

describe('Pagefind’s first files, which the page’s loader fetches at once when the reader reaches for search', () => {
  it('has the WebAssembly for the language of every page (wasm.<lang>.pagefind), so the loader never asks for a missing file', () => {
    const languages = new Set(htmlFiles().map((file) => (page(file)('html').attr('lang') ?? '').toLowerCase()));
    for (const language of languages) {
      expect(existsSync(path.join(DIST, 'pagefind', `wasm.${language}.pagefind`)), language).toBe(true);
    }
  });
});

describe.each(guides)('guide $id', (guide) => {
  const $ = page(guideFile(guide.id));

  it('gives every indexed h2 and h3 of its text an id, so each is a section result with its anchor', () => {
    const headings = $('[data-pagefind-body] .prose-page')
      .find('h2, h3')
      .filter(
        (_, heading) =>
          $(heading).closest(['[data-pagefind-ignore]', ...SEARCH_EXCLUDED_SELECTORS].join(', ')).length === 0,
      );
    expect(headings.length).toBeGreaterThan(0);
    headings.each((_, heading) => {
      expect($(heading).attr('id')).toBeTruthy();
    });
  });

  it('puts its search aliases in the index as metadata, not as text on the page', () => {
    const aliases = guide.data.searchAliases ?? [];
    const meta = $('meta[data-pagefind-meta="aliases[content]"]');
    if (aliases.length === 0) {
      expect(meta).toHaveLength(0);
      return;
    }
    expect(meta.attr('content')).toBe(aliases.join(', '));
    expect(meta.closest('head')).toHaveLength(1);
  });

  it('leaves page furniture out of the index: contents, reading time, sources and previous/next', () => {
    const body = $('[data-pagefind-body]');
    const unignored = (selector: string) =>
      body.find(selector).filter((_, element) => $(element).closest('[data-pagefind-ignore]').length === 0);
    expect(unignored('#toc-heading, #sources-heading, .review-dates, .heading-anchor')).toHaveLength(0);
  });
});

describe('the search page without JavaScript', () => {
  const $ = page('search/index.html');
  // Its A to Z, on the page itself or on the letter pages it links to when too long for it.
  const { links } = topicIndexPages();

  it('hides the search form (it needs JavaScript) and says why', () => {
    expect($('[data-search-js]').is('[hidden]')).toBe(true);
    expect($('[data-search-nojs]').text()).toMatch(/Search needs JavaScript/);
  });

  it.each(guides)('links to guide $id and every one of its sections, by anchor', (guide) => {
    const guidePage = page(guideFile(guide.id));
    expect(links.has(`/guides/${guide.id}/`)).toBe(true);
    guidePage('.prose-page h2[id], .prose-page h3[id]').each((_, heading) => {
      expect(links.has(`/guides/${guide.id}/#${guidePage(heading).attr('id')}`)).toBe(true);
    });
  });

  it('has no search dialog of its own (its search box is on the page)', () => {
    expect($('dialog')).toHaveLength(0);
    expect($('[data-search-panel]')).toHaveLength(1);
  });
});
