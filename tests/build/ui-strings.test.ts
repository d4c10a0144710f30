/**
 * The built pages say what content/ui/<lang>.yaml says: the chrome every page shares, and the file
 * of words the scripts fetch. Computed from the words file, so it holds for any valid content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GET_HELP_PATH, scriptWordsPath } from '../../src/lib/addresses';
import { scriptWords, searchCrisisLines, searchStages } from '../../src/lib/script-words';
import { publishedEntries } from '../support/fixtures';
import { readClinic } from '../support/clinic';
import { readCrisisPhrases, readSynonyms } from '../support/words';
import { page } from '../support/dist';
import { DIST } from '../support/paths';
import { sitePages } from '../support/site-pages';
import { LANG, UI } from '../support/ui';
import type { Phase } from '../../src/schemas/names';

const text = (value: string) => value.replace(/\s+/g, ' ').trim();

describe.each(sitePages())('$address', ({ file }) => {
  const $ = page(file);

  it('has the skip link, header and footer in the site’s words', () => {
    expect(text($('a.skip-link').text())).toBe(UI.page.skipLink);
    expect(text($('header a.help-link').text())).toBe(UI.header.getHelp);
    expect($('header nav').attr('aria-label')).toBe(UI.header.navLabel);
    // The footer's crisis block, on every page but the one that shows the crisis lines itself.
    if ($('footer #get-help').length > 0) expect(text($('#get-help-heading').text())).toBe(UI.help.heading);
    else expect($('main #get-help .crisis-lines')).toHaveLength(1);
  });

  it('names the file of words its scripts fetch, in its language', () => {
    expect($('[data-script-words]').attr('data-script-words')).toBe(scriptWordsPath(LANG));
  });
});

it('writes the words the scripts say to one file per language', () => {
  const written: unknown = JSON.parse(readFileSync(path.join(DIST, `.${scriptWordsPath(LANG)}`), 'utf8'));
  const crisis = {
    phrases: readCrisisPhrases(),
    lines: searchCrisisLines(readClinic().crisisLines),
    helpPath: GET_HELP_PATH,
  };
  // The search dialog's words: the stages that have guides (and "support"), and the clinic's phone.
  const dialog = {
    stages: searchStages(publishedEntries<{ phase: Phase }>('guides').map((guide) => guide.data.phase)),
    phone: readClinic().phone,
  };
  expect(written).toEqual(JSON.parse(JSON.stringify(scriptWords(UI, LANG, crisis, dialog, readSynonyms()))));
});
