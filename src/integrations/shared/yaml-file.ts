/**
 * Reading YAML from `content/` with errors a clinic editor can act on. js-yaml's own messages
 * ("deficient indentation (10:1)") name neither the file nor the mistake in everyday words, and
 * `astro.config.mjs` reads clinic.yaml and redirects.yaml before Astro could add the file name.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_ID, YAMLException, getScalarValue, load, parseEvents } from 'js-yaml';

/**
 * What js-yaml's reasons mean, in plain words. The first that matches is used; js-yaml's own words
 * follow in brackets for anyone who knows YAML.
 */
const PLAIN_REASONS: readonly (readonly [RegExp, string])[] = [
  [/tab characters/, 'indent with spaces, never with tabs'],
  [/within a (double|single) quoted scalar/, 'a quote (" or \') is opened but never closed'],
  [
    /deficient indentation/,
    'a quote (" or \') opened on a line above is never closed, or this line is indented less than it should be',
  ],
  [
    /bad indentation|end of the stream or a document separator is expected/,
    'the spaces at the start of the line do not line up with the lines above it',
  ],
  [/duplicated mapping key/, 'this field is written twice in the same place; keep one'],
  [
    /multiline key|expected ':' after a mapping key/,
    'a field name needs a colon after it (name: value), or a text with a colon in it needs quotes around it',
  ],
  [/whitespace character is expected after the key-value separator/, 'put a space after the colon (name: value)'],
  [/flow collection/, 'a list in [ ] or { } is missing a comma or its closing bracket'],
  [/unknown escape sequence/, 'a backslash (\\) inside double quotes: use single quotes around that text instead'],
  [/non-printable|null byte/, 'the line holds an invisible character; type the line again'],
  [/input is empty/, 'the file is empty'],
  [/single document/, 'the file has more than one part separated by ---; keep one'],
];

/** The name to show for a file: relative to the project when inside it, as editors know it. */
export function displayPath(file: URL | string): string {
  const full = typeof file === 'string' ? file : fileURLToPath(file);
  const relative = path.relative(process.cwd(), full);
  return relative.startsWith('..') || path.isAbsolute(relative) ? full : relative.split(path.sep).join('/');
}

/**
 * js-yaml's reason in plain words, with its own words after them. `before` is the text of the line
 * up to the error: js-yaml says "bad indentation" both for a line out of step and for a second
 * "name:" inside a line, which only the position tells apart.
 */
export function plainYamlReason(reason: string, before = ''): string {
  const plain =
    /bad indentation of a mapping entry/.test(reason) && before.trim() !== ''
      ? 'this line has a second colon followed by a space; put quotes around a text that contains ": "'
      : PLAIN_REASONS.find(([pattern]) => pattern.test(reason))?.[1];
  return plain ? `${plain} (YAML: ${reason})` : `this is not valid YAML (${reason})`;
}

/**
 * Parses YAML text; a syntax error becomes "<file>, line L, column C: <what is wrong>", followed by
 * js-yaml's picture of the lines around it.
 */
export function parseYaml(text: string, file: string): unknown {
  try {
    return load(text);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const mark = error.mark;
    const where = mark ? `, line ${mark.line + 1}, column ${mark.column + 1}` : '';
    const before = mark ? (text.split(/\r?\n/)[mark.line] ?? '').slice(0, mark.column) : '';
    const snippet = mark?.snippet ? `\n\n${mark.snippet}` : '';
    // No `cause`: Astro prints a cause in full, which would repeat js-yaml's reason and its picture
    // of the lines, both already in this message.
    // eslint-disable-next-line preserve-caught-error -- see above
    throw new Error(`${file}${where}: ${plainYamlReason(error.reason, before)}${snippet}`);
  }
}

/** Reads and parses a YAML file, naming it as `displayPath` does in any error. */
export function readYaml(file: URL): unknown {
  return parseYaml(readFileSync(file, 'utf8'), displayPath(file));
}

/**
 * The line (from 1) where each node of a YAML document starts, by its dotted path: `redirects.0` is
 * the first item of the `redirects` list. Lets later checks name the line of a value they refuse.
 * Call only on text that parses.
 */
export function yamlLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const lineAt = (offset: number) => text.slice(0, Math.max(offset, 0)).split('\n').length;
  type Frame = { kind: 'document' | 'mapping' | 'sequence'; path: string[]; next: number; key?: string };
  const stack: Frame[] = [];
  for (const event of parseEvents(text, {})) {
    const top = stack.at(-1);
    if (event.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (event.type === EVENT_ID.DOCUMENT) {
      stack.push({ kind: 'document', path: [], next: 0 });
      continue;
    }
    // In a mapping, nodes alternate: a key, then its value.
    if (top?.kind === 'mapping' && top.key === undefined) {
      top.key = event.type === EVENT_ID.SCALAR ? getScalarValue(text, event) : '?';
      if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE)
        stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence', path: ['?'], next: 0 });
      continue;
    }
    let nodePath: string[] = [];
    if (top?.kind === 'mapping') {
      nodePath = [...top.path, top.key ?? '?'];
      delete top.key;
    } else if (top?.kind === 'sequence') {
      nodePath = [...top.path, String(top.next++)];
    }
    const start =
      event.type === EVENT_ID.SCALAR
        ? event.valueStart
        : event.type === EVENT_ID.ALIAS
          ? event.anchorStart
          : event.start;
    lines.set(nodePath.join('.'), lineAt(start));
    if (event.type === EVENT_ID.MAPPING) stack.push({ kind: 'mapping', path: nodePath, next: 0 });
    if (event.type === EVENT_ID.SEQUENCE) stack.push({ kind: 'sequence', path: nodePath, next: 0 });
  }
  return lines;
}
