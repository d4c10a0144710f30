import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { groupChecklist } from '../../src/features/tools/checklist';
import { formatHours } from '../../src/lib/format';
import { checklistSchema, type Checklist, type ChecklistItem } from '../../src/schemas/checklist';
import { clinicSettingsSchema } from '../../src/schemas/clinic';
import { CHECKLIST_PHASES } from '../../src/schemas/names';
import { guideIdsOnDisk } from '../support/fixtures';
import { CONTENT } from '../support/paths';
import { TEST_SETTING_WORDS as words } from '../support/setting-words';
import { readSettingWords } from '../support/words';

const settings = clinicSettingsSchema.parse(load(readFileSync(path.join(CONTENT, 'settings', 'clinic.yaml'), 'utf8')));
/** The real settings, with the times the examples below fill in fixed here, so any clinic's settings pass. */
const clinic = {
  ...settings,
  preparation: {
    ...settings.preparation,
    fasting: { solidsHours: 4, clearLiquidsHours: 1 },
    driving: { rule: 'next-day' as const },
  },
};
const realChecklist = checklistSchema(guideIdsOnDisk()).parse(
  load(readFileSync(path.join(CONTENT, 'checklist', 'items.yaml'), 'utf8')),
);
const phases: Checklist['phases'] = {
  'week-before': 'Week before',
  'day-before': 'Day before',
  'day-of': 'Day of',
  after: 'After',
};

const item = (overrides: Partial<ChecklistItem>): ChecklistItem => ({
  id: 'an-item',
  phase: 'day-of',
  text: 'Do a thing.',
  ...overrides,
});
const messages = (items: unknown[], guides = ['your-choice'], headings: unknown = phases) =>
  checklistSchema(guides)
    .safeParse({ phases: headings, items })
    .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('checklist schema', () => {
  it('refuses an id that is not lowercase words joined by hyphens', () => {
    expect(messages([item({ id: 'Pack Your Bag' })])).toEqual([
      'items.0.id: id must be lowercase words joined by hyphens, for example pack-your-bag',
    ]);
  });
  it('checks placeholders in the why line too', () => {
    expect(messages([item({ why: 'You must not drive {drive}.' })])[0]).toMatch(
      /^items\.0\.why: why uses \{drive\}, which is not a clinic setting; use one of: .*\{driving\}/,
    );
  });
  it('refuses a list that is not a clinic list', () => {
    expect(messages([item({ list: 'whatToWear' as never })])[0]).toMatch(
      /^items\.0\.list: list must be one of: whatToBring/,
    );
  });
  it('accepts a link to a guide that exists', () => {
    expect(messages([item({ guide: 'your-choice' })])).toEqual([]);
  });
  it('refuses an empty checklist', () => {
    expect(messages([])).toEqual(['items: items needs at least one item']);
  });
  it('needs a heading for every phase, naming the one that is missing', () => {
    const { 'day-of': _, ...rest } = phases;
    expect(messages([item({})], undefined, rest)).toEqual([
      'phases.day-of: phases day-of is required and must be text',
    ]);
  });
  it('refuses a heading for a phase that does not exist', () => {
    expect(messages([item({})], undefined, { ...phases, 'month-before': 'A month before' })).toEqual([
      'phases.month-before: unknown field "month-before" in phases; the fields here are: week-before, day-before, day-of, after',
    ]);
  });
});

describe('the real checklist', () => {
  it('groups its items in the order of the phases', () => {
    const phases = groupChecklist(realChecklist, settings, readSettingWords()).map((group) => group.phase);
    expect(phases.length).toBeGreaterThan(0);
    expect(phases).toEqual(CHECKLIST_PHASES.filter((phase) => phases.includes(phase)));
  });
  it('fills every clinic setting, leaving no placeholder behind', () => {
    for (const group of groupChecklist(realChecklist, settings, readSettingWords())) {
      for (const shown of group.items) {
        expect(`${shown.text} ${shown.why ?? ''}`, shown.id).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('groupChecklist', () => {
  const items = [
    item({ id: 'b', phase: 'after', text: 'Do not drive {driving}.' }),
    item({ id: 'a', phase: 'week-before', text: 'First.', why: 'Stop eating {fasting.solids} before.' }),
    item({ id: 'c', phase: 'week-before', text: 'Second.', list: 'whatToBring', guide: 'your-choice' }),
  ];
  const groups = groupChecklist({ phases, items }, clinic, words);

  it('groups by phase in the order a client meets them, keeping file order within a phase', () => {
    expect(groups.map((group) => [group.phase, group.items.map((shown) => shown.id)])).toEqual([
      ['week-before', ['a', 'c']],
      ['after', ['b']],
    ]);
  });
  it('heads each group as the checklist file says', () => {
    expect(groups.map((group) => group.heading)).toEqual(['Week before', 'After']);
  });
  it('fills clinic settings in the text and the why line', () => {
    expect(groups[1]?.items[0]?.text).toBe('Do not drive [next day].');
    expect(groups[0]?.items[0]?.why).toBe(
      `Stop eating ${formatHours(clinic.preparation.fasting.solidsHours, words.values.time)} before.`,
    );
  });
  it('brings the clinic list and the guide link along', () => {
    expect(groups[0]?.items[1]?.list).toEqual(clinic.preparation.whatToBring);
    expect(groups[0]?.items[1]?.guide).toBe('your-choice');
  });
});
