import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyFactsPlugin } from '../../src/integrations/mdast-body-facts';
import {
  BODY_FACTS_KEY,
  BodyFactsReader,
  bodyFacts,
  joinParts,
  readBodyFacts,
  type BodyFacts,
  type BodyNode,
  type TextPart,
} from '../../src/lib/body-facts';

/** What the plugin puts on a document's data, compiled as @astrojs/mdx compiles it (smart punctuation on). */
async function factsOf(mdx: string): Promise<BodyFacts> {
  const frontmatter: Record<string, unknown> = {};
  await mdxToJs(mdx, {
    mdastPlugins: [bodyFactsPlugin],
    features: { gfm: true, smartPunctuation: true },
    data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
  });
  return readBodyFacts(frontmatter, 'test.mdx');
}

const fill = (part: Exclude<TextPart, string>) => ('setting' in part ? `[${part.setting}]` : `[list ${part.list}]`);

describe('reading time', () => {
  it('counts the words a reader sees, not link addresses, attributes or marks', async () => {
    const words = 'word '.repeat(199);
    expect((await factsOf(`${words}[last](/a/very/long/address/with/many/parts/)`)).minutes).toBe(1);
    expect((await factsOf(`<Callout type="note" title="a b c">${words}</Callout>`)).minutes).toBe(1);
    expect((await factsOf(`${words}**one** _more_`)).minutes).toBe(2);
  });

  it('keeps words in separate paragraphs and list items apart', async () => {
    const paragraphs = Array.from({ length: 201 }, () => 'word').join('\n\n');
    expect((await factsOf(paragraphs)).minutes).toBe(2);
    expect((await factsOf(Array.from({ length: 201 }, () => '- word').join('\n'))).minutes).toBe(2);
  });
});

describe('outline', () => {
  it('lists h2 and h3 headings and each <SessionWay> in reading order, and nothing deeper', async () => {
    const mdx = [
      '## First',
      '<SessionWay way="silence">',
      'text',
      '</SessionWay>',
      '## Last',
      '### Detail',
      '#### Too deep',
    ].join('\n\n');
    expect((await factsOf(mdx)).outline).toEqual([{ depth: 2 }, { way: 'silence' }, { depth: 2 }, { depth: 3 }]);
  });
});

describe('sections', () => {
  it('takes each ## heading with the text up to the next, settings kept as names until the page fills them', async () => {
    const mdx = [
      'Intro text is not a section.',
      "## Can't I stop?",
      'Yes. [Read more](/guides/your-choice/#stop)',
      '### A detail',
      'Still the same answer.',
      '## Can I eat?',
      'Stop eating <ClinicSetting name="fasting.solids" /> before. You <Term id="integration">make sense</Term> of it.',
      '<ClinicSetting list="whatToBring" />',
    ].join('\n\n');
    const { sections } = await factsOf(mdx);
    expect(sections.map((section) => section.heading)).toEqual(['Can’t I stop?', 'Can I eat?']);
    expect(sections.map((section) => joinParts(section.text, fill))).toEqual([
      'Yes. Read more A detail Still the same answer.',
      'Stop eating [fasting.solids] before. You make sense of it. [list whatToBring]',
    ]);
  });
});

describe('the two readers', () => {
  /** The facts the plugin reads from the visited nodes, and the facts of a walk over the whole tree. */
  async function bothOf(mdx: string): Promise<{ visited: BodyFacts; walked: BodyFacts }> {
    const frontmatter: Record<string, unknown> = {};
    let walked: BodyFacts | undefined;
    await mdxToJs(mdx, {
      mdastPlugins: [bodyFactsPlugin, { name: 'walk', after: (root) => void (walked = bodyFacts(root as BodyNode)) }],
      features: { gfm: true, smartPunctuation: true },
      data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    });
    return { visited: readBodyFacts(frontmatter, 'test.mdx'), walked: walked as BodyFacts };
  }

  it.each([
    [
      'headings inside quotes, lists and footnotes are not sections',
      '> ## quoted\n\n- ## listed\n- b\n\n## real\n\nx[^1]\n\n[^1]: ## noted',
    ],
    [
      'a component around a heading, inline text in a component, a setting in a heading',
      '<Callout type="note">Inline **x** y</Callout>\n\n<Callout>\n\n## Inside\n\nz\n\n</Callout>\n\n## <ClinicSetting name="a.b" /> heading\n\nafter',
    ],
    [
      'text inside a setting is the page’s to fill, headings in it still outlined',
      '## One\n\n<ClinicSetting name="q">\n\n## Hidden\n\ninner words\n\n</ClinicSetting>\n\nlast',
    ],
    [
      'tables, code, breaks and rules',
      '## T\n\n| a | b |\n| - | - |\n| `c` | d |\n\n```js\ncode here\n```\n\none  \ntwo<br />three\n\n---\n\n## U',
    ],
    ['no heading at all', 'just words'],
  ])('give the same facts: %s', async (_, mdx) => {
    const { visited, walked } = await bothOf(mdx);
    expect(visited).toEqual(walked);
  });

  it('says so for a node without its place in the source, so the plugin walks the tree instead', () => {
    expect(new BodyFactsReader().read({ type: 'text', value: 'made by a plugin' })).toBe(false);
  });
});

it('stops with the file named when the plugin left no facts', () => {
  expect(() => readBodyFacts({}, 'content/guides/x.mdx')).toThrow(
    `content/guides/x.mdx: received no ${BODY_FACTS_KEY} from the Markdown plugins`,
  );
});
