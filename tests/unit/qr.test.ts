import { expect, it } from 'vitest';
import { qrSvg } from '../../src/lib/qr';
import { decodeQrSvg } from '../support/qr-decode';

it('makes an SVG that a camera reads back as the same address', async () => {
  const address = 'https://care.example.org/handouts/after-your-session/';
  const svg = await qrSvg(address, { label: 'QR code for care.example.org/handouts/after-your-session/' });
  expect(decodeQrSvg(svg)).toBe(address);
});

it('labels the picture for screen readers, escaping the label', async () => {
  const svg = await qrSvg('https://a.example/', { label: 'Say "hi" & <go>' });
  expect(svg.startsWith('<svg role="img" aria-label="Say &quot;hi&quot; &amp; &lt;go>"')).toBe(true);
  expect(svg).not.toContain('<?xml');
});

it('makes a smaller code with error correction "L", which still reads back', async () => {
  const address = 'https://holding-space.example/handouts/preparing-for-your-session/';
  const paper = await qrSvg(address, { label: 'paper' });
  const screen = await qrSvg(address, { label: 'screen', errorCorrection: 'L' });
  const size = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
  expect(size(screen)).toBeLessThan(size(paper));
  expect(decodeQrSvg(screen)).toBe(address);
});
