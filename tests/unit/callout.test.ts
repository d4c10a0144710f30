import { expect, it } from 'vitest';
import { calloutType } from '../../src/lib/callout';

it('accepts the three callout types', () => {
  expect(['note', 'important', 'crisis'].map(calloutType)).toEqual(['note', 'important', 'crisis']);
});

it('refuses any other type, saying what it received and what is allowed', () => {
  expect(() => calloutType('warning')).toThrow(
    '<Callout>: received type="warning", expected one of: note, important, crisis',
  );
  expect(() => calloutType(undefined)).toThrow(/received type=undefined/);
});
