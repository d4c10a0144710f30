/**
 * What comes from the settings comes only from the settings: no page names a crisis line in its own
 * words. Lines are shown by the blocks that read content/settings/clinic.yaml (the crisis-line lists
 * and the printed contacts), so a practice that removes a line from its settings removes it from every
 * page. Holds for any content: the names come from the settings under test, in every language (a
 * page names no line, in its own language or another, in its own words).
 */
import { describe, expect, it } from 'vitest';
import { CRISIS_LINE_BLOCKS, crisisLineNames } from '../support/crisis-lines';
import { htmlFiles, page } from '../support/dist';
import { EDITIONS, clinicOf } from '../support/editions';

const names = [
  ...new Set(EDITIONS.flatMap(({ lang }) => clinicOf(lang).crisisLines.flatMap((line) => crisisLineNames(line.name)))),
];

describe('crisis lines are named only where the settings show them', () => {
  it('the settings name crisis lines to look for', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  it.each(htmlFiles())('%s names no crisis line outside the blocks built from the settings', (file) => {
    const $ = page(file);
    const rest = $('html').clone();
    rest.find(CRISIS_LINE_BLOCKS).remove();
    // The whole document: its text and every attribute (titles, descriptions, link previews, labels).
    const attributes = rest
      .find('*')
      .toArray()
      .flatMap((element) => ('attribs' in element ? Object.values(element.attribs) : []));
    const said = [rest.text(), ...attributes].join('\n');
    expect(names.filter((name) => said.includes(name))).toEqual([]);
  });
});
