import { describe, expect, it } from 'vitest';
import { editDistance, nearestName, unknownFieldMessage } from '../../src/schemas/unknown-fields';

describe('nearestName', () => {
  const known = ['tier', 'name', 'howToReach', 'call', 'text', 'textMessage', 'hours', 'url'];

  it('finds the same name written in other capitals or word breaks', () => {
    expect(nearestName('Call', known)).toBe('call');
    expect(nearestName('how_to_reach', known)).toBe('howToReach');
  });

  it('finds a name within a typo or two, one for short names', () => {
    expect(nearestName('textMesage', known)).toBe('textMessage');
    expect(nearestName('huors', known)).toBe('hours');
    expect(nearestName('cal', known)).toBe('call');
    expect(nearestName('phone', known)).toBeUndefined();
  });

  it('finds a name that a shortened one begins or ends', () => {
    expect(nearestName('max', ['minHours', 'maxHours'])).toBe('maxHours');
  });
});

it('editDistance counts a swap of two neighbours as one edit', () => {
  expect(editDistance('dail', 'dial')).toBe(1);
  expect(editDistance('kitten', 'sitting')).toBe(3);
});

it('unknownFieldMessage names the place and the field meant, or lists the fields', () => {
  expect(unknownFieldMessage('Call', ['call', 'text'], ['crisisLines', 0])).toBe(
    'unknown field "Call" in crisisLines.0; did you mean "call"?',
  );
  expect(unknownFieldMessage('colour', ['call', 'text'], [])).toBe(
    'unknown field "colour"; the fields here are: call, text',
  );
});
