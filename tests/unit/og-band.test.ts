/**
 * Preview images draw only the rows a title reaches (src/integrations/shared/og-band.ts) on top of
 * a base drawn once: the rows must be told only when that is certain, and a picture drawn so by the
 * worker pool must have exactly the pixels of the whole picture drawn at once.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { afterAll, describe, expect, it } from 'vitest';
import { changedRows, cropRows } from '../../src/integrations/shared/og-band';
import { drawPool } from '../../src/integrations/shared/og-draw';
import { indexedPixels } from '../support/indexed-png';
import { ogFonts as fonts, smallPictureSetup as setup, smallPictureTree } from '../support/og-test-picture';

const root = '<svg width="100" height="50" viewBox="0 0 100 50" xmlns="http://www.w3.org/2000/svg">';
const shared = '<rect x="0" y="0" width="100" height="50" fill="#fff"/><g><path fill="#000" d="M1 2L3 4Z"/></g>';
const svgOf = (middle: string) => `${root}${shared}${middle}</svg>`;
const base = svgOf('<mask id="m"><rect x="0" y="20" width="100" height="0" fill="#fff"/></mask>');

describe('changedRows', () => {
  it('gives the rows of the paths only the picture has, a row wider each way', () => {
    const picture = svgOf(
      '<mask id="m"><rect x="0" y="20" width="100" height="9" fill="#fff"/></mask><g><path fill="#123456" d="M5 20.5L9 21Q12 28.2 7 27Z"/></g>',
    );
    expect(changedRows(picture, base, 50)).toEqual({ top: 19, bottom: 30 });
  });

  it('stays inside the picture', () => {
    const picture = svgOf('<g><path fill="#000" d="M0 0.2L9 49.5L3 3Z"/></g>');
    expect(changedRows(picture, base, 50)).toEqual({ top: 0, bottom: 50 });
  });

  it('gives nothing when it cannot be certain', () => {
    const unsure = [
      // relative commands: the numbers are not rows
      '<g><path fill="#000" d="M5 20l4 1Z"/></g>',
      // a group that clips, another element, a path with a transform
      '<g clip-path="url(#c)"><path fill="#000" d="M5 20L9 21Z"/></g>',
      '<image x="0" y="0" width="5" height="5" href="a.png"/>',
      '<g><path fill="#000" transform="translate(0 9)" d="M5 20L9 21Z"/></g>',
      // a rect drawn outside a mask
      '<rect x="0" y="20" width="100" height="9" fill="#fff"/>',
      // text between the tags
      '<g>words</g>',
    ];
    for (const middle of unsure) expect(changedRows(svgOf(middle), base, 50), middle).toBeUndefined();
    // The base must draw nothing where the two differ.
    const drawingBase = svgOf('<g><path fill="#000" d="M5 20L9 21Z"/></g>');
    expect(changedRows(svgOf('<g><path fill="#000" d="M5 30L9 31Z"/></g>'), drawingBase, 50)).toBeUndefined();
  });

  it('gives one row when the two draw the same', () => {
    expect(changedRows(base, base, 50)).toEqual({ top: 0, bottom: 1 });
  });
});

describe('cropRows', () => {
  it('shows only the rows asked for, at the same scale', () => {
    expect(cropRows(base, { top: 19, bottom: 30 })).toBe(
      base.replace('height="50" viewBox="0 0 100 50"', 'height="11" viewBox="0 19 100 11"'),
    );
  });

  it('gives nothing for an SVG root it does not know or no rows', () => {
    expect(cropRows('<svg viewBox="0 0 100 50"></svg>', { top: 1, bottom: 2 })).toBeUndefined();
    expect(cropRows(base, { top: 5, bottom: 5 })).toBeUndefined();
  });
});

describe('a picture drawn in part on its base', () => {
  const pool = drawPool(1, setup);
  afterAll(() => pool.close());
  const tree = (lines: string[]) => smallPictureTree(lines, 40);

  it.each([[['Gyp']], [['Two lines, with', 'descenders: gjpqy']], [['Á', 'three', 'lines É']]])(
    '%j has the pixels of the whole picture',
    async (lines) => {
      const svg = await satori(tree(lines) as Parameters<typeof satori>[0], { ...setup.size, fonts });
      expect(
        changedRows(svg, await satori(tree([]) as Parameters<typeof satori>[0], { ...setup.size, fonts }), 315),
      ).toBeDefined();
      const whole = new Resvg(svg, setup.resvg).render().pixels;
      const png = await pool.draw(tree(lines), tree([]));
      expect(indexedPixels(png).equals(whole)).toBe(true);
    },
  );
});
