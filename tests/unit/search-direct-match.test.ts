import { describe, expect, it } from 'vitest';
import { directMatch, type ShownSearch } from '../../src/features/search/direct-match';

const one: ShownSearch = { query: 'spravato', phase: '', results: [{ title: 'Approval', url: '/guides/a/' }] };
const two: ShownSearch = {
  query: 'Safety and your medical team',
  phase: '',
  results: [
    { title: 'Safety and your medical team', url: '/guides/safety/' },
    { title: 'Questions people ask', url: '/guides/questions/' },
  ],
};

describe('directMatch', () => {
  it('opens the one result shown for the same words and stage', () => {
    expect(directMatch(one, 'spravato', '')).toBe('/guides/a/');
    expect(directMatch(one, '  spravato? ', '')).toBe('/guides/a/');
  });

  it('opens the first of several results when its title is what was typed, whatever the case and punctuation', () => {
    expect(directMatch(two, 'Safety and your medical team', '')).toBe('/guides/safety/');
    expect(directMatch({ ...two, query: 'safety and your medical team' }, 'safety and your medical team.', '')).toBe(
      '/guides/safety/',
    );
  });

  it('searches again when the words or the stage changed, or nothing is shown yet', () => {
    expect(directMatch(one, 'spravato dose', '')).toBeUndefined();
    expect(directMatch(one, 'spravato', 'before')).toBeUndefined();
    expect(directMatch(undefined, 'spravato', '')).toBeUndefined();
    expect(directMatch({ ...one, query: '' }, '', '')).toBeUndefined();
  });

  it('never picks among several results or from none', () => {
    expect(directMatch({ ...two, query: 'safety' }, 'safety', '')).toBeUndefined();
    expect(directMatch({ ...one, results: [] }, 'spravato', '')).toBeUndefined();
  });
});
