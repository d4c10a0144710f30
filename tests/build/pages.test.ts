/** Every page of the built site has what a reader, a screen reader and a link preview need, in its own language. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressOf, distText, fileFor, htmlFiles, page } from '../support/dist';
import { DIST } from '../support/paths';
import { EDITIONS, clinicOf, pathsOf, uiOf } from '../support/editions';
import { editionEntries, guideFileFor } from '../support/edition-entries';
import { escapeRegExp } from '../support/regexp';
import { ABOUT_CONTENT_GUIDE_ID } from '../../src/lib/constants';
import type { Edition } from '../../src/lib/editions';
import { basePath, sitePathOf, withBase } from '../../src/lib/addresses';

const root = EDITIONS[0] as Edition;
const clinic = clinicOf(root.lang);
const base = basePath(clinic.siteUrl);

/** reviewedBy as written: one role or a list of roles. */
const roles = (reviewedBy: string | string[]) => (typeof reviewedBy === 'string' ? [reviewedBy] : reviewedBy);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const pages = htmlFiles();

/**
 * The edition a built file belongs to, from its address: the one whose home it is under (/es/…), else
 * the root's (the 404 page, served at every address, is in the clinic's own language first).
 */
function editionOfFile(file: string): Edition {
  const address = addressOf(file);
  return EDITIONS.find((edition) => !edition.root && address.startsWith(edition.home)) ?? root;
}

describe.each(EDITIONS)('guide pages in $lang', ({ lang, root: isRoot }) => {
  const guides = editionEntries<{ title: string; reviewedBy: string | string[] }>('guides', lang);
  const { review } = uiOf(lang);

  // The clinic's own language has every guide; another may translate only some.
  it.runIf(isRoot)('the content folder has guides to check', () => {
    expect(guides.length).toBeGreaterThanOrEqual(2);
  });

  for (const guide of guides) {
    describe(guide.slug, () => {
      const { file } = guide;
      it('exists, with its title as the only h1', () => {
        expect(pages).toContain(file);
        const $ = page(file);
        expect($('h1')).toHaveLength(1);
        expect($('h1').text().trim()).toBe(guide.data.title);
        expect($('title').text()).toContain(guide.data.title);
      });
      it.runIf(!clinic.sample)('shows when it was reviewed, by whom (every role), and when it is next due', () => {
        const $ = page(file);
        const dates = squash($('.review-dates').text());
        expect(dates).toContain(review.lastReviewed);
        expect(dates).toContain(review.nextReviewDue);
        expect(dates).toContain(review.reviewedBy);
        for (const role of roles(guide.data.reviewedBy)) expect(dates).toContain(role);
        expect($('.review-dates time[datetime]')).toHaveLength(2);
      });
      it.runIf(clinic.sample)('while sample, says it is not yet reviewed and names who is to review it', () => {
        const $ = page(file);
        const dates = squash($('.review-dates').text());
        expect(dates).toContain(review.notYetReviewed);
        expect(dates).toContain(review.toBeReviewedBy);
        for (const role of roles(guide.data.reviewedBy)) expect(dates).toContain(role);
        // No review date: none happened.
        expect(dates).not.toContain(review.lastReviewed);
        expect(dates).not.toContain(review.reviewedBy);
        expect($('.review-dates time')).toHaveLength(0);
      });
      it('lists its sources', () => {
        expect(page(file)('#sources-heading + ul a[href^="https://"]').length).toBeGreaterThan(0);
      });
      it('gives every h2 and h3 of the text an anchor link to itself', () => {
        const $ = page(file);
        const headings = $('.prose-page h2[id], .prose-page h3[id]');
        expect(headings.length).toBeGreaterThan(0);
        headings.each((_, heading) => {
          const id = $(heading).attr('id');
          expect($(heading).parent().find(`a.heading-anchor[href="#${id}"]`)).toHaveLength(1);
        });
      });
    });
  }
});

