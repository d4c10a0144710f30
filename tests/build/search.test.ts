/** What the search index is built from, and the search page's no-JavaScript way to every topic, in every language. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressOf, distText, fileFor, htmlFiles, page } from '../support/dist';
import { editionEntries } from '../support/edition-entries';
import { EDITIONS, languageOfPage, pathsOf, uiOf } from '../support/editions';
import { topicIndexPages } from '../support/listing-pages';
import { DIST, ROOT } from '../support/paths';
import { indexText, searchIndex } from '../support/search-index';
import { indexedPages, SEARCH_EXCLUDED_SELECTORS } from '../../src/integrations/pagefind';
import { WHOLE_INDEX_FILE, WHOLE_PAGES_BYTES } from '../../src/features/search/search-config';

/** The published guides of every edition, each with its page's address. */
const guides = EDITIONS.flatMap(({ lang }) =>
  editionEntries<{ phase: string; searchAliases?: string[] }>('guides', lang).map((guide) => ({
    ...guide,
    address: addressOf(guide.file),
  })),
);

/** Pages meant to be found by search: the guides and the getting-help page, of every edition. */
const indexed = new Set([
  ...guides.map((guide) => guide.file),
  ...EDITIONS.map(({ lang }) => fileFor(pathsOf(lang).getHelp)),
]);
/** The search pages of every edition. */
const searchPages = new Set(EDITIONS.map(({ lang }) => fileFor(pathsOf(lang).search)));

