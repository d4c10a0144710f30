/**
 * Reading the lists an editor keeps in `content/` for the tests (published addresses, search
 * questions): parsed once with the line of every entry, so each problem names the file, the line and
 * the entry, as the build does for content/redirects.yaml.
 */
import { readFileSync } from 'node:fs';
import { unknownFieldMessage } from '../../src/schemas/unknown-fields';
import { displayPath, parseYaml, yamlLines } from '../../src/integrations/shared/yaml-file';

export interface ListFile {
  /** The file as an editor knows it, such as content/search-queries.yaml. */
  name: string;
  data: unknown;
  /** The line (from 1) of each node by its dotted path (see yamlLines). */
  lines: ReadonlyMap<string, number>;
}

/** Parses the text of a list file named `name`; a YAML syntax error names the file and the line. */
export function parseListFile(text: string, name: string): ListFile {
  return { name, data: parseYaml(text, name), lines: yamlLines(text) };
}

export function readListFile(file: URL): ListFile {
  return parseListFile(readFileSync(file, 'utf8'), displayPath(file));
}

/** "content/x.yaml, line 14" when the line is known. */
export function place(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}, line ${line}`;
}

/** The top-level field `key` of a parsed file, which must be a list; `optional` lists may be left out. */
export function topLevelList({ name, data }: ListFile, key: string, optional = false): unknown[] {
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const value = fields[key];
  if (value === undefined && optional) return [];
  if (!Array.isArray(value)) throw new Error(`${name}: ${key} must be a list (write ${key}: [] for none)`);
  return value;
}

/** Refuses a top-level field the file does not have, suggesting the one meant. */
export function checkTopLevelFields({ name, data, lines }: ListFile, known: readonly string[]): void {
  if (typeof data !== 'object' || data === null) throw new Error(`${name}: expected the fields ${known.join(', ')}`);
  const unknown = Object.keys(data).find((key) => !known.includes(key));
  if (unknown !== undefined)
    throw new Error(`${place(name, lines.get(unknown))}: ${unknownFieldMessage(unknown, known, [])}`);
}
