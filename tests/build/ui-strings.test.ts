/**
 * The built pages say what content/ui/<lang>.yaml says, each page in its own language: the chrome
 * every page shares, and the file of words the scripts fetch, one per language. Computed from the
 * words files, so it holds for any valid content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scriptWordsPath } from '../../src/lib/addresses';
import { scriptWords, searchCrisisLines, searchStages } from '../../src/lib/script-words';
import { editionEntries } from '../support/edition-entries';
import { EDITIONS, clinicOf, pathsOf, uiOf } from '../support/editions';
import { readCrisisPhrases, readFillers, readSynonyms } from '../support/words';
import { readUiData } from '../support/ui';
import { page } from '../support/dist';
import { DIST } from '../support/paths';
import { sitePages } from '../support/site-pages';
import type { Phase } from '../../src/schemas/names';

const text = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Every text in a parsed words file, as written. */
const textsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value !== null && typeof value === 'object'
      ? Object.values(value).flatMap(textsOf)
      : [];

/**
 * The phrases of a language's interface words a reader would know it by: each text's parts between
 * its {placeholders}, of 12 characters or more. Its name for itself and its address words are left
 * out: the language switch and links to the other language's pages show them by design.
 */
const phrasesOf = (lang: string): Set<string> => {
  const { language: _name, addresses: _addresses, ...words } = readUiData(lang) as Record<string, unknown>;
  return new Set(
    textsOf(words)
      .flatMap((value) => value.split(/\{[A-Za-z][A-Za-z0-9]*\}/))
      .map(text)
      .filter((phrase) => phrase.length >= 12),
  );
};
const PHRASES = new Map(EDITIONS.map(({ lang }) => [lang, phrasesOf(lang)]));

describe.each(sitePages())('$address', ({ file, lang }) => {
  const $ = page(file);
  const ui = uiOf(lang);

  it('has the skip link, header and footer in the site’s words', () => {
    expect(text($('a.skip-link').text())).toBe(ui.page.skipLink);
    expect(text($('header a.help-link').text())).toBe(ui.header.getHelp);
    expect($('header nav').attr('aria-label')).toBe(ui.header.navLabel);
    // The footer's crisis block, on every page but the one that shows the crisis lines itself.
    if ($('footer #get-help').length > 0) expect(text($('#get-help-heading').text())).toBe(ui.help.heading);
    else expect($('main #get-help .crisis-lines')).toHaveLength(1);
  });

  it.runIf(EDITIONS.length > 1)(
    'shows no interface words of another language, but where it marks their language',
    () => {
      const own = PHRASES.get(lang) ?? new Set<string>();
      const rest = $('html').clone();
      // A part in another language says so with its own lang (the 404 page's other languages, the
      // language switch's notice, a message to send in another language).
      rest.find('[lang], script, style').remove();
      const attributes = rest
        .find('*')
        .toArray()
        .flatMap((element) => ('attribs' in element ? Object.values(element.attribs) : []));
      const said = text([rest.text(), ...attributes].join('\n'));
      const foreign = EDITIONS.filter((edition) => edition.lang !== lang).flatMap(({ lang: other }) =>
        [...(PHRASES.get(other) ?? [])].filter((phrase) => !own.has(phrase) && said.includes(phrase)),
      );
      expect(foreign).toEqual([]);
    },
  );

  it('names the file of words its scripts fetch, in its language', () => {
    expect($('[data-script-words]').attr('data-script-words')).toBe(scriptWordsPath(lang));
  });
});

it.each(EDITIONS)('writes the words the scripts say to one file per language: $lang', ({ lang }) => {
  const written: unknown = JSON.parse(readFileSync(path.join(DIST, `.${scriptWordsPath(lang)}`), 'utf8'));
  const clinic = clinicOf(lang);
  const paths = pathsOf(lang);
  const crisis = {
    phrases: readCrisisPhrases(lang),
    lines: searchCrisisLines(clinic.crisisLines),
    helpPath: paths.getHelp,
  };
  // The search dialog's words: the stages that have guides (and "support"), the clinic's phone and
  // the language's addresses.
  const dialog = {
    stages: searchStages(editionEntries<{ phase: Phase }>('guides', lang).map((guide) => guide.data.phase)),
    phone: clinic.phone,
    paths,
  };
  expect(written).toEqual(
    JSON.parse(JSON.stringify(scriptWords(uiOf(lang), lang, crisis, dialog, readSynonyms(lang), readFillers(lang)))),
  );
});
