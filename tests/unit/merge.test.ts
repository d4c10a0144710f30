import { describe, expect, it } from 'vitest';
import { merge, type Fields, type MergeInput } from '../../src/features/tools/merge';

const NAMES = ['way', 'intention', 'talkAbout', 'questions'];

const save = (input: Omit<MergeInput, 'names' | 'writing' | 'own'> & { own?: Set<string> }) =>
  merge({ names: NAMES, own: new Set(), writing: true, ...input });
const refresh = (input: Omit<MergeInput, 'names' | 'writing' | 'own'> & { own?: Set<string> }) =>
  merge({ names: NAMES, own: new Set(), writing: false, ...input });

/** One open copy of a page: its form, and what it last read or wrote. */
class Tab {
  form: Fields = {};
  base: Fields = {};
  own = new Set<string>();
  told: string[][] = [];
  constructor(private readonly storage: { value: Fields }) {
    this.form = { ...storage.value };
    this.base = { ...storage.value };
  }
  private run(writing: boolean, editing?: string) {
    const result = merge({
      names: NAMES,
      base: this.base,
      local: this.form,
      stored: this.storage.value,
      own: this.own,
      editing,
      writing,
    });
    Object.assign(this.form, result.show);
    if (writing && result.changed) this.storage.value = result.record;
    this.base = result.base;
    this.own = result.own;
    if (result.replaced.length > 0) this.told.push(result.replaced);
  }
  type(name: string, text: string) {
    this.form[name] = text;
  }
  save() {
    this.run(true);
  }
  /** A `storage` event from another tab, or a return from the back/forward cache. */
  refresh(editing?: string) {
    this.run(false, editing);
  }
}

describe('saving merges with what is stored', () => {
  it('writes the field this tab changed and keeps the fields another tab wrote', () => {
    const result = save({ base: {}, local: { intention: 'Rest' }, stored: { questions: 'How long?' } });
    expect(result.record).toEqual({ intention: 'Rest', questions: 'How long?' });
    expect(result.changed).toBe(true);
    expect(result.show).toEqual({ questions: 'How long?' });
  });

  it('never puts back an old answer this tab did not change', () => {
    const result = save({ base: { intention: 'Old' }, local: { intention: 'Old' }, stored: { intention: 'New' } });
    expect(result.record).toEqual({ intention: 'New' });
    expect(result.changed).toBe(false);
    expect(result.show).toEqual({ intention: 'New' });
  });

  it('writes an answer this tab emptied, by leaving it out', () => {
    const result = save({
      base: { intention: 'Rest', way: 'silence' },
      local: { intention: '', way: 'silence' },
      stored: { intention: 'Rest', way: 'silence' },
    });
    expect(result.record).toEqual({ way: 'silence' });
    expect(result.changed).toBe(true);
  });

  it('has nothing to write when the form and storage agree', () => {
    const result = save({ base: {}, local: { way: 'focus' }, stored: { way: 'focus' } });
    expect(result.changed).toBe(false);
    expect(result.show).toEqual({});
    expect(result.base).toMatchObject({ way: 'focus', intention: '' });
  });

  it('the latest write wins when both tabs changed the same field', () => {
    const result = save({ base: { talkAbout: 'A' }, local: { talkAbout: 'Mine' }, stored: { talkAbout: 'Theirs' } });
    expect(result.record).toEqual({ talkAbout: 'Mine' });
    expect([...result.own]).toEqual(['talkAbout']);
  });

  it('ignores stored fields it does not know', () => {
    expect(save({ base: {}, local: {}, stored: { mood: '3', way: 'focus' } }).record).toEqual({ way: 'focus' });
  });
});

