/** Every page of the built site has what a reader, a screen reader and a link preview need. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressOf, distText, fileFor, htmlFiles, page } from '../support/dist';
import { CONTENT, DIST } from '../support/paths';
import { publishedEntries } from '../support/fixtures';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { UI } from '../support/ui';
import { ABOUT_CONTENT_PATH } from '../../src/lib/addresses';

const clinic = load(readFileSync(path.join(CONTENT, 'settings', 'clinic.yaml'), 'utf8')) as {
  siteUrl: string;
  locale: string;
  sample: boolean;
  name: string;
  phone: { dial: string };
  crisisLines: { name: string }[];
};

const guides = publishedEntries<{ title: string; reviewedBy: string | string[] }>('guides');

/** reviewedBy as written: one role or a list of roles. */
const roles = (reviewedBy: string | string[]) => (typeof reviewedBy === 'string' ? [reviewedBy] : reviewedBy);

const pages = htmlFiles();

describe('guide pages', () => {
  it('the content folder has guides to check', () => {
    expect(guides.length).toBeGreaterThanOrEqual(2);
  });

  for (const guide of guides) {
    describe(guide.id, () => {
      const file = `guides/${guide.id}/index.html`;
      it('exists, with its title as the only h1', () => {
        expect(pages).toContain(file);
        const $ = page(file);
        expect($('h1')).toHaveLength(1);
        expect($('h1').text().trim()).toBe(guide.data.title);
        expect($('title').text()).toContain(guide.data.title);
      });
      it.runIf(!clinic.sample)('shows when it was reviewed, by whom (every role), and when it is next due', () => {
        const $ = page(file);
        const review = $('.review-dates').text();
        expect(review).toMatch(/Page last reviewed:/);
        expect(review).toMatch(/Next review due:/);
        expect(review).toMatch(/Reviewed by:/);
        for (const role of roles(guide.data.reviewedBy)) expect(review).toContain(role);
        expect($('.review-dates time[datetime]')).toHaveLength(2);
      });
      it.runIf(clinic.sample)('while sample, says it is not yet reviewed and names who is to review it', () => {
        const $ = page(file);
        const review = $('.review-dates').text();
        expect(review).toContain('Not yet reviewed: written from the cited sources.');
        expect(review).toMatch(/To be reviewed by:/);
        for (const role of roles(guide.data.reviewedBy)) expect(review).toContain(role);
        // No review date: none happened.
        expect(review).not.toMatch(/Page last reviewed|Reviewed by:/);
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

  it('has lang, a title and a meta description', () => {
    expect($('html').attr('lang')).toBe(clinic.locale);
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

  it('starts <body> with a skip link to <main>', () => {
    const first = $('body a').first();
    expect(first.text().trim()).toBe('Skip to main content');
    const target = first.attr('href')?.slice(1) ?? '';
    expect($(`main#${target}`)).toHaveLength(1);
    expect($('main')).toHaveLength(1);
  });

  it('reaches the crisis lines in one step', () => {
    const help = $('header a').filter((_, link) => $(link).text().trim() === UI.header.getHelp);
    expect(help).toHaveLength(1);
    const target = help.attr('href') ?? '';
    expect(target.startsWith('#')).toBe(true);
    const block = $(target);
    expect(block).toHaveLength(1);
    for (const line of clinic.crisisLines) expect(block.text()).toContain(line.name);
    expect(block.find('a[href^="tel:"]').length).toBeGreaterThan(0);
  });

  it('has the clinic contact and says the site informs and the clinician decides', () => {
    const footer = $('footer');
    expect(footer.find(`a[href="tel:${clinic.phone.dial}"]`)).toHaveLength(1);
    expect(footer.text().replace(/\s+/g, ' ')).toContain('Your clinician decides with you what is right for you.');
    const about = footer.find('a').filter((_, link) => $(link).text().includes('How this information is written'));
    // The footer never links to the page it is on: on that page itself, the link is left out.
    if (about.length === 0) expect(file).toBe(fileFor(ABOUT_CONTENT_PATH));
    else expect(pages).toContain(fileFor(about.attr('href') ?? 'missing'));
  });

  it('never links to itself from the footer', () => {
    const own = addressOf(file);
    expect($('footer a').filter((_, link) => $(link).attr('href') === own)).toHaveLength(0);
  });

  it('marks the sample clinic as a sample', () => {
    expect($('body').text().includes('Sample site.')).toBe(clinic.sample);
  });

  it.runIf(clinic.sample)('says in the sample notice that no clinician has reviewed the pages', () => {
    const notice = $('.sample-notice').text().replace(/\s+/g, ' ');
    expect(notice).toContain('No clinician has reviewed these pages');
    expect(notice).toContain('must have its own clinicians review every page before publishing it');
  });

  it('loads no script, style, font or image from another origin', () => {
    const external = (value: string | undefined) => value !== undefined && /^(https?:)?\/\//.test(value);
    $('script[src], img[src], source[src], iframe[src]').each((_, element) => {
      expect(external($(element).attr('src')), $.html(element)).toBe(false);
    });
    $('link[href]').each((_, element) => {
      const rel = $(element).attr('rel') ?? '';
      if (rel === 'canonical') return;
      expect(external($(element).attr('href')), $.html(element)).toBe(false);
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

  it('no stylesheet loads anything from another origin', () => {
    const css = readdirSync(path.join(DIST, '_astro')).filter((file) => file.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    for (const file of css) {
      expect(distText(`_astro/${file}`)).not.toMatch(/(url\(\s*['"]?|@import\s+['"]?)(https?:)?\/\//);
    }
  });

  it('keeps the space between text and a following link (compressHTML must be lossless)', () => {
    expect(page('index.html')('#get-help p').first().text()).toMatch(/now\.\s+More ways to get help/);
  });
});
