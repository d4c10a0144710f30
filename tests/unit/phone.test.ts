import { expect, it } from 'vitest';
import { readableNumber } from '../../src/lib/phone';

it('groups ten-digit numbers, with or without the country code', () => {
  expect(readableNumber('6234737433')).toBe('623-473-7433');
  expect(readableNumber('16234737433')).toBe('1-623-473-7433');
  expect(readableNumber('+16234737433')).toBe('1-623-473-7433');
});

it('leaves short codes and other shapes as they are', () => {
  expect(readableNumber('988')).toBe('988');
  expect(readableNumber('741741')).toBe('741741');
  expect(readableNumber('116123')).toBe('116123');
});
