import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  accentColours,
  contrast,
  contrastProblems,
  DEFAULT_SCHEMES,
  MIN_CONTRAST,
  schemeAccent,
  themeCss,
} from '../../src/lib/theme';
import { ROOT } from '../support/paths';

const globalCss = readFileSync(path.join(ROOT, 'src', 'styles', 'global.css'), 'utf8');

describe('accent contrast', () => {
  it('passes the default tokens in both schemes, with every pair at 4.5:1 or more', () => {
    expect(contrastProblems({ accent: DEFAULT_SCHEMES.light.accent, accentDark: DEFAULT_SCHEMES.dark.accent })).toEqual(
      [],
    );
    for (const scheme of ['light', 'dark'] as const) {
      const colours = DEFAULT_SCHEMES[scheme];
      expect(contrast(colours.accent, colours.page)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrast(colours.onAccent, colours.accent)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });

  it('passes another readable pair, and derives companions that pass too', () => {
    expect(contrastProblems({ accent: '#7a3e9d', accentDark: '#d7b8f0' })).toEqual([]);
    const light = accentColours('#7a3e9d', 'light');
    expect(contrast(light.accentStrong, DEFAULT_SCHEMES.light.page)).toBeGreaterThan(
      contrast(light.accent, DEFAULT_SCHEMES.light.page),
    );
    const dark = accentColours('#d7b8f0', 'dark');
    expect(contrast(dark.onAccent, dark.accent)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('refuses a light accent that is too pale, naming the setting, the ratio and the background', () => {
    expect(contrastProblems({ accent: '#88aaff' })).toEqual([
      {
        setting: 'accent',
        message:
          '#88aaff has contrast 2.1:1 on the light page background #fbfaf7; needs 4.5:1 (choose a darker colour)',
      },
    ]);
  });

  it('refuses a dark-mode accent that is too dark, naming accentDark', () => {
    const [problem] = contrastProblems({ accentDark: '#335577' });
    expect(problem?.setting).toBe('accentDark');
    expect(problem?.message).toMatch(/^#335577 has contrast 2\.\d:1 on the dark page background #121719; needs 4\.5:1/);
  });

  it('refuses an accent that passes on the page but not on the surface', () => {
    // Between the two backgrounds' luminance: 4.5:1 or more on the page, less on the surface.
    const [problem] = contrastProblems({ accent: '#5e7079' });
    expect(problem?.message).toContain('on the light surface colour #f1efe9');
  });

  it('leaves colours the schema refuses to the schema', () => {
    expect(contrastProblems({ accent: 'teal' })).toEqual([]);
  });
});

describe('the accent in global.css', () => {
  it('keeps the stylesheet as it is with no colours, or with the default accent', () => {
    expect(themeCss(globalCss, {})).toBe(globalCss);
    expect(themeCss(globalCss, { accent: '#16596A' })).toBe(globalCss);
    expect(schemeAccent({}, 'dark')).toEqual(DEFAULT_SCHEMES.dark);
  });

  it('writes each scheme its own accent and companions, and nothing else', () => {
    const css = themeCss(globalCss, { accent: '#7a3e9d', accentDark: '#d7b8f0' });
    const [light = '', dark = ''] = css.split(/@media \(prefers-color-scheme: dark\)/);
    const lightColours = accentColours('#7a3e9d', 'light');
    const darkColours = accentColours('#d7b8f0', 'dark');
    expect(light).toContain(`--color-accent: ${lightColours.accent};`);
    expect(light).toContain(`--color-accent-strong: ${lightColours.accentStrong};`);
    expect(dark).toContain(`--color-accent: ${darkColours.accent};`);
    expect(dark).toContain(`--color-on-accent: ${darkColours.onAccent};`);
    expect(css.length).toBe(globalCss.length);
  });

  it('stops, naming both files, when global.css and DEFAULT_SCHEMES disagree', () => {
    const edited = globalCss.replace('--color-accent: #16596a;', '--color-accent: #123456;');
    expect(() => themeCss(edited, { accent: '#7a3e9d' })).toThrow(
      /src\/styles\/global\.css: light --color-accent is not #16596a/,
    );
  });
});
