/**
 * The clinic's accent colour (settings `colors.accent` and `colors.accentDark`): the colours derived
 * from it, the contrast checks that keep every pair readable (WCAG 2.1 ratio, by colorjs.io), and
 * the rewrite of the theme tokens in src/styles/global.css (src/integrations/clinic-theme.ts).
 */
import Color from 'colorjs.io';

export type Scheme = 'light' | 'dark';

/** The colours the accent is drawn with and on, in one colour scheme. */
export interface SchemeColours {
  page: string;
  surface: string;
  accent: string;
  accentStrong: string;
  onAccent: string;
}

/**
 * Today's tokens, as written in src/styles/global.css (the light ones in `@theme`, the dark ones under
 * `prefers-color-scheme: dark`). The theme plugin stops the build if the two ever disagree.
 */
export const DEFAULT_SCHEMES: Readonly<Record<Scheme, Readonly<SchemeColours>>> = {
  light: { page: '#fbfaf7', surface: '#f1efe9', accent: '#16596a', accentStrong: '#0e3f4c', onAccent: '#ffffff' },
  dark: { page: '#121719', surface: '#1c2326', accent: '#8fd3e0', accentStrong: '#b8e6ee', onAccent: '#0b2a31' },
};

/** The setting that gives each scheme its accent. */
const ACCENT_SETTING: Readonly<Record<Scheme, 'accent' | 'accentDark'>> = {
  light: 'accent',
  dark: 'accentDark',
};

/** WCAG 2.2 AA for body text. */
export const MIN_CONTRAST = 4.5;

/** A colour as the settings write it: # and six hex digits. */
export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** The clinic's colours as the settings give them; either may be left out. */
export interface AccentSettings {
  accent?: string | undefined;
  accentDark?: string | undefined;
}

const hex = (color: Color) => color.to('srgb').toString({ format: 'hex', collapse: false });

/**
 * The accent's companions in a scheme: a stronger shade for hover (darker on light pages, lighter on
 * dark ones) and the text colour on an accent fill (white on light pages; a deep shade of the
 * accent's own hue on dark ones, as today's tokens are).
 */
export function accentColours(
  accent: string,
  scheme: Scheme,
): Pick<SchemeColours, 'accent' | 'accentStrong' | 'onAccent'> {
  const [l = 0, c = 0, h = 0] = new Color(accent)
    .to('oklch')
    .coords.map((value) => (value === null || Number.isNaN(value) ? 0 : value));
  const strong =
    scheme === 'light'
      ? new Color('oklch', [Math.max(0, l - 0.09), c * 0.8, h])
      : new Color('oklch', [Math.min(1, l + 0.07), c * 0.7, h]);
  const onAccent = scheme === 'light' ? '#ffffff' : hex(new Color('oklch', [0.27, Math.min(c, 0.04), h]).toGamut());
  return { accent: accent.toLowerCase(), accentStrong: hex(strong.toGamut()), onAccent };
}

/**
 * The accent and its companions for a scheme from the settings: today's tokens when the setting is
 * left out or names the default accent, else the colours drawn from it.
 */
export function schemeAccent(
  settings: AccentSettings,
  scheme: Scheme,
): Pick<SchemeColours, 'accent' | 'accentStrong' | 'onAccent'> {
  const value = settings[ACCENT_SETTING[scheme]]?.toLowerCase();
  const defaults = DEFAULT_SCHEMES[scheme];
  return value === undefined || value === defaults.accent ? defaults : accentColours(value, scheme);
}

/** The WCAG 2.1 contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  return new Color(a).contrast(new Color(b), 'WCAG21');
}

/** One pair below the minimum, for the build's message. */
export interface ContrastProblem {
  /** The setting to change: accent or accentDark. */
  setting: 'accent' | 'accentDark';
  message: string;
}

const ratio = (value: number) => `${(Math.floor(value * 10) / 10).toFixed(1)}:1`;

/**
 * Every pair that would be hard to read: the accent as text on the scheme's page background and
 * surface (links), and text on an accent fill (primary buttons). Messages name the colour, the
 * ratio and what it needs, so an editor knows which way to move.
 */
export function contrastProblems(settings: AccentSettings): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    const setting = ACCENT_SETTING[scheme];
    const value = settings[setting];
    if (value === undefined || !HEX_COLOUR.test(value)) continue;
    const base = DEFAULT_SCHEMES[scheme];
    const colours = accentColours(value, scheme);
    const direction = scheme === 'light' ? 'a darker colour' : 'a lighter colour';
    const pairs = [
      { text: colours.accent, on: base.page, where: `on the ${scheme} page background ${base.page}` },
      { text: colours.accent, on: base.surface, where: `on the ${scheme} surface colour ${base.surface}` },
      { text: colours.onAccent, on: colours.accent, where: `with the button text ${colours.onAccent} on it` },
    ];
    for (const pair of pairs) {
      const value = contrast(pair.text, pair.on);
      if (value < MIN_CONTRAST) {
        problems.push({
          setting,
          message: `${colours.accent} has contrast ${ratio(value)} ${pair.where}; needs ${MIN_CONTRAST}:1 (choose ${direction})`,
        });
        break;
      }
    }
  }
  return problems;
}

/** The custom properties the accent sets, as global.css names them. */
const TOKENS = {
  accent: '--color-accent',
  accentStrong: '--color-accent-strong',
  onAccent: '--color-on-accent',
} as const;

const DARK_BLOCK = /@media\s*\(prefers-color-scheme:\s*dark\)/;

function replaceToken(css: string, property: string, expected: string, value: string, where: string): string {
  const declaration = new RegExp(`(${property}:\\s*)([^;]+)(;)`);
  const found = declaration.exec(css);
  if (!found || found[2]?.trim().toLowerCase() !== expected) {
    throw new Error(
      `src/styles/global.css: ${where} ${property} is not ${expected} as src/lib/theme.ts (DEFAULT_SCHEMES) says; change both together`,
    );
  }
  return css.replace(declaration, `$1${value}$3`);
}

/**
 * global.css with the clinic's accent in place of the default tokens: the first declaration of each
 * token before the dark block (the `@theme`) for `accent`, the first inside it for `accentDark`.
 * Dark mode still changes custom properties only; the stylesheet keeps its size and its hash is
 * recorded for the security policy like any other.
 */
export function themeCss(css: string, settings: AccentSettings): string {
  const dark = DARK_BLOCK.exec(css);
  if (!dark) throw new Error('src/styles/global.css: no prefers-color-scheme: dark block for the accent colours');
  const parts: Record<Scheme, string> = { light: css.slice(0, dark.index), dark: css.slice(dark.index) };
  for (const scheme of ['light', 'dark'] as const) {
    const colours = schemeAccent(settings, scheme);
    if (colours.accent === DEFAULT_SCHEMES[scheme].accent) continue;
    for (const key of Object.keys(TOKENS) as (keyof typeof TOKENS)[]) {
      parts[scheme] = replaceToken(parts[scheme], TOKENS[key], DEFAULT_SCHEMES[scheme][key], colours[key], scheme);
    }
  }
  return parts.light + parts.dark;
}
