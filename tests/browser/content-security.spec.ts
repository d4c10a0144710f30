/**
 * The security policy allows the site's own inline code and nothing else: if a script ever reached a
 * built page (the content rules refuse it at build, see tests/content/content-rules.test.ts), the
 * page's own policy, in its <meta> and in _headers, blocks it while the page's own loader still runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { headersFor } from '../../src/integrations/shared/security-headers';
import { DIST } from '../support/paths';
import { EDITIONS, pathsOf } from '../support/editions';
import { escapeRegExp } from '../support/regexp';
import { sitePages } from '../support/site-pages';

for (const { lang } of EDITIONS) {
  for (const withHeaders of [false, true]) {
    test(`${lang}: a script that reached a guide is blocked by ${withHeaders ? 'the _headers policy' : "the page's <meta> policy"}, and the page's own script still runs`, async ({
      page,
    }) => {
      const guides = pathsOf(lang).guides;
      const guide = sitePages().find(({ address }) => new RegExp(`^${escapeRegExp(guides)}[^/]+/$`).test(address));
      if (!guide) throw new Error(`The built sitemap lists no guide under ${guides}.`);
      const built = readFileSync(path.join(DIST, guide.file), 'utf8');
      // What an attacker with edit access would add: read the client's answers and send them away.
      const tampered = built.replace(
        '</article>',
        '<script>window.stolen = JSON.stringify(localStorage); fetch("/steal?d=" + window.stolen)</script></article>',
      );
      expect(tampered).not.toBe(built);
      const headers = withHeaders ? headersFor(readFileSync(path.join(DIST, '_headers'), 'utf8'), guide.address) : {};
      const body = withHeaders ? tampered.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '') : tampered;
      await page.route(`**${guide.address}`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: body }),
      );
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text()))
          violations.push(message.text());
      });
      const stealing: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/steal')) stealing.push(request.url());
      });

      await page.goto(guide.address);

      // The page's own intent loader ran: it swaps the link to the search page for the search button.
      await expect(page.locator('[data-search-open]')).toBeVisible();
      expect(await page.evaluate(() => (window as { stolen?: unknown }).stolen)).toBeUndefined();
      expect(stealing).toEqual([]);
      await expect.poll(() => violations.length).toBeGreaterThan(0);
      expect(violations.join('\n')).toMatch(/inline script/i);
    });
  }
}
