/**
 * The interface words of one language (content/ui/<lang>.yaml): the schema that checks a file
 * against UI_SPEC, and the typed words object pages and components use:
 *
 *   ui.header.getHelp                          "Get help now"
 *   ui.footer.contactHeading({ clinic })       "Contact Riverside Therapy"
 *   ui.guide.readingTime({ count: 1 })         "About 1 minute to read" (plural form of the language)
 *   ui.notFound.goTo.parts({ guides: <a/> })   the text cut around an element a page puts in it
 *
 * The site's language comes from the clinic settings' locale (en-US → en), so a second language is a
 * second file, not code.
 */
import { z } from 'astro/zod';
import { fill, fillParts, placeholders, type FillValue } from './ui-format';
import {
  UI_SPEC,
  type GroupSpec,
  type LeafSpec,
  type ListSpec,
  type PluralSpec,
  type TextSpec,
} from '../schemas/ui-spec';
import { strictObject } from '../schemas/fields';

/** The file that holds a language's words, as editors know it. */
export const uiFile = (lang: string) => `content/ui/${lang}.yaml`;

/** What the build says when the settings' locale asks for a language that has no words file. */
export const uiMissing = (lang: string, locale: string) =>
  `${uiFile(lang)} is missing: the clinic settings' locale (${locale}) asks for the interface words in "${lang}".`;

/** The plural forms a language needs: one and other in English. "other" always comes last. */
export function pluralCategories(lang: string): string[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  return [...categories.filter((category) => category !== 'other'), 'other'];
}

const braces = (names: readonly string[]) => names.map((name) => `{${name}}`).join(', ');

/** What is wrong with a text's placeholders, or undefined: each of `expected`, and nothing else. */
export function placeholderProblem(
  template: string,
  expected: readonly string[],
  optional: readonly string[] = [],
): string | undefined {
  const used = [...new Set(placeholders(template))];
  const unknown = used.filter((name) => !expected.includes(name));
  const missing = expected.filter((name) => !used.includes(name) && !optional.includes(name));
  if (unknown.length === 0 && missing.length === 0) return undefined;
  const wanted = expected.length > 0 ? `it must contain ${braces(expected)}` : 'it takes no words in braces';
  const problems = [
    unknown.length > 0 && `${braces(unknown)} is not known here`,
    missing.length > 0 && `${braces(missing)} is missing`,
  ].filter(Boolean);
  return `${problems.join(' and ')}: ${wanted}, spelled exactly so`;
}

