/**
 * Dark mode changes colours only: every rule under `prefers-color-scheme: dark`, in every built
 * stylesheet and inline style, sets custom properties (`--color-…`), never layout or visibility. The
 * page in dark mode is then the page in light mode with other colours, which is why the browser suite
 * runs axe's colour rules in dark mode and every rule in light mode (tests/browser/quality.spec.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths';

const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' });
const styles = [
  ...files
    .filter((file) => file.endsWith('.css'))
    .map((file) => ({ file, css: readFileSync(path.join(DIST, file), 'utf8') })),
  ...files
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) =>
      [...readFileSync(path.join(DIST, file), 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => ({
        file,
        css: match[1] ?? '',
      })),
    ),
];

/** The body of each `@media` block whose condition names prefers-color-scheme, braces balanced. */
function colourSchemeBlocks(css: string): string[] {
  const blocks: string[] = [];
  for (const match of css.matchAll(/@media[^{]*prefers-color-scheme[^{]*\{/g)) {
    let depth = 1;
    let at = (match.index ?? 0) + match[0].length;
    const start = at;
    while (depth > 0 && at < css.length) {
      if (css[at] === '{') depth += 1;
      else if (css[at] === '}') depth -= 1;
      at += 1;
    }
    blocks.push(css.slice(start, at - 1));
  }
  return blocks;
}

/** Every property set inside a block, from the declarations between its innermost braces. */
const properties = (block: string) =>
  [...block.matchAll(/\{([^{}]*)\}/g)].flatMap((rule) =>
    (rule[1] ?? '')
      .split(';')
      .map((declaration) => declaration.split(':')[0]?.trim() ?? '')
      .filter(Boolean),
  );

describe('dark mode', () => {
  const blocks = styles.flatMap(({ file, css }) => colourSchemeBlocks(css).map((block) => ({ file, block })));

  it('exists: the site has a dark colour scheme', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it('sets only custom properties (colours), never layout or visibility', () => {
    const others = blocks.flatMap(({ file, block }) =>
      properties(block)
        .filter((property) => !property.startsWith('--'))
        .map((property) => `${file}: ${property}`),
    );
    expect(others).toEqual([]);
  });
});
