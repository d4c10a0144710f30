/**
 * A Sätteri mdast plugin (Astro 7's Markdown processor, also used by @astrojs/mdx) that reads each
 * guide's and handout's body once, from its syntax tree, and puts what pages need on the entry's data
 * (src/lib/body-facts.ts): the recipe Astro's docs give for reading time with remark, where pages find
 * it as `render(entry).remarkPluginFrontmatter`. It changes nothing in the tree.
 *
 * It reads the nodes its visitors are shown, in document order, rather than walking the tree from the
 * root in `after`: a walk from JavaScript makes every node an object first, which at a thousand guides
 * cost more than compiling them.
 */
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { BODY_FACTS_KEY, BODY_FACTS_NODE_TYPES, BodyFactsReader, bodyFacts, type BodyNode } from '../lib/body-facts';

/** One reader per document. */
export function bodyFactsPlugin(context: PluginFactoryContext): MdastPluginDefinition {
  const reader = new BodyFactsReader();
  // A node without its place in the source (made by a plugin) means the tree is walked instead.
  let placed = true;
  const read = (node: Readonly<BodyNode>) => {
    placed = reader.read(node) && placed;
  };
  const visitors = Object.fromEntries(BODY_FACTS_NODE_TYPES.map((type) => [type, read]));
  return {
    name: 'holding-space:body-facts',
    // The reader nests nodes by their offsets.
    options: { position: true },
    ...visitors,
    after(root) {
      const astro = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
      if (astro?.frontmatter) astro.frontmatter[BODY_FACTS_KEY] = placed ? reader.facts() : bodyFacts(root as BodyNode);
    },
  };
}
