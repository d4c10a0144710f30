import { describe, expect, it } from 'vitest';
import {
  PLAN_CHOICES,
  PLAN_FIELDS,
  PLAN_LIMITS,
  PLAN_TOUCH,
  PLAN_WAYS,
  isPlanAnswer,
  type PlanField,
} from '../../src/lib/plan';
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

describe('the touch agreement', () => {
  it('offers no touch, only if asked, a hand on the shoulder, and the client’s own words, in that order', () => {
    expect(PLAN_TOUCH.map((choice) => choice.label)).toEqual([
      'No touch',
      'Only if I ask',
      'A hand on my shoulder is fine',
      'In my own words:',
    ]);
  });
  it('sits beside the stop signal, with its own words straight after the choice', () => {
    const at = (field: PlanField) => PLAN_FIELDS.indexOf(field);
    expect(at('touch')).toBe(at('pauseSignal') + 1);
    expect(at('touchOwnWords')).toBe(at('touch') + 1);
  });
  it('accepts only a listed choice, and any text for the own words, within a limit', () => {
    for (const choice of PLAN_TOUCH) expect(isPlanAnswer('touch', choice.value)).toBe(true);
    expect(isPlanAnswer('touch', 'No touch')).toBe(false);
    expect(isPlanAnswer('touch', 'silence')).toBe(false);
    expect(isPlanAnswer('touchOwnWords', 'Hold my hand if I cry.')).toBe(true);
    expect(PLAN_LIMITS.touchOwnWords).toBeGreaterThan(0);
  });
  it('is one of the two choice fields, with the way; every other field is text with a limit', () => {
    expect(Object.keys(PLAN_CHOICES).sort()).toEqual(['touch', 'way']);
    for (const field of PLAN_FIELDS) {
      expect(field in PLAN_CHOICES || field in PLAN_LIMITS, field).toBe(true);
      expect(field in PLAN_CHOICES && field in PLAN_LIMITS, field).toBe(false);
    }
  });
});
