/**
 * Every internal link and #anchor on every page resolves (linkinator, offline over dist/). External
 * links are listed, never fetched: the test machine has no network and other sites' uptime is not ours.
 */
import { check, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths';
import { sitePages } from '../support/site-pages';

describe('links', () => {
  it('every internal link and anchor on every page resolves', async () => {
    const pages = sitePages();
    expect(pages.length).toBeGreaterThan(0);
    const external = new Set<string>();
    const result = await check({
      // Paths are relative to serverRoot, which linkinator serves on a local port.
      path: pages.map((page) => page.file),
      serverRoot: DIST,
      recurse: true,
      checkFragments: true,
      concurrency: 20,
      // Only the local server linkinator starts is checked; everything else is recorded and skipped.
      linksToSkip: async (link) => {
        const local = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(link);
        if (!local) external.add(link);
        return !local;
      },
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (${link.status ?? 'no response'}) on ${link.parent ?? '?'}`);
    console.log(
      `Links: ${result.links.filter((link) => link.state === LinkState.OK).length} internal links resolve; ` +
        `${external.size} external links listed, not fetched:\n  ${[...external].sort().join('\n  ')}`,
    );
    expect(broken).toEqual([]);
  });
});
