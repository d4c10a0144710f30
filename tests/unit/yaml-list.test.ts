import { expect, it } from 'vitest';
import { yamlListEntries } from '../../src/loaders/yaml-list';

const FILE = 'content/glossary.yaml';

it('gives each list item as an entry under its id, in file order', () => {
  expect(yamlListEntries([{ id: 'a', term: 'A' }, { id: 'b' }], FILE)).toEqual([
    { id: 'a', data: { id: 'a', term: 'A' } },
    { id: 'b', data: { id: 'b' } },
  ]);
});

it('refuses an id used twice, naming both entries', () => {
  expect(() => yamlListEntries([{ id: 'a' }, { id: 'b' }, { id: 'a' }], FILE)).toThrow(
    'content/glossary.yaml: id "a" is used by entry 1 and entry 3; every entry needs its own id',
  );
});

it('refuses an entry without an id, and a file that is not a list', () => {
  expect(() => yamlListEntries([{ id: 'a' }, { term: 'B' }], FILE)).toThrow(/entry 2 has no id/);
  expect(() => yamlListEntries({ a: { term: 'A' } }, FILE)).toThrow(/must be a list of entries/);
});
