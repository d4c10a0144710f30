import { guidePath } from '../../src/lib/addresses';
import { describe, expect, it } from 'vitest';
import { groupByPhase, readingNeighbours, sortGuides, type NavItem } from '../../src/lib/nav';

const item = (id: string, phase: NavItem['data']['phase'], order: number, title = id): NavItem => ({
  id,
  data: { title, phase, order },
});
const guides = [
  item('after-1', 'after', 1),
  item('about-2', 'about', 2),
  item('about-1', 'about', 1),
  item('before-1b', 'before', 1, 'B title'),
  item('before-1a', 'before', 1, 'A title'),
];

describe('navigation order', () => {
  it('sorts by phase, then order, then title', () => {
    expect(sortGuides(guides).map((guide) => guide.id)).toEqual([
      'about-1',
      'about-2',
      'before-1a',
      'before-1b',
      'after-1',
    ]);
  });
  it('groups only the phases that have guides, in reading order', () => {
    const groups = groupByPhase(guides);
    expect(groups.map((group) => group.phase)).toEqual(['about', 'before', 'after']);
    expect(groups[1]?.items.map((guide) => guide.id)).toEqual(['before-1a', 'before-1b']);
  });
  const neighbours = readingNeighbours(guides);
  it('finds the previous and next guide across phases', () => {
    const { previous, next } = neighbours('about-2');
    expect(previous?.id).toBe('about-1');
    expect(next?.id).toBe('before-1a');
  });
  it('has no previous for the first guide and no next for the last', () => {
    expect(neighbours('about-1').previous).toBeUndefined();
    expect(neighbours('after-1').next).toBeUndefined();
  });
  it('throws for a guide that does not exist', () => {
    expect(() => neighbours('nope')).toThrow(/no guide with id "nope"/);
  });
  it('looks every guide up in the one sorted order', () => {
    const sorted = sortGuides(guides);
    sorted.forEach((guide, index) => {
      expect(neighbours(guide.id)).toEqual({
        ...(index > 0 ? { previous: sorted[index - 1] } : {}),
        ...(index < sorted.length - 1 ? { next: sorted[index + 1] } : {}),
      });
    });
  });
  it('gives stable addresses', () => {
    expect(guidePath('your-choice')).toBe('/guides/your-choice/');
  });
});
