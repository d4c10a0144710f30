/**
 * Every file an npm script runs is in the repository: a script whose file is ignored by git, or was
 * never added, works on the machine that wrote it and fails on every fresh clone.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const scripts = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('npm scripts', () => {
  for (const [name, command] of Object.entries(scripts)) {
    const files = [...command.matchAll(/\btsx\s+(\S+\.ts)\b/g)].map((match) => match[1] ?? '');
    for (const file of files) {
      it(`npm run ${name}: ${file} exists`, () => {
        expect(existsSync(path.join(ROOT, file))).toBe(true);
      });
    }
  }
});
