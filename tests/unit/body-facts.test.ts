import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyFactsPlugin } from '../../src/integrations/mdast-body-facts';
import { BODY_FACTS_KEY, joinParts, readBodyFacts, type BodyFacts, type TextPart } from '../../src/lib/body-facts';

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

it('stops with the file named when the plugin left no facts', () => {
  expect(() => readBodyFacts({}, 'content/guides/x.mdx')).toThrow(
    `content/guides/x.mdx: received no ${BODY_FACTS_KEY} from the Markdown plugins`,
  );
});
