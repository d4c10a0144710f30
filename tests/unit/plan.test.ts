import { describe, expect, it } from 'vitest';
import { PLAN_FIELDS, PLAN_WAYS, isPlanAnswer } from '../../src/lib/plan';
import { SESSION_WAY_NAMES } from '../../src/lib/session-ways';

describe('the plan', () => {
  it('offers each of the practice’s four ways, in the guide’s order, then "not sure yet"', () => {
    expect(PLAN_WAYS.map((way) => way.value)).toEqual([...SESSION_WAY_NAMES, 'not-sure']);
  });
  it('names every field once', () => {
    expect(new Set(PLAN_FIELDS).size).toBe(PLAN_FIELDS.length);
  });
  it('accepts text for a text field, and only a listed way for the way', () => {
    expect(isPlanAnswer('intention', 'Rest')).toBe(true);
    expect(isPlanAnswer('intention', 4)).toBe(false);
    expect(isPlanAnswer('way', 'silence')).toBe(true);
    expect(isPlanAnswer('way', 'Silence')).toBe(false);
  });
});