describe.each(pages)('%s', (file) => {
  const $ = page(file);
  const edition = editionOfFile(file);
  const ui = uiOf(edition.lang);
  const own = clinicOf(edition.lang);

  it('has lang, a title and a meta description', () => {
    expect($('html').attr('lang')).toBe(edition.locale);
    expect($('title').text().trim().length).toBeGreaterThan(0);
    const description = $('meta[name="description"]').attr('content') ?? '';
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description.length).toBeLessThanOrEqual(160);
  });

  it.skipIf(file === '404.html')('has a canonical address on the site, and link-preview tags that match it', () => {
    const canonical = $('link[rel="canonical"]').attr('href');
    expect(canonical).toBe(new URL(addressOf(file), clinic.siteUrl).href);
    expect($('meta[property="og:url"]').attr('content')).toBe(canonical);
    expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
    expect($('meta[property="og:description"]').attr('content')).toBeTruthy();
    expect($('meta[name="twitter:card"]').attr('content')).toBeTruthy();
  });

  it.skipIf(file === '404.html')(
    'names its versions in other languages for search engines: each exists, is in its language, and names it back',
    () => {
      const alternatesOf = (of: typeof $) =>
        of('link[rel="alternate"][hreflang]')
          .toArray()
          .map((link) => ({ hreflang: of(link).attr('hreflang') ?? '', href: of(link).attr('href') ?? '' }));
      const alternates = alternatesOf($);
      // A page in one language only names no versions.
      if (alternates.length === 0) return;
      const canonical = $('link[rel="canonical"]').attr('href') ?? '';
      expect(alternates).toContainEqual({ hreflang: edition.locale, href: canonical });
      const versions = alternates.filter(({ hreflang }) => hreflang !== 'x-default');
      expect(new Set(versions.map(({ hreflang }) => hreflang)).size).toBe(versions.length);
      expect(versions.length).toBeGreaterThan(1);
      // The default is the version in the clinic's own language.
      const defaults = alternates.filter(({ hreflang }) => hreflang === 'x-default').map(({ href }) => href);
      expect(defaults).toEqual(versions.filter(({ hreflang }) => hreflang === root.locale).map(({ href }) => href));
      for (const { hreflang, href } of versions) {
        const target = fileFor(sitePathOf(base, new URL(href).pathname) ?? href);
        expect(pages, href).toContain(target);
        expect(page(target)('html').attr('lang'), href).toBe(hreflang);
        expect(alternatesOf(page(target)), href).toContainEqual({ hreflang: edition.locale, href: canonical });
      }
    },
  );

  it.skipIf(file === '404.html')(
    'offers each other language in the language switch: this page in it, or its home page with a notice',
    () => {
      const versions = new Map(
        $('link[rel="alternate"][hreflang]')
          .toArray()
          .map((link) => [$(link).attr('hreflang'), new URL($(link).attr('href') ?? '').pathname] as const),
      );
      const others = EDITIONS.filter((other) => other.lang !== edition.lang);
      const items = $('nav.language-switch li');
      expect(items).toHaveLength(others.length);
      for (const other of others) {
        const { language } = uiOf(other.lang);
        // Each language is offered in its own words, marked with its language.
        const item = items.filter((_, li) => $(li).attr('lang') === other.locale);
        expect(item, other.lang).toHaveLength(1);
        const link = item.find('a');
        expect(link.attr('hreflang')).toBe(other.locale);
        expect(squash(link.text())).toBe(squash(language.name));
        const version = versions.get(other.locale);
        if (version) {
          expect(link.attr('href')).toBe(version);
          expect(item.find('.language-note')).toHaveLength(0);
        } else {
          expect(link.attr('href')).toBe(withBase(base, other.home));
          expect(squash(item.find('.language-note').text())).toBe(squash(language.notTranslated));
        }
      }
    },
  );

  it('starts <body> with a skip link to <main>', () => {
    const first = $('body a').first();
    expect(first.text().trim()).toBe(ui.page.skipLink);
    const target = first.attr('href')?.slice(1) ?? '';
    expect($(`main#${target}`)).toHaveLength(1);
    expect($('main')).toHaveLength(1);
  });

  it('reaches the crisis lines in one step', () => {
    const help = $('header a').filter((_, link) => $(link).text().trim() === ui.header.getHelp);
    expect(help).toHaveLength(1);
    const target = help.attr('href') ?? '';
    expect(target.startsWith('#')).toBe(true);
    const block = $(target);
    expect(block).toHaveLength(1);
    for (const line of own.crisisLines) expect(block.text()).toContain(line.name);
    expect(block.find('a[href^="tel:"]').length).toBeGreaterThan(0);
  });

  it('has the clinic contact and says the site informs and the clinician decides', () => {
    const footer = $('footer');
    expect(footer.find(`a[href="tel:${own.phone.dial}"]`)).toHaveLength(1);
    expect(squash(footer.text())).toContain(squash(ui.footer.about));
    // The page on how the information is made, in the page's language when it is translated.
    const aboutFile = guideFileFor(ABOUT_CONTENT_GUIDE_ID, edition.lang);
    const about = footer.find('a').filter((_, link) => squash($(link).text()) === squash(ui.footer.howMade));
    // The footer never links to the page it is on: on that page itself, the link is left out.
    if (about.length === 0) expect(file).toBe(aboutFile);
    else expect(fileFor(about.attr('href') ?? 'missing')).toBe(aboutFile);
    expect(pages).toContain(aboutFile);
  });

  it('never links to itself from the footer', () => {
    const address = addressOf(file);
    expect($('footer a').filter((_, link) => $(link).attr('href') === address)).toHaveLength(0);
  });

  it('marks the sample clinic as a sample', () => {
    expect($('body').text().includes(ui.sampleNotice.title)).toBe(own.sample);
  });

  it.runIf(clinic.sample)('says in the sample notice that no clinician has reviewed the pages', () => {
    const notice = squash($('.sample-notice').text());
    expect(notice).toContain(squash(ui.sampleNotice.notReviewed));
    expect(notice).toContain(squash(ui.sampleNotice.reviewLater));
  });

  it('loads no script, style, font or image from another origin', () => {
    const external = (value: string | undefined) => value !== undefined && /^(https?:)?\/\//.test(value);
    $('script[src], img[src], source[src], iframe[src]').each((_, element) => {
      expect(external($(element).attr('src')), $.html(element)).toBe(false);
    });
    $('link[href]').each((_, element) => {
      const rel = $(element).attr('rel') ?? '';
      const href = $(element).attr('href');
      // The canonical address and the page's versions in other languages (hreflang) are full
      // addresses on the site itself: named for search engines, never loaded.
      if (rel === 'canonical' || (rel === 'alternate' && $(element).attr('hreflang'))) {
        expect(new URL(href ?? '', clinic.siteUrl).origin, $.html(element)).toBe(new URL(clinic.siteUrl).origin);
        return;
      }
      expect(external(href), $.html(element)).toBe(false);
    });
    expect(distText(file)).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
  });
});

