import { describe, expect, it } from 'vitest';
import { anchorHeadings } from '../../src/lib/anchor-headings';

const options = { src: '/_astro/sharing-abc.js', labelId: 'hs-link' };

describe('anchorHeadings', () => {
  it('puts one link to itself beside each h2 and h3, named by the shared words and the heading', () => {
    const html = anchorHeadings('<p>Intro</p>\n<h2 id="before">Before</h2>\n<h3 id="the-day">The day</h3>', options);
    expect(html).toBe(
      '<p>Intro</p>\n' +
        '<div class="heading-wrapper"><h2 id="before">Before</h2><a class="heading-anchor" href="#before" aria-labelledby="hs-link before" data-enhance="copy-link" data-src="/_astro/sharing-abc.js" data-pagefind-ignore><span aria-hidden="true">#</span></a></div>\n' +
        '<div class="heading-wrapper"><h3 id="the-day">The day</h3><a class="heading-anchor" href="#the-day" aria-labelledby="hs-link the-day" data-enhance="copy-link" data-src="/_astro/sharing-abc.js" data-pagefind-ignore><span aria-hidden="true">#</span></a></div>',
    );
  });

  it('keeps the heading’s markup and other attributes, trimming only the spaces around its words', () => {
    const html = anchorHeadings('<h2 class="x" id="a-b">  <em>Safe</em> &amp; calm </h2>', options);
    expect(html).toContain('<h2 class="x" id="a-b"><em>Safe</em> &amp; calm</h2><a class="heading-anchor" href="#a-b"');
  });

  it('keeps an id with accents as written (a Spanish heading)', () => {
    expect(anchorHeadings('<h2 id="cuándo-llamar">Cuándo llamar</h2>', options)).toContain(
      'href="#cuándo-llamar" aria-labelledby="hs-link cuándo-llamar"',
    );
  });

  it('leaves other headings and text alone', () => {
    const text = '<h1 id="t">Title</h1><h4 id="d">Deep</h4><p>An h2 in words: &lt;h2&gt;</p>';
    expect(anchorHeadings(text, options)).toBe(text);
  });

  it('leaves a heading with no id as it is: a component’s own, not a section of the text', () => {
    const text = '<aside><h3 class="mb-2 font-bold">In an emergency</h3></aside><h2 id="next">Next</h2>';
    expect(anchorHeadings(text, options)).toMatch(
      /^<aside><h3 class="mb-2 font-bold">In an emergency<\/h3><\/aside><div class="heading-wrapper"><h2 id="next">/,
    );
  });
});
