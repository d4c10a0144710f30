import { describe, expect, it } from 'vitest';
import { parseListFile } from '../support/content-list';
import { parsePublishedAddresses, publishedAddressProblems } from '../support/published-addresses';

const FILE = 'content/published-addresses.yaml';
const parse = (text: string) => parsePublishedAddresses(parseListFile(text, FILE));

describe('parsePublishedAddresses', () => {
  it('reads pages and files, with the line of each', () => {
    expect(parse('# note\naddresses:\n  - /\n  - /guides/safety/\n  - /handouts/pdf/getting-help-a4.pdf\n')).toEqual([
      { address: '/', line: 3 },
      { address: '/guides/safety/', line: 4 },
      { address: '/handouts/pdf/getting-help-a4.pdf', line: 5 },
    ]);
  });

  it('names the line and the entry of an address that is not on this site', () => {
    expect(() => parse('addresses:\n  - /\n  - https://other.example/\n')).toThrow(
      'content/published-addresses.yaml, line 3: addresses.1 received "https://other.example/", expected an address on this site',
    );
    expect(() => parse('addresses:\n  - guides/safety\n')).toThrow('line 2: addresses.0 received "guides/safety"');
  });

  it('refuses an address listed twice, naming both entries', () => {
    expect(() => parse('addresses:\n  - /plan/\n  - /\n  - /plan/\n')).toThrow(
      'content/published-addresses.yaml, line 4: addresses.2: /plan/ is already listed as addresses.0',
    );
  });

  it('refuses a missing list and a misspelt field', () => {
    expect(() => parse('adresses:\n  - /\n')).toThrow('unknown field "adresses"; did you mean "addresses"?');
    expect(() => parse('addresses:\n')).toThrow('content/published-addresses.yaml: addresses must be a list');
  });
});

describe('publishedAddressProblems', () => {
  const served = (address: string) => ['/', '/guides/safety/'].includes(address);

  it('accepts an address that is served, and one redirected to a page that is', () => {
    const redirects = [{ from: '/guides/old/', to: '/guides/safety/' }];
    expect(
      publishedAddressProblems([{ address: '/' }, { address: '/guides/old/', line: 3 }], redirects, served),
    ).toEqual([]);
  });

  it('says what to do about an address that is gone', () => {
    expect(publishedAddressProblems([{ address: '/guides/gone/', line: 7 }], [], served)).toEqual([
      'content/published-addresses.yaml, line 7: /guides/gone/ was shared with readers and is gone. Add a redirect to content/redirects.yaml (from: /guides/gone/, to: its new address), or bring the page back.',
    ]);
  });

  it('names a redirect that leads nowhere', () => {
    expect(
      publishedAddressProblems([{ address: '/guides/old/' }], [{ from: '/guides/old/', to: '/guides/none/' }], served),
    ).toEqual([
      'content/published-addresses.yaml: /guides/old/ is redirected to /guides/none/, which is not a page on this site',
    ]);
  });
});
