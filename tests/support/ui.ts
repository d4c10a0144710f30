/**
 * The interface words as the site reads them: content/ui/<lang>.yaml for the clinic settings'
 * language, through its schema. Tests find buttons and messages by these words, so they hold for any
 * valid content, in any language.
 */
import { escapeRegExp } from './regexp';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { languageOf } from '../../src/lib/language';
import { parseUi, textWords, uiWords, type Ui } from '../../src/lib/ui';
import { toolMessages, toolScriptWords, type ToolMessages } from '../../src/features/tools/tool-words';
import type { StoredTool } from '../../src/lib/constants';
import { readClinic } from './clinic';
import { CONTENT } from './paths';

/** The site's language: the clinic settings' locale, en-US → en. */
export const LANG = languageOf(readClinic().locale);

/** The parsed words file, as data. */
export function readUiData(lang = LANG): unknown {
  return load(readFileSync(path.join(CONTENT, 'ui', `${lang}.yaml`), 'utf8'));
}

/** The site's interface words. */
export const UI: Ui = uiWords(parseUi(readUiData(), LANG), LANG);

/**
 * Words of the tests' own for the page at an old address, with characters HTML must escape, so the
 * page is tested apart from any practice's wording.
 */
export const TEST_REDIRECT_WORDS: Ui['redirect'] = {
  title: 'Moved <for good>',
  nowHere: textWords<'link'>('Now at {link} & nowhere else', 'en'),
};

/** What a tool's script says, worded as the built page in a language (the site's by default) words it. */
export const toolSays = (tool: StoredTool, lang = LANG): ToolMessages =>
  toolMessages(toolScriptWords(lang === LANG ? UI : uiWords(parseUi(readUiData(lang), lang), lang), tool, lang));

/** A text with placeholders as a pattern: each placeholder matches the pattern given for it. */
export function templatePattern(template: string, patterns: Readonly<Record<string, string>>): string {
  return template
    .split(/(\{[A-Za-z][A-Za-z0-9]*\})/)
    .map((part) => {
      const name = /^\{(.+)\}$/.exec(part)?.[1];
      return name !== undefined && name in patterns ? `(?:${patterns[name]})` : escapeRegExp(part);
    })
    .join('');
}
