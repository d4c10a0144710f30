/**
 * A small preview picture for the preview-image unit tests (tests/unit/og-band.test.ts,
 * og-glyphs.test.ts): the fonts the build uses, a 600 × 315 setup, and a tree shaped as the build's
 * (src/integrations/og-images.ts: a bar, a top line, the title's lines, a bottom line) with words
 * of the tests' own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DrawSetup } from '../../src/integrations/shared/og-draw';

const require = createRequire(import.meta.url);
const folder = path.join(path.dirname(require.resolve('@fontsource/atkinson-hyperlegible/package.json')), 'files');

/** Atkinson Hyperlegible, regular and bold, as the build loads it. */
export const ogFonts = ([400, 700] as const).map((weight) => ({
  name: 'Atkinson Hyperlegible',
  data: readFileSync(path.join(folder, `atkinson-hyperlegible-latin-${weight}-normal.woff`)),
  weight,
  style: 'normal' as const,
}));

export const smallPictureSetup: DrawSetup = {
  fonts: ogFonts,
  size: { width: 600, height: 315 },
  resvg: { fitTo: { mode: 'width', value: 600 } },
};

const box = (style: Record<string, unknown>, children?: unknown) => ({ type: 'div', props: { style, children } });

/** The small picture with these title lines, set bold at `titleSize` px in #202020. */
export function smallPictureTree(lines: readonly string[], titleSize: number) {
  return box(
    {
      width: 600,
      height: 315,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '40px 30px 20px',
      backgroundColor: '#f4f0e8',
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      box({ position: 'absolute', top: 0, left: 0, width: 600, height: 12, backgroundColor: '#305080' }),
      box({ fontSize: 20, fontWeight: 700, color: '#305080' }, 'Top line'),
      box(
        { display: 'flex', flexDirection: 'column', fontSize: titleSize, fontWeight: 700, color: '#202020' },
        lines.map((line) => box({}, line)),
      ),
      box({ fontSize: 16, color: '#505050' }, 'bottom.example'),
    ],
  );
}
