import { describe, expect, it } from 'vitest';
import { blocksRendering } from '../support/page-weight';

describe('blocksRendering', () => {
  it('counts a stylesheet with no media, or one that may match a screen, as blocking', () => {
    for (const media of [undefined, '', 'all', 'screen', 'screen, print', '(min-width: 40rem)']) {
      expect(blocksRendering(media), String(media)).toBe(true);
    }
  });
  it('does not count a print-only stylesheet, which browsers fetch without waiting for it', () => {
    for (const media of ['print', ' PRINT ', 'only print', 'print, only print']) {
      expect(blocksRendering(media), media).toBe(false);
    }
  });
});