describe('refreshing from storage', () => {
  it('shows what another tab wrote in fields this tab did not change', () => {
    const result = refresh({ base: {}, local: { intention: 'Rest' }, stored: { questions: 'How long?' } });
    expect(result.show).toEqual({ questions: 'How long?' });
  });

  it('keeps the text of a field with unsaved edits, and the next save writes it', () => {
    const first = refresh({ base: { talkAbout: 'A' }, local: { talkAbout: 'A, then B' }, stored: { talkAbout: 'C' } });
    expect(first.show).toEqual({});
    const next = save({ base: first.base, local: { talkAbout: 'A, then B' }, stored: { talkAbout: 'C' } });
    expect(next.record).toEqual({ talkAbout: 'A, then B' });
  });

  it('keeps the text of the field being typed in, even when it was just saved', () => {
    const first = refresh({ base: { talkAbout: 'A' }, local: { talkAbout: 'A' }, stored: {}, editing: 'talkAbout' });
    expect(first.show).toEqual({});
    const next = save({ base: first.base, local: { talkAbout: 'A' }, stored: {} });
    expect(next.record).toEqual({ talkAbout: 'A' });
  });

  it('tells when it replaces this tab’s own words, and only then', () => {
    const own = new Set(['talkAbout']);
    const result = refresh({
      base: { talkAbout: 'Mine', questions: 'Q' },
      local: { talkAbout: 'Mine', questions: 'Q' },
      stored: { talkAbout: 'Theirs', questions: 'Q2' },
      own,
    });
    expect(result.show).toEqual({ talkAbout: 'Theirs', questions: 'Q2' });
    expect(result.replaced).toEqual(['talkAbout']);
    expect(result.own.size).toBe(0);
    expect(own.has('talkAbout')).toBe(true);
  });

  it('empties every field not being edited after a Clear in another tab', () => {
    const result = refresh({
      base: { way: 'silence', intention: 'Rest', questions: 'Q' },
      local: { way: 'silence', intention: 'Rest', questions: 'Q, and more' },
      stored: {},
    });
    expect(result.show).toEqual({ way: '', intention: '' });
  });
});

describe('two tabs of one page', () => {
  it('keep both answers when each types in a different field (the lost-answers bug)', () => {
    const storage = { value: {} as Fields };
    const a = new Tab(storage);
    const b = new Tab(storage);
    a.type('intention', 'Rest');
    a.save();
    // No refresh between: B still has the form it opened with, as a page back from the cache does.
    b.type('questions', 'How long?');
    b.save();
    expect(storage.value).toEqual({ intention: 'Rest', questions: 'How long?' });
    a.refresh();
    expect(a.form).toMatchObject({ intention: 'Rest', questions: 'How long?' });
  });

  it('keep the latest write of one field, and the tab whose words were replaced is told', () => {
    const storage = { value: {} as Fields };
    const a = new Tab(storage);
    const b = new Tab(storage);
    a.type('talkAbout', 'From A');
    b.type('talkAbout', 'From B');
    a.save();
    b.refresh(); // B has unsaved edits: they stay.
    expect(b.form['talkAbout']).toBe('From B');
    b.save();
    a.refresh();
    expect(storage.value).toEqual({ talkAbout: 'From B' });
    expect(a.form['talkAbout']).toBe('From B');
    expect(a.told).toEqual([['talkAbout']]);
    expect(b.told).toEqual([]);
  });

  it('a tick in each tab keeps both', () => {
    const storage = { value: {} as Fields };
    const a = new Tab(storage);
    const b = new Tab(storage);
    a.type('way', 'on');
    a.save();
    b.type('questions', 'on');
    b.save();
    expect(storage.value).toEqual({ way: 'on', questions: 'on' });
  });

  it('a Clear in one tab empties the other, which then saves only its new change', () => {
    const storage = { value: { intention: 'Rest', questions: 'Q' } as Fields };
    const a = new Tab(storage);
    const b = new Tab(storage);
    storage.value = {}; // "Clear my answers" in B.
    b.form = {};
    b.base = {};
    a.refresh();
    expect(a.form).toMatchObject({ intention: '', questions: '' });
    a.type('way', 'focus');
    a.save();
    expect(storage.value).toEqual({ way: 'focus' });
  });
});
