import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readClinic } from '../support/clinic';
import { SAMPLE_CONTENT } from '../support/paths';
import { iconSvg, lettermark, markSvg, MARK_ID, MAX_LOGO_BYTES, readLogo, touchIconSvg } from '../../src/lib/logo';

const svg = (inner: string, root = 'viewBox="0 0 32 32"') =>
  `<svg xmlns="http://www.w3.org/2000/svg" ${root}>${inner}</svg>`;
const problemsOf = (text: string) => readLogo(text).problems.join('\n');
const colours = { accent: '#16596a', onAccent: '#ffffff' };

describe('readLogo', () => {
  it('reads a clean logo: its viewBox, its root fill, its shapes without title, editors’ attributes or whitespace', () => {
    const result = readLogo(`<?xml version="1.0"?>
      <!-- made by hand -->
      <svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="x" width="64" height="64" viewBox="0 0 32 32" fill="currentColor">
        <title>Clinic</title>
        <inkscape:namedview pagecolor="#fff"/>
        <g class="layer" data-name="a"><path d="M0 0h32v32H0Z" fill-rule="evenodd"/></g>
      </svg>`);
    expect(result.problems).toEqual([]);
    expect(result.logo).toEqual({
      viewBox: '0 0 32 32',
      attributes: { fill: 'currentColor' },
      body: '<g><path d="M0 0h32v32H0Z" fill-rule="evenodd"/></g>',
    });
  });

  it('reads the sample clinic’s logo', () => {
    const { logo } = readClinic(SAMPLE_CONTENT);
    expect(logo, 'the sample clinic has a logo').toBeDefined();
    expect(readLogo(readFileSync(path.join(SAMPLE_CONTENT, 'settings', logo ?? ''), 'utf8')).problems).toEqual([]);
  });

  it.each([
    ['a script', svg('<script>alert(1)</script><path d="M0 0h1"/>'), 'has a <script>'],
    ['an event handler', svg('<path d="M0 0h1" onclick="x()"/>'), 'has an event handler'],
    ['a style element', svg('<style>path{fill:red}</style><path d="M0 0h1"/>'), 'has styles'],
    ['a style attribute', svg('<path d="M0 0h1" style="fill:red"/>'), 'has styles'],
    ['a link to a website', svg('<image href="https://example.org/a.png"/>'), 'refers to another file or website'],
    ['an @import', svg('<path d="M0 0h1"/>@import url(x.css);'), 'refers to another file or website'],
    ['a url(http…) fill', svg('<path d="M0 0h1" fill="url(http://x/y#g)"/>'), 'refers to another file or website'],
    ['no viewBox', svg('<path d="M0 0h1"/>', 'width="32" height="32"'), 'has no viewBox'],
    ['not an SVG', '<html><body>logo</body></html>', 'is not an SVG'],
    ['text', svg('<text x="0" y="10">Clinic</text>'), 'has <text>; turn the words into shapes'],
    ['a picture', svg('<image href="logo.png"/>'), 'has <image>, which a logo may not use'],
    ['an id', svg('<path id="a" d="M0 0h1"/>'), 'has an id'],
    ['a gradient fill', svg('<path d="M0 0h1" fill="url(#g)"/>'), 'may not use gradients'],
    ['an unclosed group', svg('<g><path d="M0 0h1"/>'), 'closes nothing'],
    ['no shapes', svg('<title>Empty</title>'), 'draws nothing'],
  ])('refuses a logo with %s', (_what, text, says) => {
    expect(readLogo(text).logo).toBeUndefined();
    expect(problemsOf(text)).toContain(says);
  });

  it(`refuses a file over ${MAX_LOGO_BYTES / 1024} KB, saying its size`, () => {
    const big = svg(`<path d="M0 0${' h1'.repeat(3000)}"/>`);
    expect(problemsOf(big)).toMatch(/^is 9 KB; a logo may be at most 8 KB/);
  });
});

describe('the files drawn from the logo', () => {
  const logo = { viewBox: '0 0 32 32', attributes: { fill: 'currentColor' }, body: '<path d="M0 0h32v32H0Z"/>' };

  it('gives pages one symbol, in whatever colour the page gives it', () => {
    expect(markSvg(logo)).toBe(
      `<svg xmlns="http://www.w3.org/2000/svg"><symbol id="${MARK_ID}" viewBox="0 0 32 32" fill="currentColor"><path d="M0 0h32v32H0Z"/></symbol></svg>\n`,
    );
  });

  it('draws the icon in the accent colour', () => {
    expect(iconSvg(logo, colours, 'Riverbend')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" fill="currentColor" color="#16596a"><path d="M0 0h32v32H0Z"/></svg>\n',
    );
  });

  it('draws a letter on the accent when there is no logo', () => {
    const icon = iconSvg(undefined, colours, 'lakeside');
    expect(icon).toContain('fill="#16596a"');
    expect(icon).toMatch(/<text [^>]*fill="#ffffff"[^>]*>L<\/text>/);
    expect(lettermark(' Ōtaki Clinic')).toBe('Ō');
    expect(iconSvg(undefined, colours, '<A&B>')).toContain('>&lt;</text>');
  });

  it('puts the home-screen icon on the page colour, since phones fill transparency with black', () => {
    const icon = touchIconSvg(logo, { accent: '#16596a', page: '#fbfaf7' });
    expect(icon).toContain('<rect width="180" height="180" fill="#fbfaf7"/>');
    expect(icon).toContain('color="#16596a"');
  });
});
