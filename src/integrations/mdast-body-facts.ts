/**
 * A Sätteri mdast plugin (Astro 7's Markdown processor, also used by @astrojs/mdx) that reads each
 * guide's and handout's body once, from its syntax tree, and puts what pages need on the entry's data
 * (src/lib/body-facts.ts): the recipe Astro's docs give for reading time with remark, where pages find
 * it as `render(entry).remarkPluginFrontmatter`. It changes nothing in the tree.
 */
import type { MdastPluginDefinition } from 'satteri';
import { BODY_FACTS_KEY, bodyFacts, type BodyNode } from '../lib/body-facts';

export const bodyFactsPlugin: MdastPluginDefinition = {
  name: 'holding-space:body-facts',
  after(root, context) {
    const astro = (context.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
    if (astro?.frontmatter) astro.frontmatter[BODY_FACTS_KEY] = bodyFacts(root as BodyNode);
  },
};
