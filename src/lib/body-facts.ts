/**
 * What a page needs from a guide's body, read once from its Markdown syntax tree (mdast) while the
 * build compiles the MDX (src/integrations/mdast-body-facts.ts puts it on the entry's data, where
 * `render(entry).remarkPluginFrontmatter` finds it). Never by regular expressions over the source:
 * the tree already knows which text is words, which is a link address and where each component is.
 *
 * - `minutes`: reading time of the words a reader sees;
 * - `outline`: the h2 and h3 headings and each `<SessionWay>` (which renders its own h2), in reading
 *   order, for the table of contents (src/lib/session-ways.ts gives them their anchors, the
 *   interface words their headings);
 * - `sections`: each top-level `##` heading with the text up to the next one, for the questions
 *   page's structured data (src/lib/faq.ts); clinic settings stay names until the page fills them in.
 */
import { readingMinutes } from './reading-time';

/** The parts of an mdast node read here: the shape Sätteri and unified both give. */
export interface BodyNode {
  type: string;
  value?: string | null | undefined;
  depth?: number | undefined;
  name?: string | null | undefined;
  attributes?: readonly { type: string; name?: string | undefined; value?: unknown }[] | undefined;
  children?: readonly BodyNode[] | undefined;
}

/** A piece of text, or a clinic setting to fill in (`<ClinicSetting name="…" />` or `list="…"`). */
export type TextPart = string | { setting: string } | { list: string };

/** One place in the page's outline: a Markdown heading (its anchor comes from Astro) or a session way. */
export type OutlineItem = { depth: 2 | 3 } | { way: string };

export interface BodySection {
  /** The `##` heading's text, as the page shows it. */
  heading: string;
  /** Everything up to the next `##`, as text parts. */
  text: TextPart[];
}

export interface BodyFacts {
  minutes: number;
  outline: OutlineItem[];
  sections: BodySection[];
}

/** Where the facts sit on the entry's data (`remarkPluginFrontmatter`). */
export const BODY_FACTS_KEY = 'bodyFacts';

/** Nodes whose text starts a new line of reading, so words either side never run together. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableCell', 'blockquote', 'mdxJsxFlowElement']);

function attribute(node: BodyNode, name: string): string | undefined {
  const found = node.attributes?.find((item) => item.type === 'mdxJsxAttribute' && item.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/**
 * The text a reader sees in a node, in parts, added to `into`; other elements give only their
 * children's text. One array for the whole walk: a build reads a thousand bodies.
 */
function textParts(node: BodyNode, into: TextPart[] = []): TextPart[] {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
    into.push(node.value ?? '');
    return into;
  }
  if (node.type === 'break') {
    into.push(' ');
    return into;
  }
  const isElement = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
  if (isElement && node.name === 'ClinicSetting') {
    const name = attribute(node, 'name');
    const list = attribute(node, 'list');
    if (name !== undefined) into.push({ setting: name });
    else if (list !== undefined) into.push({ list });
    return into;
  }
  const block = BLOCKS.has(node.type);
  if (block) into.push(' ');
  for (const child of node.children ?? []) textParts(child, into);
  if (block) into.push(' ');
  return into;
}

/** Text parts as one string, each setting filled in by `fill`, with spaces tidied. */
export function joinParts(parts: readonly TextPart[], fill: (part: Exclude<TextPart, string>) => string): string {
  return parts
    .map((part) => (typeof part === 'string' ? part : fill(part)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function outline(node: BodyNode, into: OutlineItem[]): OutlineItem[] {
  if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) into.push({ depth: node.depth });
  if (node.type === 'mdxJsxFlowElement' && node.name === 'SessionWay') into.push({ way: attribute(node, 'way') ?? '' });
  for (const child of node.children ?? []) outline(child, into);
  return into;
}

/** Each top-level `##` heading with the parts up to the next one, from the root's children's parts. */
function sections(children: readonly BodyNode[], parts: readonly TextPart[][]): BodySection[] {
  const found: BodySection[] = [];
  children.forEach((child, index) => {
    const own = parts[index] ?? [];
    if (child.type === 'heading' && child.depth === 2) found.push({ heading: joinParts(own, () => ''), text: [] });
    else found.at(-1)?.text.push(...own);
  });
  return found;
}

/** Everything pages need from one document's tree; the text of each top-level block is read once. */
export function bodyFacts(root: BodyNode): BodyFacts {
  const children = root.children ?? [];
  const parts = children.map((child) => textParts(child));
  // Settings are not counted: their words depend on the clinic, and are few.
  const words = joinParts(parts.flat(), () => ' ');
  return { minutes: readingMinutes(words), outline: outline(root, []), sections: sections(children, parts) };
}

/**
 * The facts the plugin put on an entry's data. Throws, naming the file, when they are missing: the
 * plugin is not wired into astro.config.mjs, or the entry was not compiled by Astro's MDX.
 */
export function readBodyFacts(data: Record<string, unknown>, file: string): BodyFacts {
  const facts = data[BODY_FACTS_KEY] as Partial<BodyFacts> | undefined;
  if (typeof facts?.minutes !== 'number' || !Array.isArray(facts.outline) || !Array.isArray(facts.sections)) {
    throw new Error(
      `${file}: received no ${BODY_FACTS_KEY} from the Markdown plugins, expected reading time, outline and sections (is bodyFactsPlugin in astro.config.mjs?)`,
    );
  }
  return facts as BodyFacts;
}
