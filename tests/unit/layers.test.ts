/**
 * The layering rules in .dependency-cruiser.js catch what they are for, on a small project made for
 * the purpose (the real one must pass them, which `npm run check` checks).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { afterAll, expect, it } from 'vitest';
import config from '../../.dependency-cruiser.js';

const { forbidden } = config as { forbidden: IForbiddenRuleType[] };

const root = mkdtempSync(path.join(tmpdir(), 'layers-'));
const files: Record<string, string> = {
  // A page script that reaches Node's fs through a module that only passes it on.
  'src/scripts/page.ts': "import { read } from '../lib/reads-files';\nexport const page = read;\n",
  'src/lib/reads-files.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  // Two modules that import each other, one of them only for a type.
  'src/lib/a.ts': "import type { B } from './b';\nexport type A = B | 'a';\n",
  'src/lib/b.ts': "import type { A } from './a';\nexport type B = A | 'b';\n",
  // Site code that imports a test helper.
  'src/lib/uses-tests.ts': "import { help } from '../../tests/support/help';\nexport const x = help;\n",
  'tests/support/help.ts': 'export const help = 1;\n',
};
for (const [file, text] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('reports browser code reaching Node, a cycle of types, and the site importing tests', async () => {
  const { output } = await cruise(['src', 'tests'], {
    ruleSet: { forbidden },
    validate: true,
    baseDir: root,
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  });
  const violations = (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from}`);
  expect(violations).toEqual(
    expect.arrayContaining([
      'browser-never-reaches-node: src/scripts/page.ts',
      'no-circular: src/lib/a.ts',
      'site-never-imports-tests: src/lib/uses-tests.ts',
    ]),
  );
  // Tests may import the site, and a module only the site imports is no violation of its own.
  expect(violations.filter((violation) => violation.startsWith('site-never-imports-tests'))).toHaveLength(1);
});