describe('site files', () => {
  it('the sitemap lists every page but the 404 page', () => {
    const sitemap = distText('sitemap-0.xml');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
    const expected = pages.filter((file) => file !== '404.html').map(addressOf);
    expect(listed.sort()).toEqual(expected.sort());
  });

  it('robots.txt points at the sitemap on the site address', () => {
    expect(distText('robots.txt')).toContain(`Sitemap: ${new URL('sitemap-index.xml', clinic.siteUrl).href}`);
  });

  it('has a favicon and a 404 page kept out of search engines', () => {
    expect(distText('favicon.svg')).toContain('<svg');
    expect(page('404.html')('meta[name="robots"]').attr('content')).toBe('noindex');
  });

  it('the 404 page, one for every address, speaks every language, each part marked with its language', () => {
    const $ = page('404.html');
    const parts = $('main section.not-found');
    expect(parts).toHaveLength(EDITIONS.length);
    EDITIONS.forEach((edition, index) => {
      const part = parts.eq(index);
      const { notFound } = uiOf(edition.lang);
      // The clinic's own language is the page's; another says which it is.
      expect(part.attr('lang')).toBe(edition.root ? undefined : edition.locale);
      expect(squash(part.find('h1, h2').first().text())).toBe(squash(notFound.title));
      expect(squash(part.text())).toContain(squash(notFound.checkAddress));
      const paths = pathsOf(edition.lang);
      expect(
        part
          .find(`a[href="${withBase(base, paths.guides)}"]`)
          .text()
          .trim(),
      ).toBe(notFound.guides);
      expect(
        part
          .find(`a[href="${withBase(base, paths.home)}"]`)
          .text()
          .trim(),
      ).toBe(notFound.home);
    });
  });

  it('no stylesheet loads anything from another origin', () => {
    const css = readdirSync(path.join(DIST, '_astro')).filter((file) => file.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      expect(distText(`_astro/${file}`)).not.toMatch(/(url\(\s*['"]?|@import\s+['"]?)(https?:)?\/\//);
    }
  });

  it.each(EDITIONS)(
    'keeps the space between text and a following link (compressHTML must be lossless): $lang',
    ({ lang, home }) => {
      const { help } = uiOf(lang);
      expect(page(fileFor(home))('#get-help p').first().text()).toMatch(
        new RegExp(`${escapeRegExp(help.intro)}\\s+${escapeRegExp(help.more)}`),
      );
    },
  );
});
