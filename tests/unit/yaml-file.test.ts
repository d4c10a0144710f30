/** YAML files read before the content collections exist name the file, line and column of a syntax error in plain words. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRedirects } from '../../src/integrations/shared/redirects';
import { readSiteUrl } from '../../src/integrations/shared/site-url';
import { parseYaml, plainYamlReason, yamlLines } from '../../src/integrations/shared/yaml-file';

async function file(name: string, yaml: string): Promise<URL> {
  const full = path.join(await mkdtemp(path.join(os.tmpdir(), 'yaml-file-')), name);
  await writeFile(full, yaml);
  return pathToFileURL(full);
}

describe('a YAML syntax error', () => {
  it('in clinic.yaml names the file, line and column, in plain words', async () => {
    const settings = await file('clinic.yaml', 'sample: true\nname: "Riverbend\nsiteUrl: https://care.example.org\n');
    expect(() => readSiteUrl(settings)).toThrow(/clinic\.yaml, line 3, column 1: .*quote/);
  });

  it('in redirects.yaml names the file, line and column, in plain words', async () => {
    const redirects = await file('redirects.yaml', 'redirects:\n  - from: /a/\n   to: /b/\n');
    expect(() => readRedirects(redirects)).toThrow(
      /redirects\.yaml, line 3, column 4: .*spaces at the start of the line/,
    );
  });
});

describe('parseYaml', () => {
  const error = (text: string) => {
    try {
      parseYaml(text, 'content/example.yaml');
    } catch (caught) {
      return (caught as Error).message;
    }
    throw new Error('expected a syntax error');
  };

  it('says what is wrong in plain words, keeping the YAML words after them', () => {
    expect(error('a: 1\na: 2\n')).toMatch(
      /^content\/example\.yaml, line 2, column 1: this field is written twice in the same place; keep one \(YAML: duplicated mapping key\)/,
    );
    expect(error('a:\n\tb: 1\n')).toMatch(/line 2, column 1: indent with spaces, never with tabs/);
    expect(error('title: Your choice: voluntary care\n')).toMatch(
      /line 1, column 19: this line has a second colon followed by a space; put quotes around a text that contains ": "/,
    );
    expect(error("a: 'open\n")).toMatch(/a quote \(" or '\) opened on a line above is never closed/);
  });

  it('shows the lines around the error', () => {
    expect(error('a: 1\na: 2\n')).toContain(' 2 | a: 2');
  });

  it('keeps an unknown reason in YAML words rather than hide it', () => {
    expect(plainYamlReason('something new')).toBe('this is not valid YAML (something new)');
  });
});

describe('yamlLines', () => {
  it('gives the line each value starts on, by its path', () => {
    const lines = yamlLines('# note\nredirects:\n  - from: /a/\n    to: /b/\n\n  - from: /c/\n    to: /d/\n');
    expect(lines.get('redirects.0')).toBe(3);
    expect(lines.get('redirects.0.to')).toBe(4);
    expect(lines.get('redirects.1')).toBe(6);
    expect(lines.get('redirects.1.from')).toBe(6);
  });
});