describe('the index', () => {
  it('is written into the build output, never into public/', () => {
    expect(existsSync(path.join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(path.join(ROOT, 'public', 'pagefind'))).toBe(false);
  });

  it('holds each indexed page once, and no other page', () => {
    expect([...searchIndex().keys()].sort()).toEqual([...indexed].map((file) => addressOf(file)).sort());
    expect(indexedPages(path.join(DIST, 'pagefind'))).toHaveLength(indexed.size);
  });

  it('keeps the pages’ text in one file, fetched with the whole index, or else in a file per page', () => {
    const fragments = readdirSync(path.join(DIST, 'pagefind', 'fragment'));
    const lists = JSON.parse(readFileSync(path.join(DIST, 'pagefind', WHOLE_INDEX_FILE), 'utf8')) as Record<
      string,
      string[]
    >;
    const listed = Object.values(lists)
      .flat()
      .filter((file) => file.startsWith('fragment/'));
    if (listed.length > 0) {
      // One file per language with every page in it, all of them listed, each language's light enough
      // to fetch whole (a page fetches its own language's list).
      expect(fragments.map((file) => `fragment/${file}`).sort()).toEqual([...listed].sort());
      expect(fragments.length).toBeLessThan(indexed.size);
      for (const [language, files] of Object.entries(lists)) {
        const own = files.filter((file) => file.startsWith('fragment/'));
        const size = own.reduce((sum, file) => sum + statSync(path.join(DIST, 'pagefind', file)).size, 0);
        expect(size, language).toBeLessThanOrEqual(WHOLE_PAGES_BYTES);
      }
    } else expect(fragments).toHaveLength(indexed.size);
  });
});

describe.each(htmlFiles())('%s', (file) => {
  const $ = page(file);
  const lang = languageOfPage(distText(file));
  const indexedPage = searchIndex().get(addressOf(file));

  it('keeps none of the markup only the indexer reads (data-pagefind-*), now that it is indexed', () => {
    const attributes = $('*')
      .toArray()
      .flatMap((element) => Object.keys($(element).attr() ?? {}).filter((name) => name.startsWith('data-pagefind')));
    expect(attributes).toEqual([]);
  });

  if (indexed.has(file)) {
    it('is in the index once, tagged with its stage', () => {
      expect(indexedPage, 'its page in the index').toBeDefined();
      expect(indexedPage?.filters['phase']).toHaveLength(1);
      expect(indexedPage?.filters['phase']?.[0]).toMatch(/^(about|before|during|after|support)$/);
    });

    it('keeps header, navigation, footer, search dialog and crisis banner out of its indexed text', () => {
      const content = indexText(indexedPage?.content ?? '');
      const outside = ['.skip-link', 'header nav a', '#contact-heading', '#about-heading', '#search-dialog h2'];
      for (const selector of outside) {
        for (const element of $(selector).toArray()) {
          const text = indexText($(element).text());
          if (text.length > 12) expect(content, `${selector}: ${text}`).not.toContain(text);
        }
      }
      // The footer's crisis block; a page that shows the crisis lines as its own words (Getting help)
      // carries the block in its body instead, and its footer leaves them out.
      const crisisIntro = indexText($('footer #get-help > p').text());
      if (crisisIntro) expect(content).not.toContain(crisisIntro);
    });
  } else {
    it('is not indexed', () => {
      expect(indexedPage).toBeUndefined();
    });
  }

  it('links to the search page in the header, with a hidden search button for the script to show', () => {
    expect($('header a[data-search-fallback]').attr('href')).toBe(pathsOf(lang).search);
    const button = $('header button[data-search-open]');
    expect(button.is('[hidden]')).toBe(true);
    expect(button.attr('aria-keyshortcuts')).toBe('/');
  });

  it('ships no search dialog and no search form of the dialog: the search code builds it on first use', () => {
    expect($('dialog.search-dialog, dialog:has(input[type="search"]), #search-dialog-title')).toHaveLength(0);
    if (!searchPages.has(file)) expect($('[data-search-panel], input[type="search"]')).toHaveLength(0);
  });

  if (searchPages.has(file)) {
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

describe.each(guides)('guide $address', (guide) => {
  const $ = page(guide.file);

  const indexedPage = searchIndex().get(guide.address);

  it('gives every h2 and h3 of its text an id, so each is a section result with its anchor', () => {
    const headings = $('main .prose-page')
      .find('h2, h3')
      .filter((_, heading) => $(heading).closest(SEARCH_EXCLUDED_SELECTORS.join(', ')).length === 0);
    expect(headings.length).toBeGreaterThan(0);
    const anchors = new Set(indexedPage?.anchors.map((anchor) => anchor.id));
    headings.each((_, heading) => {
      const id = $(heading).attr('id');
      expect(id).toBeTruthy();
      expect(anchors, `#${id} is a section in the index`).toContain(id);
    });
  });

  it('puts its search aliases in the index as metadata, not as text on the page', () => {
    const aliases = guide.data.searchAliases ?? [];
    expect(indexedPage?.meta['aliases']).toBe(aliases.length === 0 ? undefined : aliases.join(', '));
    // The <meta> that gave them to the indexer is taken out once the index is written.
    if (aliases.length > 0) expect($.html()).not.toContain(aliases.join(', '));
  });

  it('leaves page furniture out of the index: contents, reading time, review dates, sources and previous/next', () => {
    const content = indexText(indexedPage?.content ?? '');
    for (const selector of ['#toc-heading', '.review-dates dt', '.review-dates dd', '#sources-heading + ul li']) {
      for (const element of $(selector).toArray()) {
        const text = indexText($(element).text());
        if (text.length > 12) expect(content, `${selector}: ${text}`).not.toContain(text);
      }
    }
    expect(indexedPage?.anchors.map((anchor) => anchor.id)).not.toContain('sources-heading');
    expect(indexedPage?.anchors.map((anchor) => anchor.id)).not.toContain('toc-heading');
  });
});

describe.each(EDITIONS)('the search page without JavaScript ($lang)', ({ lang }) => {
  const $ = page(fileFor(pathsOf(lang).search));
  // Its A to Z, on the page itself or on the letter pages it links to when too long for it.
  const { links } = topicIndexPages(DIST, lang);

  it('hides the search form (it needs JavaScript) and says why, in its language', () => {
    expect($('[data-search-js]').is('[hidden]')).toBe(true);
    expect(indexText($('[data-search-nojs]').text())).toBe(indexText(uiOf(lang).search.needsJavaScript));
  });

  it.each(guides.filter((guide) => guide.lang === lang))(
    'links to guide $slug and every one of its sections, by anchor',
    (guide) => {
      const guidePage = page(guide.file);
      expect(links.has(guide.address)).toBe(true);
      guidePage('.prose-page h2[id], .prose-page h3[id]').each((_, heading) => {
        expect(links.has(`${guide.address}#${guidePage(heading).attr('id')}`)).toBe(true);
      });
    },
  );

  it('has no search dialog of its own (its search box is on the page)', () => {
    expect($('dialog')).toHaveLength(0);
    expect($('[data-search-panel]')).toHaveLength(1);
  });
});
