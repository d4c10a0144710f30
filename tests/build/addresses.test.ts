/**
 * Addresses never change silently. Every address in content/published-addresses.yaml must still be
 * served, or be redirected (content/redirects.yaml) to an address that is. A page the build makes
 * needs no entry: the list is of addresses shared with readers, kept by the editor.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publishedAddressProblems, readPublishedAddresses } from '../support/published-addresses';
import { readRedirects } from '../../src/integrations/shared/redirects';
import { fileFor, isRedirectPage } from '../support/dist';
import { CONTENT, DIST } from '../support/paths';

const published = readPublishedAddresses(pathToFileURL(path.join(CONTENT, 'published-addresses.yaml')));
const redirects = readRedirects(pathToFileURL(path.join(CONTENT, 'redirects.yaml')));
const pdfsBuilt = existsSync(path.join(DIST, 'handouts', 'pdf'));
// A build without handout PDFs (no Chromium, or HANDOUT_PDFS=off) cannot serve them; the PDF build checks them.
const checked = published.filter(({ address }) => pdfsBuilt || !address.endsWith('.pdf'));

/** A page the build made at the address, not a redirect page. */
const served = (address: string) =>
  existsSync(path.join(DIST, fileFor(address))) && !isRedirectPage(fileFor(address), DIST);

describe('published addresses', () => {
  it('the list has addresses to check', () => {
    expect(checked.length).toBeGreaterThan(0);
  });

  it.each(checked)('$address is still served, or redirected to a page that is', (entry) => {
    expect(publishedAddressProblems([entry], redirects, served)).toEqual([]);
  });

  it.each(redirects.filter((redirect) => published.some(({ address }) => address === redirect.from)))(
    'the redirect from $from has its page at the old address',
    ({ from }) => {
      expect(isRedirectPage(fileFor(from), DIST), `${from} has a redirect but no redirect page was built`).toBe(true);
    },
  );
});
