/**
 * A YAML syntax error in any content file stops the build, naming the file and the line. Each case
 * indents one line of the real file out of step; the expected line is computed from the edit, so the
 * test holds for any clinic's content.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTempProject, type TempProject } from '../support/temp-project';

interface BrokenYaml {
  /** The file under content/. */
  file: string;
  /** Indents the first line that starts with this text (after its own indentation) two spaces further. */
  line: RegExp;
  /** How the build names the place: ours says "<file>, line N"; Astro's loaders say "<file>:N:". */
  named: 'ours' | 'astro';
}

const CASES: BrokenYaml[] = [
  { file: 'settings/clinic.yaml', line: /^ {2}dial: /m, named: 'ours' },
  { file: 'redirects.yaml', line: /^redirects:/m, named: 'ours' },
  { file: 'glossary.yaml', line: /^ {2}term: /m, named: 'ours' },
  { file: 'checklist/items.yaml', line: /^ {4}phase: /m, named: 'astro' },
];

describe('a YAML syntax error stops the build, naming the file and the line', () => {
  const projects: TempProject[] = [];
  afterAll(async () => Promise.all(projects.map((project) => project.remove())));

  it.concurrent.each(CASES)(
    'content/$file',
    async ({ file, line, named }) => {
      const project = await createTempProject();
      projects.push(project);
      const target = path.join(project.dir, 'content', file);
      const text = await readFile(target, 'utf8');
      const match = line.exec(text);
      if (!match) throw new Error(`content/${file} has no line matching ${line}: update this test`);
      const lineNumber = text.slice(0, match.index).split('\n').length;
      await writeFile(target, `${text.slice(0, match.index)}  ${text.slice(match.index)}`);
      // A redirects file without entries has nothing to indent out of step: give it one.
      if (file === 'redirects.yaml') await writeFile(target, 'redirects:\n  - from: /a/\n   to: /b/\n');

      const { code, output } = await project.astro('sync');

      expect(code, output).not.toBe(0);
      const expectedLine = file === 'redirects.yaml' ? 3 : lineNumber;
      if (named === 'ours') {
        expect(output).toMatch(new RegExp(`content/${file}, line ${expectedLine}, column \\d+: \\w`));
      } else {
        expect(output).toContain(`content/${file}`);
        expect(output).toMatch(new RegExp(`content/${file}:${expectedLine}:\\d+`));
      }
    },
    180_000,
  );
});
