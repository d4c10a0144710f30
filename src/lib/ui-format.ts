/**
 * Filling the interface words of content/ui/<lang>.yaml: named placeholders ("{count} results") and
 * plural forms chosen by Intl.PluralRules. No imports, so the browser scripts that say things (search,
 * Copy link, the tools) share it with the pages without pulling in any content or schema.
 */

/**
 * A placeholder is whatever is in braces: {count}, {clinic.shortName}, {guide:safety}. Anything in
 * braces counts, so the schemas catch a misspelt one ("{clinic name}") instead of printing it. The one
 * rule for every words file: interface words, setting words, checklist text and messages.
 */
const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The names of the placeholders a text uses, in order, once for each time it is used. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');
}

/**
 * A value for a placeholder: text, a number (written the language's way, 1,000 in English, when the
 * language is given), or anything a page puts there (a link).
 */
export type FillValue = string | number;

/**
 * The text cut at its placeholders, each filled from `values`. A page puts elements (a link) in the
 * middle of a sentence this way; `fill` is the all-text case. A value left out keeps its "{name}",
 * which the schema's placeholder check makes impossible for words from content/ui.
 */
export function fillParts<T>(
  template: string,
  values: Readonly<Record<string, T | FillValue>>,
  lang?: string,
): (string | T)[] {
  const parts: (string | T)[] = [];
  let at = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!Object.hasOwn(values, name)) continue;
    const value = values[name] as T | FillValue;
    parts.push(
      template.slice(at, match.index),
      typeof value === 'number' ? (lang ? new Intl.NumberFormat(lang).format(value) : String(value)) : value,
    );
    at = match.index + match[0].length;
  }
  parts.push(template.slice(at));
  return parts.filter((part) => part !== '');
}

/** The text with every placeholder `values` names filled; others keep their braces. */
export function fill(template: string, values: Readonly<Record<string, FillValue>>, lang?: string): string {
  return fillParts<string>(template, values, lang).join('');
}

/**
 * Items on one line, joined by the language's words for it (`page.inlineList`, such as
 * "{list}; {item}"): each item is added to the list so far. No items give no text.
 */
export function joinInline(items: readonly string[], join: (values: { list: string; item: string }) => string): string {
  return items.reduce((list, item, index) => (index === 0 ? item : join({ list, item })), '');
}

/** A text in each plural form of a language ("one", "other" in English; Arabic has six). */
export type PluralForms = Readonly<Record<string, string>>;

/** One PluralRules per language: making one costs more than using it, and every page counts something. */
const pluralRules = new Map<string, Intl.PluralRules>();

/** The form for `count` in `lang`, filled; `count` is one of the values. */
export function fillPlural(
  forms: PluralForms,
  values: Readonly<Record<string, FillValue>> & { count: number },
  lang: string,
): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const form = forms[rules.select(values.count)] ?? forms['other'] ?? '';
  return fill(form, values, lang);
}
