/**
 * Addresses never change silently. Every address in tests/published-addresses.txt must still be
 * served, or be redirected (content/redirects.yaml) to an address that is; every page the build
 * makes must be on the list, so it is protected from then on.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRedirects } from '../../src/lib/redirects';
import { distText, fileFor, htmlFiles, addressOf, isRedirectPage } from '../support/dist';
import { DIST, ROOT } from '../support/paths';

const LIST = 'tests/published-addresses.txt';
const published = readFileSync(path.join(ROOT, LIST), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const redirects = readRedirects(new URL('../../content/redirects.yaml', import.meta.url));
const pdfsBuilt = existsSync(path.join(DIST, 'handouts', 'pdf'));

function served(address: string): boolean {
  return existsSync(path.join(DIST, fileFor(address)));
}

describe('published addresses', () => {
  it('the list is not empty and has no address twice', () => {
    expect(published.length).toBeGreaterThan(5);
    expect(new Set(published).size).toBe(published.length);
  });

  for (const address of published) {
    const isPdf = address.endsWith('.pdf');
    it.skipIf(isPdf && !pdfsBuilt)(`${address} is still served, or redirected to a page that is`, () => {
      const redirect = redirects.find((entry) => entry.from === address);
      if (redirect) {
        expect(served(redirect.to), `${address} redirects to ${redirect.to}, which the build does not make`).toBe(true);
        expect(isRedirectPage(fileFor(address)), `${address} has a redirect but no redirect page was built`).toBe(true);
        return;
      }
      expect(
        served(address),
        `${address} was published and is gone. Add a redirect to content/redirects.yaml (from: ${address}, to: its new address), or bring the page back.`,
      ).toBe(true);
    });
  }

  it(`every page the build makes is listed in ${LIST}`, () => {
    const pages = htmlFiles()
      .filter((file) => file !== '404.html')
      .map(addressOf);
    const missing = pages.filter((address) => !published.includes(address));
    expect(missing, `add these new addresses to ${LIST}`).toEqual([]);
  });

  it.skipIf(!pdfsBuilt)(`every handout PDF the build makes is listed in ${LIST}`, () => {
    const pdfs = [...distText('handouts/index.html').matchAll(/href="(\/handouts\/pdf\/[^"]+\.pdf)"/g)].map(
      (match) => match[1],
    );
    expect(pdfs.length).toBeGreaterThan(0);
    expect(pdfs.filter((pdf) => !published.includes(pdf ?? ''))).toEqual([]);
  });
});
