/**
 * A Sätteri mdast plugin that puts this site's own links in guides and handouts under the path the
 * site is published at (Astro's base, from siteUrl). Editors write `[safety](/guides/safety/)` and
 * `![the room](/images/room.png)` as site paths, the same wherever the site is served; the built page
 * links to `/kat/guides/safety/` when siteUrl is https://example.org/kat/. Other links are kept.
 */
import type { MdastPluginDefinition } from 'satteri';
import { normalBase, withBase } from '../lib/addresses';

type Linked = { url: string };

/** The plugin for `base`; none at all for a site at its root, where nothing changes. */
export function siteLinks(base: string): MdastPluginDefinition | false {
  const prefix = normalBase(base);
  if (prefix === '/') return false;
  const rebase = (
    node: Readonly<Linked>,
    context: { setProperty: (node: never, key: 'url', value: string) => void },
  ) => {
    const url = withBase(prefix, node.url);
    if (url !== node.url) context.setProperty(node as never, 'url', url);
  };
  return { name: 'holding-space:site-links', link: rebase, image: rebase, definition: rebase };
}
