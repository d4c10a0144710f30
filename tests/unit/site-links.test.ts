/** Links to this site's own pages in content go under the base; every other address is kept. */
import { describe, expect, it } from 'vitest';
import { siteLinks } from '../../src/integrations/mdast-site-links';

/** Runs one visitor of the plugin on a node, recording what it sets. */
function visit(base: string, url: string): string {
  const plugin = siteLinks(base);
  if (!plugin || typeof plugin.link !== 'function') throw new Error('expected a plugin with a link visitor');
  let result = url;
  const context = { setProperty: (_node: unknown, key: string, value: string) => key === 'url' && (result = value) };
  void plugin.link({ type: 'link', url, children: [] } as never, context as never);
  return result;
}

describe('siteLinks', () => {
  it('is left out for a site at the root of its host', () => {
    expect(siteLinks('/')).toBe(false);
  });

  it("puts this site's links under the base, and keeps the rest", () => {
    expect(visit('/kat/', '/guides/safety/')).toBe('/kat/guides/safety/');
    expect(visit('/kat', '/guides/safety/#after-a-session')).toBe('/kat/guides/safety/#after-a-session');
    for (const url of ['https://988lifeline.org/', 'tel:988', '#top', 'mailto:care@example.org']) {
      expect(visit('/kat/', url)).toBe(url);
    }
  });
});
