import { describe, expect, it } from 'vitest';
import {
  PLAN_CHOICES,
  PLAN_FIELDS,
  PLAN_LIMITS,
  PLAN_TOUCH_OWN_WORDS,
  PLAN_TOUCH_VALUES,
  PLAN_WAY_VALUES,
  isPlanAnswer,
  planChoicesOf,
  type PlanField,
} from '../../src/features/tools/plan';
import { SESSION_WAY_NAMES } from '../../src/lib/session-ways';
import { planSchema } from '../../src/schemas/words';
import { readPlan, wordsFile } from '../support/words';

describe('the plan', () => {
  it('can store each of the practice’s four ways, in the guide’s order, then "not sure yet"', () => {
    expect([...PLAN_WAY_VALUES]).toEqual([...SESSION_WAY_NAMES, 'not-sure']);
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

describe('the choices a page offers', () => {
  const offered = planChoicesOf([
    { name: 'way', value: 'silence' },
    { name: 'way', value: 'not-sure' },
    { name: 'touch', value: 'none' },
    { name: 'colour', value: 'blue' },
  ]);
  it('are read from its radio buttons, by field', () => {
    expect(offered).toEqual({ way: ['silence', 'not-sure'], touch: ['none'] });
  });
  it('decide which answers are accepted, so a choice the page left out is not kept', () => {
    expect(isPlanAnswer('way', 'silence', offered)).toBe(true);
    expect(isPlanAnswer('way', 'focus', offered)).toBe(false);
    expect(isPlanAnswer('way', 'focus')).toBe(true);
    expect(isPlanAnswer('intention', 'Rest', offered)).toBe(true);
  });
});

describe('the touch agreement', () => {
  it('sits beside the stop signal, with its own words straight after the choice', () => {
    const at = (field: PlanField) => PLAN_FIELDS.indexOf(field);
    expect(at('touch')).toBe(at('pauseSignal') + 1);
    expect(at('touchOwnWords')).toBe(at('touch') + 1);
  });
  it('accepts only a listed choice, and any text for the own words, within a limit', () => {
    for (const value of PLAN_TOUCH_VALUES) expect(isPlanAnswer('touch', value)).toBe(true);
    expect(isPlanAnswer('touch', 'No touch')).toBe(false);
    expect(isPlanAnswer('touch', 'silence')).toBe(false);
    expect(isPlanAnswer('touchOwnWords', 'Hold my hand if I cry.')).toBe(true);
    expect(PLAN_LIMITS.touchOwnWords).toBeGreaterThan(0);
    expect(PLAN_TOUCH_VALUES).toContain(PLAN_TOUCH_OWN_WORDS);
  });
  it('is one of the two choice fields, with the way; every other field is text with a limit', () => {
    expect(Object.keys(PLAN_CHOICES).sort()).toEqual(['touch', 'way']);
    for (const field of PLAN_FIELDS) {
      expect(field in PLAN_CHOICES || field in PLAN_LIMITS, field).toBe(true);
      expect(field in PLAN_CHOICES && field in PLAN_LIMITS, field).toBe(false);
    }
  });
});

describe('the plan’s words (content/plan/)', () => {
  const real = wordsFile('plan') as Record<string, unknown>;
  const issues = (data: unknown) =>
    planSchema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
  const fields = real['fields'] as Record<string, Record<string, unknown>>;
  const ways = real['ways'] as Record<string, unknown>[];

  it('are valid, with the words of every text box', () => {
    expect(issues(real)).toEqual([]);
    expect(Object.keys(readPlan().fields).sort()).toEqual(Object.keys(PLAN_LIMITS).sort());
  });
  it('refuse a text box without its label, naming the field', () => {
    const { label: _, ...rest } = fields['rideName'] ?? {};
    expect(issues({ ...real, fields: { ...fields, rideName: rest } })).toEqual([
      'fields.rideName.label: rideName label is required and must be text',
    ]);
  });
  it('refuse an unknown field, naming it and the one most likely meant', () => {
    expect(issues({ ...real, fields: { ...fields, ridePhon: { label: 'Phone' } } })).toEqual([
      'fields.ridePhon: unknown field "ridePhon" in fields; did you mean "ridePhone"?',
    ]);
  });
  it('refuse a choice the plan cannot store, and a choice listed twice', () => {
    const way = ways[0] ?? {};
    expect(issues({ ...real, ways: [...ways, { ...way, value: 'dancing' }] })[0]).toMatch(
      /^ways\.5\.value: ways value must be one of: reassurance, conversation, focus, silence, not-sure/,
    );
    expect(issues({ ...real, ways: [...ways, way] })).toEqual([
      `ways.5.value: ways lists "${String(way['value'])}" twice`,
    ]);
  });
  it('accept a plan that leaves a way out', () => {
    expect(issues({ ...real, ways: ways.slice(1) })).toEqual([]);
  });
  it('refuse a blank that is not a clinic setting, and a link that leaves the site', () => {
    expect(issues({ ...real, printIntro: 'For my session at {clinic.shortname}.' })[0]).toMatch(
      /^printIntro: printIntro uses \{clinic\.shortname\}, which is not a clinic setting/,
    );
    expect(issues({ ...real, more: 'See [a checklist](https://example.org/).' })).toEqual([
      'more: link "a checklist" goes to "https://example.org/"; links here go to this site\'s pages, starting with /, such as /checklist/',
    ]);
  });
});
