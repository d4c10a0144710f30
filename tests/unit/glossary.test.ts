import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { resolveTerm, termPath } from '../../src/lib/glossary';
import { glossaryTermSchema } from '../../src/schemas/glossary';
import { CONTENT } from '../support/paths';
import { IS_SAMPLE, sampleOnlyName } from '../support/sample';

const terms = [
  { id: 'dissociation', term: 'Dissociation', forms: ['dissociated'] },
  { id: 'set-and-setting', term: 'Set and setting', forms: [] },
];

describe('resolveTerm', () => {
  it('finds a term by its id', () => {
    expect(resolveTerm(terms, { id: 'set-and-setting', words: 'your surroundings' }).id).toBe('set-and-setting');
  });
  it('finds a term by its name or a form, ignoring case and spacing', () => {
    expect(resolveTerm(terms, { words: 'Set  and Setting' }).id).toBe('set-and-setting');
    expect(resolveTerm(terms, { words: 'dissociated' }).id).toBe('dissociation');
  });
  it('refuses an unknown id, saying what it received and what exists', () => {
    expect(() => resolveTerm(terms, { id: 'trip' })).toThrow(
      '<Term>: received id="trip", expected one of the glossary ids: dissociation, set-and-setting',
    );
  });
  it('refuses unknown words', () => {
    expect(() => resolveTerm(terms, { words: 'k-hole' })).toThrow(/received "k-hole", expected a word defined in/);
  });
  it('refuses an empty <Term>', () => {
    expect(() => resolveTerm(terms, { words: '  ' })).toThrow(/received no words and no id/);
  });
});

it('links to the anchor on the glossary page', () => {
  expect(termPath('/guides/glossary/', 'integration')).toBe('/guides/glossary/#integration');
  expect(termPath('/es/guias/glosario/', 'integration')).toBe('/es/guias/glosario/#integration');
});

describe('content/glossary.yaml', () => {
  const entries = load(readFileSync(path.join(CONTENT, 'glossary.yaml'), 'utf8')) as unknown[];
  const parsed = entries.map((entry) => glossaryTermSchema.parse(entry));

  it('defines terms, each valid', () => {
    expect(parsed.length).toBeGreaterThan(0);
  });
  // The sample's glossary: at least 15 terms, among them the ones its issue names.
  it.skipIf(!IS_SAMPLE)(sampleOnlyName("includes the terms the sample's issue names"), () => {
    expect(parsed.length).toBeGreaterThanOrEqual(15);
    const ids = parsed.map((term) => term.id);
    for (const id of [
      'dissociation',
      'integration',
      'holding-space',
      'intention',
      'set-and-setting',
      'sublingual',
      'intramuscular',
    ]) {
      expect(ids).toContain(id);
    }
  });
  it('never uses the same id, name or form twice, so every <Term> has one meaning', () => {
    const ids = parsed.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    const words = parsed.flatMap((term) => [term.term, ...term.forms].map((word) => word.toLowerCase()));
    expect(words.filter((word, index) => words.indexOf(word) !== index)).toEqual([]);
  });
});

describe('glossaryTermSchema', () => {
  it('refuses an id with spaces or capitals, saying what it must be', () => {
    const result = glossaryTermSchema.safeParse({
      id: 'Set and setting',
      term: 'Set and setting',
      definition: 'Your mindset and the place around you.',
      group: 'session',
    });
    expect(result.error?.issues[0]?.message).toMatch(/id must be lowercase words joined by hyphens/);
  });
  it('refuses an unknown group', () => {
    const result = glossaryTermSchema.safeParse({
      id: 'x-y',
      term: 'X Y',
      definition: 'A definition long enough to pass.',
      group: 'misc',
    });
    expect(result.error?.issues[0]?.message).toMatch(/group must be one of: treatment, medicine, session, after/);
  });
});