const line = (expected: readonly string[], optional: readonly string[] = []) =>
  z
    .string({ error: 'is missing or is not text: write the words after the colon' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .superRefine((value, ctx) => {
      const problem = placeholderProblem(value, expected, optional);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

function leafSchema(spec: LeafSpec, lang: string): z.ZodType {
  if (spec.kind === 'list')
    return z
      .array(line([]), { error: 'must be a list, one item a line starting with "- "' })
      .min(1, { error: 'needs at least one item' });
  if (spec.kind === 'text') return line(spec.vars);
  // Each plural form holds every placeholder; a form other than "other" may leave out the number
  // itself ("Only the first character …"), as many languages word the singular, and so may "other"
  // where the number only chooses the form ("… were changed").
  const forms = Object.fromEntries(
    pluralCategories(lang).map((category) => [
      category,
      line([...spec.vars, 'count'], category === 'other' && spec.countShown ? [] : ['count']),
    ]),
  );
  return strictObject(
    forms,
    `must have a text for each plural form of "${lang}": ${pluralCategories(lang).join(', ')}`,
  );
}

function groupSchema(spec: GroupSpec, lang: string): z.ZodType {
  const shape = Object.fromEntries(
    Object.entries(spec).map(([key, child]) => [
      key,
      'kind' in child ? leafSchema(child as LeafSpec, lang) : groupSchema(child as GroupSpec, lang),
    ]),
  );
  return strictObject(shape, 'must be a group of keys, each on its own line below it, indented');
}

/** The schema of content/ui/<lang>.yaml: every key of UI_SPEC, its placeholders, and the language's plural forms. */
function uiSchema(lang: string): z.ZodType<UiData> {
  return groupSchema(UI_SPEC, lang) as z.ZodType<UiData>;
}

/** Reads a parsed file, throwing "content/ui/en.yaml: header.getHelp: is missing …", one line per problem. */
export function parseUi(data: unknown, lang: string, file = uiFile(lang)): UiData {
  const result = uiSchema(lang).safeParse(data);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  ${issue.path.map(String).join('.') || '(the whole file)'}: ${issue.message}`,
  );
  throw new Error(`${file} has ${lines.length === 1 ? 'a mistake' : `${lines.length} mistakes`}:\n${lines.join('\n')}`);
}

/* Types: the file's data, and the words object made from it. */

type Vars<V extends string> = Readonly<Record<V, FillValue>>;

/** A text with placeholders: call it to fill them; `parts` keeps the pieces apart for an element in between. */
interface Filler<V extends string> {
  (values: Vars<V>): string;
  parts<T>(values: Readonly<Record<V, T | FillValue>>): (string | T)[];
  /** The words as written, placeholders and all: what a browser script gets from the page. */
  template: string;
}

/** A text in plural forms: call it with the count (and any other placeholder). */
interface Plural<V extends string> {
  (values: Vars<V> & { count: number }): string;
  forms: Readonly<Record<string, string>>;
}

type Data<S> =
  S extends TextSpec<string>
    ? string
    : S extends PluralSpec<string>
      ? Readonly<Record<string, string>>
      : S extends ListSpec
        ? readonly string[]
        : { readonly [K in keyof S]: Data<S[K]> };

type Words<S> =
  S extends TextSpec<infer V>
    ? [V] extends [never]
      ? string
      : Filler<V>
    : S extends PluralSpec<infer V>
      ? Plural<V>
      : S extends ListSpec
        ? readonly string[]
        : { readonly [K in keyof S]: Words<S[K]> };

/** content/ui/<lang>.yaml as parsed. */
export type UiData = Data<typeof UI_SPEC>;
/** The interface words of one language, ready to use. */
export type Ui = Words<typeof UI_SPEC>;

/**
 * The values with each number written the language's way, as `fill` writes it. `fill` makes an
 * Intl.NumberFormat for each number, which costs about 50 µs; the pages fill thousands a build.
 * toLocaleString formats the same (ECMA-402) with a formatter the engine keeps. Here, not in
 * ui-format.ts, so the browser scripts stay as they are.
 */
function writtenNumbers<T>(
  values: Readonly<Record<string, T | FillValue>>,
  lang: string,
): Readonly<Record<string, T | FillValue>> {
  if (!Object.values(values).some((value) => typeof value === 'number')) return values;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'number' ? value.toLocaleString(lang) : value,
    ]),
  );
}

/** A text with placeholders as the words object gives it: call it, or cut it with `parts`. */
export function textWords<V extends string>(template: string, lang: string): Filler<V> {
  return Object.assign((values: Vars<V>) => fill(template, writtenNumbers(values, lang), lang), {
    parts: <T>(values: Readonly<Record<V, T | FillValue>>) =>
      fillParts<T>(template, writtenNumbers(values, lang), lang),
    template,
  });
}

function leafWords(spec: LeafSpec, data: unknown, lang: string): unknown {
  if (spec.kind === 'list' || (spec.kind === 'text' && spec.vars.length === 0)) return data;
  if (spec.kind === 'plural') {
    const forms = data as Record<string, string>;
    // The form for the number, as fillPlural (ui-format.ts) chooses it, filled with the number written out.
    const rules = new Intl.PluralRules(lang);
    return Object.assign(
      (values: Vars<string> & { count: number }) =>
        fill(forms[rules.select(values.count)] ?? forms['other'] ?? '', writtenNumbers(values, lang), lang),
      { forms },
    );
  }
  return textWords(data as string, lang);
}

function groupWords(spec: GroupSpec, data: Record<string, unknown>, lang: string): unknown {
  return Object.fromEntries(
    Object.entries(spec).map(([key, child]) => [
      key,
      'kind' in child
        ? leafWords(child as LeafSpec, data[key], lang)
        : groupWords(child as GroupSpec, data[key] as Record<string, unknown>, lang),
    ]),
  );
}

/** The words object for a language's checked data. */
export function uiWords(data: UiData, lang: string): Ui {
  return groupWords(UI_SPEC, data as unknown as Record<string, unknown>, lang) as Ui;
}
