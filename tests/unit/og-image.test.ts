import { expect, it } from 'vitest';
import { ogImageAlt, ogImagePath, previewMode, wrapTitle } from '../../src/lib/og-image';

it('gives every address its own image path', () => {
  expect(ogImagePath('/')).toBe('/og/index.png');
  expect(ogImagePath('/guides/')).toBe('/og/guides.png');
  expect(ogImagePath('/guides/safety/')).toBe('/og/guides/safety.png');
  expect(ogImagePath('/404.html')).toBe('/og/404.png');
});

it('describes the image as the title and the site', () => {
  const describe = ({ title, site }: { title: string; site: string }) => `${title}, from ${site}`;
  expect(ogImageAlt('Riverbend', 'After your session', describe)).toBe('After your session, from Riverbend');
  expect(ogImageAlt('Riverbend', 'Riverbend', describe)).toBe('Riverbend');
});

it('wraps a title between words and cuts it with an ellipsis past the last line', () => {
  expect(wrapTitle('Ways your session can go', 12, 3)).toEqual(['Ways your', 'session can', 'go']);
  expect(wrapTitle('one two three four five six', 7, 2)).toEqual(['one two', 'three…']);
  expect(wrapTitle('Supercalifragilistic', 5, 2)).toEqual(['Supercalifragilistic']);
});

it('reads PREVIEW_IMAGES: on unless it says off, and refuses anything else', () => {
  expect(previewMode(undefined)).toBe('on');
  expect(previewMode('')).toBe('on');
  expect(previewMode('on')).toBe('on');
  expect(previewMode('off')).toBe('off');
  expect(() => previewMode('no')).toThrow(/PREVIEW_IMAGES: received "no", expected on or off/);
});
