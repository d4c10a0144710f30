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
 *
 * Two readers give the same facts: `BodyFactsReader` is shown the nodes one by one as the build's
 * walk meets them (the plugin's visitors: no tree is built in JavaScript, which at a thousand guides
 * cost more than compiling them), and `bodyFacts(root)` walks a whole tree (for a node without its
 * place in the source, which only a plugin that makes nodes would give).
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
  /** Where the node is in the source; `BodyFactsReader` nests nodes by it. */
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
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

/** Nodes that give text: their value, or a space for a line break. */
const TEXTS = new Set(['text', 'inlineCode', 'code', 'break']);

/**
 * The node types `BodyFactsReader` must be shown: the ones that give text, headings, session ways
 * and settings, and every node that can hold a block (so it knows which headings are top-level).
 * Inline marks (emphasis, links …) are not needed: their text comes as their own text nodes.
 */
export const BODY_FACTS_NODE_TYPES = [
  ...TEXTS,
  ...BLOCKS,
  'list',
  'table',
  'tableRow',
  'footnoteDefinition',
  'containerDirective',
  'leafDirective',
  'descriptionList',
  'descriptionTerm',
  'descriptionDetails',
  'mdxJsxTextElement',
] as const;

/** A node still open: later nodes that start before its end are inside it. */
interface OpenNode {
  end: number;
  /** A block: a space when it ends, as when it began. */
  block: boolean;
  /** Inside a clinic setting, whose words the page fills in: nothing of it is text. */
  quiet: boolean;
  /** The section whose top-level heading this is: its text starts when the heading ends. */
  section?: { heading: TextPart[]; text: TextPart[] } | undefined;
}

/**
 * The facts of one document read from its nodes in document order (parents before children, as the
 * walk of the plugin's visitors gives them), each with its place in the source: a node that starts
 * before the open one ends is inside it. The same facts as `bodyFacts(root)`, text parts included.
 * `read` says false for a node without its offsets: the caller then walks the tree instead.
 */
export class BodyFactsReader {
  readonly #open: OpenNode[] = [];
  /** The words a reader sees, settings as spaces: read for the reading time only, so not tidied. */
  #words = '';
  readonly #outline: OutlineItem[] = [];
  readonly #sections: { heading: TextPart[]; text: TextPart[] }[] = [];
  /** Where the current top-level node's parts go besides `#all`: a section's heading or text. */
  #target: TextPart[] | undefined;

  read(node: BodyNode): boolean {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return false;
    this.#close(start);
    const quiet = this.#open.at(-1)?.quiet ?? false;
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) this.#outline.push({ depth: node.depth });
    if (node.type === 'mdxJsxFlowElement' && node.name === 'SessionWay') {
      this.#outline.push({ way: attribute(node, 'way') ?? '' });
    }
    if (TEXTS.has(node.type)) {
      if (!quiet) this.#push(node.type === 'break' ? ' ' : (node.value ?? ''));
      return true;
    }
    const isElement = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
    if (isElement && node.name === 'ClinicSetting') {
      const name = attribute(node, 'name');
      const list = attribute(node, 'list');
      if (!quiet && name !== undefined) this.#push({ setting: name });
      else if (!quiet && list !== undefined) this.#push({ list });
      this.#open.push({ end, block: false, quiet: true });
      return true;
    }
    let section: OpenNode['section'];
    if (this.#open.length === 0 && node.type === 'heading' && node.depth === 2) {
      section = { heading: [], text: [] };
      this.#sections.push(section);
      this.#target = section.heading;
    }
    const block = BLOCKS.has(node.type);
    if (block && !quiet) this.#push(' ');
    this.#open.push({ end, block, quiet, section });
    return true;
  }

  /** The facts, once every node has been read. */
  facts(): BodyFacts {
    this.#close(Infinity);
    return {
      minutes: readingMinutes(this.#words),
      outline: this.#outline,
      sections: this.#sections.map(({ heading, text }) => ({ heading: joinParts(heading, () => ''), text })),
    };
  }

  #push(part: TextPart): void {
    this.#words += typeof part === 'string' ? part : ' ';
    this.#target?.push(part);
  }

  /** Ends every open node that ends at or before `offset`, innermost first. */
  #close(offset: number): void {
    for (let top = this.#open.at(-1); top !== undefined && offset >= top.end; top = this.#open.at(-1)) {
      this.#open.pop();
      if (top.block && !top.quiet) this.#push(' ');
      if (top.section) this.#target = top.section.text;
    }
  }
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
