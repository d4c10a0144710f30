/**
 * Search's crisis block, as built: the words file search fetches (/ui/<lang>.json) carries the crisis
 * phrases of content/crisis-words/ and a button for each way to reach each crisis line of the settings,
 * and the Getting help page is found by every one of those phrases. Computed from the content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET_HELP_PATH, scriptWordsPath } from '../../src/lib/addresses';
import { crisisText } from '../../src/features/search/crisis-query';
import type { ScriptWords } from '../../src/lib/script-words';
import { DIST } from '../support/paths';
import { searchIndex } from '../support/search-index';
import { readClinic } from '../support/clinic';
import { LANG, UI } from '../support/ui';
import { readCrisisPhrases } from '../support/words';

const written = JSON.parse(readFileSync(path.join(DIST, `.${scriptWordsPath(LANG)}`), 'utf8')) as ScriptWords;
const clinic = readClinic();
const phrases = readCrisisPhrases();

describe('the words file search fetches', () => {
  it('carries the crisis phrases, as the editors list them', () => {
    expect(written.crisis.phrases).toEqual(phrases);
  });

  it('carries every crisis line but peer support, in the settings’ order, each way a button', () => {
    const lines = clinic.crisisLines.filter((line) => line.tier !== 'peer-support');
    expect(lines.length).toBeGreaterThan(0);
    expect(written.crisis.lines.map((line) => line.name)).toEqual(lines.map((line) => line.name));
    lines.forEach((line, index) => {
      const shown = written.crisis.lines[index];
      expect(shown?.hours).toBe(line.hours);
      const hrefs = shown?.ways.map((way) => way.href) ?? [];
      // Call first, then text, as the footer's buttons.
      const expected = [
        ...(line.call ? [`tel:${line.call}`] : []),
        ...(line.text
          ? [`sms:${line.text}${line.textMessage ? `?&body=${encodeURIComponent(line.textMessage)}` : ''}`]
          : []),
      ];
      expect(hrefs, line.name).toEqual(expected);
      for (const way of shown?.ways ?? []) expect(way.label.length, line.name).toBeGreaterThan(0);
    });
  });

  it('words the block from the interface words, and links to the Getting help page', () => {
    expect(written.crisis).toMatchObject({
      heading: UI.searchCrisis.heading,
      intro: UI.searchCrisis.intro,
      shown: UI.searchCrisis.shown,
      more: { href: GET_HELP_PATH, label: UI.searchCrisis.more },
    });
  });
});

describe('the Getting help page', () => {
  it('is in the search index, and every crisis phrase finds it', () => {
    const indexed = searchIndex().get(GET_HELP_PATH);
    expect(indexed, 'the Getting help page in the index').toBeDefined();
    const aliases = new Set(
      String(indexed?.meta['aliases'])
        .split(',')
        .map((alias) => crisisText(alias)),
    );
    for (const phrase of [...phrases, ...UI.getHelp.searchWords]) expect(aliases, phrase).toContain(crisisText(phrase));
  });
});
