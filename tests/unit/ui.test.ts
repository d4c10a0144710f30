/**
 * The interface words: the schema made from the keys the code uses (src/schemas/ui-spec.ts), the words
 * object pages use, and the filling of placeholders and plural forms (src/lib/ui-format.ts).
 */
import { describe, expect, it } from 'vitest';
import { fill, fillParts, fillPlural, joinInline, placeholders } from '../../src/lib/ui-format';
import { languageOf } from '../../src/lib/language';
import { parseUi, placeholderProblem, pluralCategories, textWords, uiWords, type UiData } from '../../src/lib/ui';
import { uiFileLanguage } from '../../src/loaders/ui-strings';
import { LANG, readUiData } from '../support/ui';

/** A copy of the real words file with one change at a dotted path; `undefined` deletes the key. */
function changed(at: string, value: unknown): Record<string, unknown> {
  const data = structuredClone(readUiData()) as Record<string, unknown>;
  const keys = at.split('.');
  const last = keys.pop() ?? '';
  let group = data;
  for (const key of keys) group = group[key] as Record<string, unknown>;
  if (value === undefined) Reflect.deleteProperty(group, last);
  else group[last] = value;
  return data;
}

const problems = (data: unknown, lang = LANG) => {
  try {
    parseUi(data, lang);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('content/ui/<lang>.yaml', () => {
  it('accepts the real file', () => {
    expect(problems(readUiData())).toBe('');
  });

  it('refuses a missing key, naming the file and the key', () => {
    const message = problems(changed('header.getHelp', undefined));
    expect(message).toContain(`content/ui/${LANG}.yaml`);
    expect(message).toMatch(/^\s+header\.getHelp: is missing/m);
  });

  it('refuses an unknown key, naming it and the key most likely meant', () => {
    const message = problems(changed('header.getHlep', 'Get help now'));
    expect(message).toContain(`content/ui/${LANG}.yaml`);
    expect(message).toMatch(/header\.getHlep: unknown field "getHlep" in header; did you mean "getHelp"\?/);
  });

  it('refuses a misspelt placeholder, naming the key and the placeholder', () => {
    const message = problems(changed('footer.contactHeading', 'Contact {clinc}'));
    expect(message).toMatch(/footer\.contactHeading: \{clinc\} is not known here and \{clinic\} is missing/);
  });

  it('refuses a placeholder in a text that takes none', () => {
    expect(problems(changed('header.getHelp', 'Get help now, {name}'))).toMatch(
      /header\.getHelp: \{name\} is not known here: it takes no words in braces/,
    );
  });

  it('refuses an empty text and a list with nothing in it', () => {
    expect(problems(changed('header.allGuides', '  '))).toMatch(/header\.allGuides: must not be empty/);
    expect(problems(changed('getHelp.searchWords', []))).toMatch(/getHelp\.searchWords: needs at least one item/);
  });

  it('asks for every plural form of the language, with {count} in "other"', () => {
    expect(problems(changed('guide.readingTime', { other: 'About {count} minutes to read' }))).toMatch(
      /guide\.readingTime\.one: is missing/,
    );
    expect(
      problems(changed('guide.readingTime', { one: 'About a minute to read', other: 'A few minutes to read' })),
    ).toMatch(/guide\.readingTime\.other: \{count\} is missing/);
    expect(
      problems(changed('guide.readingTime', { one: 'One minute', other: '{count} minutes', few: '{count}' })),
    ).toMatch(/guide\.readingTime\.few: unknown field "few"/);
  });

  it('asks each language for its own plural forms', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    expect(pluralCategories('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    // English's two forms are not enough for Arabic.
    expect(problems(readUiData(), 'ar')).toMatch(/guide\.readingTime\.zero: is missing/);
  });

  it('asks for a heading for each way a session can go, and no other way', () => {
    expect(problems(changed('sessionWays.silence', undefined))).toMatch(/^\s+sessionWays\.silence: is missing/m);
    expect(problems(changed('sessionWays.quiet', 'Quiet'))).toMatch(/sessionWays\.quiet: unknown field "quiet"/);
  });

  it('asks the page at an old address for its link', () => {
    expect(problems(changed('redirect.nowHere', 'It is now somewhere else.'))).toMatch(
      /redirect\.nowHere: \{link\} is missing/,
    );
  });

  it('lists every mistake at once', () => {
    const data = changed('header.getHelp', undefined);
    (data['footer'] as Record<string, unknown>)['about'] = 3;
    expect(problems(data)).toMatch(/has 2 mistakes/);
  });
});

describe('placeholders', () => {
  it('are whatever is in braces, in order, each time it is used', () => {
    expect(placeholders('{count} results for “{query}” ({count})')).toEqual(['count', 'query', 'count']);
    expect(placeholders('No braces here')).toEqual([]);
  });

  it('count a misspelt one too, so the check names it instead of a reader seeing it', () => {
    expect(placeholders('Call {clinic phone}')).toEqual(['clinic phone']);
    expect(placeholderProblem('Call {clinic phone}', ['phone'])).toMatch(/\{clinic phone\} is not known here/);
  });

  it('must be exactly the expected ones; "one" may leave out the number', () => {
    expect(placeholderProblem('{a} and {b}', ['a', 'b'])).toBeUndefined();
    expect(placeholderProblem('{a}', ['a', 'b'])).toBe('{b} is missing: it must contain {a}, {b}, spelled exactly so');
    expect(placeholderProblem('Only the first character', ['count'], ['count'])).toBeUndefined();
  });

  it('are filled, numbers the language’s way', () => {
    expect(fill('{count} of {total}', { count: 1200, total: 'all' }, 'en')).toBe('1,200 of all');
    expect(fill('{count} sur {total}', { count: 1200, total: 3 }, 'fr')).toBe('1\u202f200 sur 3');
  });

  it('can hold something other than text, for a link in a sentence', () => {
    const link = { link: true };
    expect(fillParts('You can {guides} or go home.', { guides: link }, 'en')).toEqual([
      'You can ',
      link,
      ' or go home.',
    ]);
    expect(fillParts('{a}{b}', { a: 'x', b: 'y' }, 'en')).toEqual(['x', 'y']);
  });

  it('pick the plural form by Intl.PluralRules', () => {
    const forms = { one: 'one: {count}', other: 'other: {count}' };
    expect(fillPlural(forms, { count: 1 }, 'en')).toBe('one: 1');
    expect(fillPlural(forms, { count: 0 }, 'en')).toBe('other: 0');
    expect(fillPlural(forms, { count: 2 }, 'en')).toBe('other: 2');
    // A form the language has but the text lacks falls back to "other".
    expect(fillPlural(forms, { count: 2 }, 'ar')).toBe('other: 2');
  });
});

describe('joinInline', () => {
  const join = ({ list, item }: { list: string; item: string }) => fill('{list} / {item}', { list, item }, 'en');
  it('joins each item to the list so far, in the words given', () => {
    expect(joinInline(['a', 'b', 'c'], join)).toBe('a / b / c');
    expect(joinInline(['only'], join)).toBe('only');
    expect(joinInline([], join)).toBe('');
  });
  it('never reads braces in an item as a placeholder', () => {
    expect(joinInline(['{item}', '{list}'], join)).toBe('{item} / {list}');
  });
});

/** The forms a language needs, each from `forms` (or its "other"). */
const formsOf = (lang: string, forms: Record<string, string>) =>
  Object.fromEntries(pluralCategories(lang).map((category) => [category, forms[category] ?? forms['other'] ?? '']));

describe('the words object', () => {
  const data = parseUi(changed('guide.readingTime', { one: 'ONE {count}', other: 'MANY {count}' }), LANG);
  const ui = uiWords(data, LANG);

  it('gives plain texts as they are, and fills the others', () => {
    expect(ui.header.getHelp).toBe((readUiData() as UiData).header.getHelp);
    expect(ui.guide.readingTime({ count: 1 })).toBe('ONE 1');
    expect(ui.guide.readingTime({ count: 7 })).toBe('MANY 7');
    expect(ui.footer.contactHeading({ clinic: 'Riverbend' })).toBe(
      data.footer.contactHeading.replace('{clinic}', 'Riverbend'),
    );
  });

  it('writes numbers and picks plural forms as fill and fillPlural do, in any language', () => {
    const template = '{count} of {total}';
    const forms = { zero: 'Z {count}', one: 'O {count}', two: 'T {count}', few: 'F {count}', other: 'X {count}' };
    for (const lang of ['en', 'de', 'fr', 'ar', 'hi', 'pl']) {
      // The words object as made for the language (its other plural texts are English's: unused here).
      const words = uiWords(changed('guide.readingTime', formsOf(lang, forms)) as unknown as UiData, lang);
      const text = textWords<'count' | 'total'>(template, lang);
      for (const count of [0, 1, 2, 3, 5, 11, 21, 1000, 1234567.5, -4]) {
        expect(text({ count, total: count * 3 })).toBe(fill(template, { count, total: count * 3 }, lang));
        expect(text.parts({ count, total: 'x' })).toEqual(fillParts(template, { count, total: 'x' }, lang));
        expect(words.guide.readingTime({ count })).toBe(fillPlural(formsOf(lang, forms), { count }, lang));
      }
    }
  });

  it('keeps the words as written, for the page to hand to a script', () => {
    expect(ui.footer.contactHeading.template).toBe(data.footer.contactHeading);
    expect(ui.guide.readingTime.forms).toEqual({ one: 'ONE {count}', other: 'MANY {count}' });
  });
});

describe('the language', () => {
  it('comes from the locale', () => {
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('es-MX')).toBe('es');
    expect(languageOf('en')).toBe('en');
  });

  it('names each file in content/ui/', () => {
    expect(uiFileLanguage('en.yaml')).toBe('en');
    expect(() => uiFileLanguage('English.yaml')).toThrow(/content\/ui\/English\.yaml: .*expected a language code/);
    expect(() => uiFileLanguage('en.yml')).toThrow(/expected a language code and \.yaml/);
  });
});
