import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import {
  pageHeading,
  parseRedirects,
  readRedirects,
  redirectPage,
  redirectProblems,
  redirectRules,
  redirectsFile,
} from '../../src/integrations/shared/redirects';
import { ROOT } from '../support/paths';
import { TEST_REDIRECT_WORDS } from '../support/ui';

async function redirectsYaml(yaml: string): Promise<URL> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'redirects-')), 'redirects.yaml');
  await writeFile(file, yaml);
  return pathToFileURL(file);
}

describe('parseRedirects', () => {
  it('reads each redirect', () => {
    expect(parseRedirects({ redirects: [{ from: '/guides/old/', to: '/guides/new/' }] })).toEqual([
      { from: '/guides/old/', to: '/guides/new/' },
    ]);
    expect(parseRedirects({ redirects: [] })).toEqual([]);
  });

  it('names the entry and field of an address that is not a site address', () => {
    expect(() => parseRedirects({ redirects: [{ from: 'guides/old', to: '/guides/new/' }] })).toThrow(
      'content/redirects.yaml: redirects.0.from received "guides/old", expected an address on this site that starts and ends with /',
    );
    expect(() => parseRedirects({ redirects: [{ from: '/a/' }] })).toThrow(/redirects\.0\.to received undefined/);
  });

  it('never sends readers to another website', () => {
    for (const to of [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example/',
      '/guides/../../evil/',
      '/guides/x/?next=https://evil.example/',
      'javascript:alert(1)',
    ]) {
      expect(() => parseRedirects({ redirects: [{ from: '/guides/old/', to }] }), to).toThrow(
        /redirects\.0\.to received .*, expected an address on this site/,
      );
    }
    expect(() => parseRedirects({ redirects: [{ from: 'https://evil.example/', to: '/guides/new/' }] })).toThrow(
      /redirects\.0\.from received/,
    );
  });

  it('refuses a misspelt field, naming the field meant', () => {
    expect(() => parseRedirects({ redirects: [{ form: '/a/', to: '/b/' }] })).toThrow(
      'content/redirects.yaml: unknown field "form" in redirects.0; did you mean "from"?',
    );
  });

  it('refuses loops, repeats and chains', () => {
    expect(() => parseRedirects({ redirects: [{ from: '/a/', to: '/a/' }] })).toThrow(/sends \/a\/ to itself/);
    expect(() =>
      parseRedirects({
        redirects: [
          { from: '/a/', to: '/b/' },
          { from: '/a/', to: '/c/' },
        ],
      }),
    ).toThrow(/listed twice/);
    expect(() =>
      parseRedirects({
        redirects: [
          { from: '/a/', to: '/b/' },
          { from: '/b/', to: '/c/' },
        ],
      }),
    ).toThrow(/\/b\/ is itself redirected/);
  });

  it('refuses a file without a list', () => {
    expect(() => parseRedirects({})).toThrow(/redirects must be a list/);
  });
});

describe('readRedirects', () => {
  it('keeps the line of each entry and names it in a problem', async () => {
    const file = await redirectsYaml(
      '# Old addresses\nredirects:\n  - from: /a/\n    to: /b/\n\n  - from: /c/\n    to: https://evil.example/\n',
    );
    expect(() => readRedirects(file)).toThrow(
      /redirects\.yaml, line 7: redirects\.1\.to received "https:\/\/evil\.example\/"/,
    );
    const ok = await redirectsYaml('redirects:\n  - from: /a/\n    to: /b/\n');
    expect(readRedirects(ok)).toEqual([{ from: '/a/', to: '/b/', line: 2 }]);
  });
});

describe('redirectProblems', () => {
  const pages = new Set(['/', '/guides/', '/guides/safety/', '/plan/']);
  const isPage = (address: string) => pages.has(address);

  it('refuses an old address that is a page, naming the line', () => {
    expect(redirectProblems([{ from: '/guides/safety/', to: '/plan/', line: 14 }], isPage)).toEqual([
      'content/redirects.yaml, line 14: /guides/safety/ is a page on this site, so it cannot also send readers to /plan/; remove this redirect, or remove or rename the page first',
    ]);
    expect(redirectProblems([{ from: '/', to: '/plan/', line: 3 }], isPage)[0]).toMatch(/line 3: \/ is a page/);
  });

  it('refuses a new address that is not a page', () => {
    expect(redirectProblems([{ from: '/old/', to: '/guides/gone/', line: 5 }], isPage)).toEqual([
      'content/redirects.yaml, line 5: /guides/gone/ is not a page on this site; send /old/ to a page that exists',
    ]);
  });

  it('accepts an old address with no page that goes to a page', () => {
    expect(redirectProblems([{ from: '/guides/getting-ready/', to: '/guides/safety/' }], isPage)).toEqual([]);
  });
});

describe('redirectPage', () => {
  const html = redirectPage({
    redirect: { from: '/guides/getting-ready/', to: '/guides/session-day/' },
    siteUrl: 'https://care.example.org',
    locale: 'en-GB',
    heading: 'Your session day &amp; after',
    words: TEST_REDIRECT_WORDS,
  });

  it('is a valid page by the site’s html-validate rules', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
      html,
      path.join(ROOT, 'redirect.html'),
    );
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);
  });

  it('sends the browser on at once, and search engines to the new address', () => {
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/guides/session-day/">');
    expect(html).toContain('<link rel="canonical" href="https://care.example.org/guides/session-day/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });

  it('says in its words that the page has moved, with a link named after the new page', () => {
    expect(html).toContain('<title>Moved &lt;for good&gt;</title>');
    expect(html).toContain('<h1>Moved &lt;for good&gt;</h1>');
    expect(html).toContain(
      '<p>Now at <a href="/guides/session-day/">Your session day &amp; after</a> &amp; nowhere else</p>',
    );
  });
});

it('pageHeading gives the text of a page’s h1, as HTML text', () => {
  expect(pageHeading('<main><h1 class="x">Your <em>session</em>\n day &amp; after</h1></main>')).toBe(
    'Your session day &amp; after',
  );
  expect(pageHeading('<p>no heading</p>')).toBeUndefined();
});

describe('_redirects', () => {
  const file = redirectsFile([{ from: '/guides/getting-ready/', to: '/guides/session-day/' }]);

  it('lists each old address with and without its final slash, as a 301', () => {
    expect(file.split('\n').filter((line) => !line.startsWith('#') && line !== '')).toEqual([
      '/guides/getting-ready/ /guides/session-day/ 301',
      '/guides/getting-ready /guides/session-day/ 301',
    ]);
  });

  it('reads back as the rules a host applies', () => {
    expect(redirectRules(file)).toEqual([
      { from: '/guides/getting-ready/', to: '/guides/session-day/', status: 301 },
      { from: '/guides/getting-ready', to: '/guides/session-day/', status: 301 },
    ]);
    expect(redirectRules('/a /b\n')).toEqual([{ from: '/a', to: '/b', status: 302 }]);
  });

  it('is written even with no redirects, so the nginx recipe always has a file to read', () => {
    expect(redirectRules(redirectsFile([]))).toEqual([]);
  });
});
