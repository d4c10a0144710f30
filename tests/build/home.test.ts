/**
 * The home page of each language, as content/home/<language>.yaml describes it: a card for each way in that has guides,
 * each listing its stages' first guides and linking to the rest, and the practice's photo when the file
 * names one.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileFor, page } from '../support/dist';
import { DIST } from '../support/paths';
import { readHome } from '../support/words';
import { editionEntries } from '../support/edition-entries';
import { EDITIONS, pathsOf } from '../support/editions';
import type { Phase } from '../../src/schemas/names';

describe.each(EDITIONS)('the home page in $lang', ({ lang }) => {
  const home = readHome(lang);
  const paths = pathsOf(lang);
  const $ = page(fileFor(paths.home));
  const guides = editionEntries<{ phase: Phase }>('guides', lang);

  it('has a card for each way in with guides, in the order of the words file', () => {
    const withGuides = home.paths.filter((way) => guides.some((guide) => way.phases.includes(guide.data.phase)));
    const headings = $('main section[aria-labelledby^="path-"] h2')
      .map((_, heading) => $(heading).text().trim())
      .get();
    expect(headings).toEqual(withGuides.map((way) => way.heading));
  });

  it('lists at most three guides a card, with a link to the rest of its stage when there are more', () => {
    for (const [index, way] of home.paths.entries()) {
      const card = $(`main section[aria-labelledby="path-${index}"]`);
      if (card.length === 0) continue;
      const count = guides.filter((guide) => way.phases.includes(guide.data.phase)).length;
      expect(card.find('ul a').length, way.heading).toBe(Math.min(count, 3));
      const more = card.find(`a[href^="${paths.guides}#"]`);
      expect(more.length, way.heading).toBe(count > 3 ? 1 : 0);
    }
  });

  it("shows the practice's photo, made in sizes for phones and laptops, only when the words file names one", () => {
    const images = $('main img');
    if (!home.photo) {
      expect(images.length).toBe(0);
      return;
    }
    expect(images.length).toBe(1);
    expect(images.attr('alt')).toBe(home.photo.alt);
    const sources = (images.attr('srcset') ?? '').split(',').map((entry) => entry.trim().split(' ')[0] ?? '');
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const source of [images.attr('src') ?? '', ...sources])
      expect(existsSync(path.join(DIST, decodeURI(source.split('?')[0] ?? ''))), source).toBe(true);
  });
});
